import type { DayCounts } from './index';

/** The newest whole days that hold a page of counted items (see newestDays). */
export interface DayWindow {
  /** The oldest and newest day of the window (YYYY-MM-DD, both included). */
  from: string;
  to: string;
  /** How many items its days hold (at least the limit asked for, unless no older day is left). */
  count: number;
  /** Whether days older than `from` hold items. */
  more: boolean;
}

/**
 * The newest days before `before` (every day when null) that together hold at least `limit` of
 * the items counted per day, each day whole: a page of a list kept in date order can then be read
 * by date range alone (e.g. a skill's entries, counted per day at write time, read through the
 * date index). Null when no day before `before` holds an item.
 */
export function newestDays(days: DayCounts, before: string | null, limit: number): DayWindow | null {
  const newestFirst = Object.keys(days)
    .filter((day) => (before === null || day < before) && days[day]! > 0)
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  if (newestFirst.length === 0) return null;
  let count = 0;
  let taken = 0;
  while (taken < newestFirst.length && (count < limit || taken === 0)) count += days[newestFirst[taken++]!]!;
  return { from: newestFirst[taken - 1]!, to: newestFirst[0]!, count, more: taken < newestFirst.length };
}
