import { Entry } from '../../../shared/schemas';
import { db } from '../db';
import { readValid } from '../records';
import { byNewest, listEntries, type EntryFilter } from './entries';

/** Where the next page starts: the entries dated strictly before `before`. */
export interface EntryCursor {
  before: string;
}

export interface EntryPage {
  /** Newest first (by date, then by last edit, as everywhere in the journal). */
  entries: Entry[];
  /** The cursor for the next page; null when this was the last one. */
  next: EntryCursor | null;
}

// '\uffff' sorts after every YYYY-MM-DD string: an open upper bound.
const OPEN = '\uffff';

/**
 * One page of entries, newest first, read through an index so the timeline never loads the whole
 * journal: the `date` index without filters (or with only a date range), `[kind+date]` for a kind.
 * Filters on skill, tag or person are narrow enough to read whole. A page holds at least `limit`
 * entries (fewer on the last page) and always whole days, so the order within a day (last edited
 * first) is the same as on a single list, and the next page starts at an earlier day.
 */
export async function pageEntries(filter: EntryFilter, cursor: EntryCursor | null, limit: number): Promise<EntryPage> {
  const upper = cursor?.before ?? OPEN;
  if (filter.skill || filter.tag || filter.personId) {
    const older = (await listEntries(filter)).filter((e) => e.date < upper);
    return wholeDays(older, limit);
  }
  const table = db().entries;
  const lower = filter.from ?? '';
  const top = filter.to && filter.to < upper ? filter.to : upper;
  const inclusiveTop = top !== upper; // `to` is inclusive, a cursor is exclusive
  const between = (from: string, to: string, includeTo: boolean) =>
    filter.kind
      ? table.where('[kind+date]').between([filter.kind, from], [filter.kind, to], true, includeTo)
      : table.where('date').between(from, to, true, includeTo);
  const rows = await between(lower, top, inclusiveTop)
    .reverse()
    .limit(limit + 1)
    .toArray();
  if (rows.length <= limit) return { entries: readValid(Entry, rows, 'entries').sort(byNewest), next: null };
  // Complete the last day of the page, which the limit may have cut.
  const lastDay = rows[limit - 1]!.date;
  const day = await between(lastDay, lastDay, true).toArray();
  const page = [...rows.filter((r) => r.date > lastDay), ...day];
  const more = (await between(lower, lastDay, false).reverse().limit(1).count()) > 0;
  return { entries: readValid(Entry, page, 'entries').sort(byNewest), next: more ? { before: lastDay } : null };
}

/** The first `limit` entries of a newest-first list, extended to the end of the last day. */
function wholeDays(sorted: Entry[], limit: number): EntryPage {
  if (sorted.length <= limit) return { entries: sorted, next: null };
  const lastDay = sorted[limit - 1]!.date;
  const page = sorted.filter((e) => e.date >= lastDay);
  return { entries: page, next: page.length < sorted.length ? { before: lastDay } : null };
}

/** How many entries match the filter, counted on the index where one fits. */
export async function countEntries(filter: EntryFilter = {}): Promise<number> {
  const table = db().entries;
  if (filter.skill || filter.tag || filter.personId) return (await listEntries(filter)).length;
  if (filter.kind)
    return table
      .where('[kind+date]')
      .between([filter.kind, filter.from ?? ''], [filter.kind, filter.to ?? OPEN], true, true)
      .count();
  if (filter.from || filter.to)
    return table
      .where('date')
      .between(filter.from ?? '', filter.to ?? OPEN, true, true)
      .count();
  return table.count();
}
