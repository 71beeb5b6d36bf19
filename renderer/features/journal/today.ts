import { localDate } from '../../../shared/dates';

/** Today's date on the person's own calendar (local time), as YYYY-MM-DD. */
export function today(): string {
  return localDate(new Date());
}
