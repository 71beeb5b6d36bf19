/** What the newest-first order reads of a record: any entry fits, and so do the facts and search documents kept apart from it. */
export interface NewestFirstKey {
  id: string;
  /** YYYY-MM-DD; a record without one (a person found by search) comes after every dated one. */
  date?: string;
  /** The last edit (ISO instant); a record kept without it counts as edited before any that has one. */
  updatedAt?: string;
}

/**
 * The one newest-first order of the journal (Home's recent list, every Journal page, search and
 * palette results of equal relevance, the plan): the later date first, then the later edit, then
 * the id in ascending order, so two entries dated and edited alike never swap places between
 * lists or reads. A total order: sorting the same entries from any starting order gives one list.
 */
export function newestFirst(a: NewestFirstKey, b: NewestFirstKey): number {
  return descending(a.date ?? '', b.date ?? '') || descending(a.updatedAt ?? '', b.updatedAt ?? '') || descending(b.id, a.id);
}

function descending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
