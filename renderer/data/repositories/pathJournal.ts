import type { PathEntry } from '../../../shared/path';
import { listPathFacts } from '../aggregates';
import { listEntries } from './entries';

/** Newest first by date (ties by id, so the order is stable), as the journal lists entries. */
function newestFirst(a: PathEntry, b: PathEntry): number {
  return a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? 1 : -1;
}

/**
 * The journal as the path fit, its history and the step tracker read it: the facts of every
 * reflection and conversation (kept at write time: no text but a reflection's title) and the
 * learning goals (few, read whole through the kind index), newest first.
 */
export async function listPathJournal(): Promise<PathEntry[]> {
  const [facts, goals] = await Promise.all([listPathFacts(), listEntries({ kind: 'goal' })]);
  return [...facts, ...goals].sort(newestFirst);
}
