import { localDate } from '../../shared/dates';

let clock = (): string => new Date().toISOString();

/** The one clock of the app: the current instant as an ISO timestamp (stored createdAt/updatedAt). */
export function nowIso(): string {
  return clock();
}

/** Today's date on the person's own calendar (local time) as YYYY-MM-DD, on the same clock. */
export function today(): string {
  return localDate(new Date(clock()));
}

/** Test hook: pin the clock (timestamps and today's date). */
export function setClock(fn: () => string): void {
  clock = fn;
}
