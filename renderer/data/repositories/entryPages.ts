import { Entry } from '../../../shared/schemas';
import { db } from '../db';
import { readValid } from '../records';
import { listEntries, type EntryFilter } from './entries';

/** Where the next page starts: just after this entry in newest-first order. */
export interface EntryCursor {
  date: string;
  id: string;
}

export interface EntryPage {
  entries: Entry[];
  /** The cursor for the next page; null when this was the last one. */
  next: EntryCursor | null;
}

/** Newest-first order of the paged timeline: by date, then by id (the order of the date index). */
export function byDateThenIdDesc(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** True when a row comes after the cursor in newest-first order. */
function after(cursor: EntryCursor | null) {
  return (row: { date: string; id: string }) => !cursor || row.date < cursor.date || (row.date === cursor.date && row.id < cursor.id);
}

/**
 * One page of entries, newest first, read through an index so the timeline never loads the
 * whole journal: the `date` index without filters (or with only a date range), the `[kind+date]`
 * index for a kind. Filters on skill, tag or person are narrow enough to read whole and sort.
 * Within a day, entries come in id order (how the date index orders equal dates).
 */
export async function pageEntries(filter: EntryFilter, cursor: EntryCursor | null, limit: number): Promise<EntryPage> {
  const table = db().entries;
  let rows: { date: string; id: string }[];
  if (filter.skill || filter.tag || filter.personId) {
    const all = (await listEntries(filter)).sort(byDateThenIdDesc);
    rows = all.filter(after(cursor)).slice(0, limit + 1);
  } else {
    const upper = cursor?.date ?? filter.to ?? '\uffff';
    const lower = filter.from ?? '';
    const range = filter.kind
      ? table.where('[kind+date]').between([filter.kind, lower], [filter.kind, upper], true, true)
      : table.where('date').between(lower, upper, true, true);
    // The rows of the cursor's own day that were already shown are skipped one by one; every
    // other row is read straight from the index in order.
    const collection = range.reverse();
    rows = await (cursor ? collection.filter(after(cursor)) : collection).limit(limit + 1).toArray();
  }
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    entries: readValid(Entry, pageRows, 'entries'),
    next: more && last ? { date: last.date, id: last.id } : null,
  };
}

/** How many entries match the filter, counted on the index where one fits. */
export async function countEntries(filter: EntryFilter = {}): Promise<number> {
  const table = db().entries;
  if (filter.skill || filter.tag || filter.personId) return (await listEntries(filter)).length;
  if (filter.kind) return table.where('[kind+date]').between([filter.kind, filter.from ?? ''], [filter.kind, filter.to ?? '\uffff'], true, true).count();
  if (filter.from || filter.to) return table.where('date').between(filter.from ?? '', filter.to ?? '\uffff', true, true).count();
  return table.count();
}

