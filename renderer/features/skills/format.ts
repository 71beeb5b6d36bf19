import { formatDate } from '../../../shared/dates';

/** "Check-in of 3 Mar 2026": how a check-in is named in lists, selects and legends. */
export function checkInLabel(date: string): string {
  return `Check-in of ${formatDate(date)}`;
}

/** A signed change for a table cell: "+1", "0", "−2", or "—" when unknown. */
export function signed(n: number | null): string {
  if (n === null) return '—';
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return '0';
}

/** The gap to target in words: "2 below", "on target", "1 above", or "—". */
export function gapText(gap: number | null): string {
  if (gap === null) return '—';
  if (gap > 0) return `${gap} below`;
  if (gap < 0) return `${-gap} above`;
  return 'on target';
}

/** " (first of the day)", " (second of the day)" for check-ins that share a date with another; "" otherwise. */
export function sameDaySuffix(checkIns: readonly { id: string; date: string }[], c: { id: string; date: string }): string {
  const sameDay = checkIns.filter((o) => o.date === c.date);
  if (sameDay.length < 2) return '';
  const i = sameDay.findIndex((o) => o.id === c.id);
  return ` (${['first', 'second', 'third'][i] ?? `number ${i + 1}`} of the day)`;
}
