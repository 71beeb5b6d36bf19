import { hasEntries } from '../../data/repositories/entries';
import { hasPeople } from '../../data/repositories/people';

/** The key of the Search screen's "is the journal empty" read at start (app/startReads.ts). */
export const SEARCH_JOURNAL_EMPTY = 'search-journal-empty';

/**
 * Whether the journal holds nothing search could find: no entry (milestones are part of their
 * goal) and no person. Two keys looked at at most, no record read: the Search screen answers an
 * empty journal from this, without waiting for its index's worker to start and say so.
 */
export async function journalIsEmpty(): Promise<boolean> {
  const [entries, people] = await Promise.all([hasEntries(), hasPeople()]);
  return !entries && !people;
}
