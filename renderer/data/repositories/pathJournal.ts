import type { PathEntry } from '../../../shared/path';
import { newestFirst } from '../../../shared/domain/entryOrder';
import { listPathFacts } from '../aggregates';
import { listEntries } from './entries';

/**
 * The journal as the path fit, its history and the step tracker read it: the facts of every
 * reflection and conversation (kept at write time: no text but a reflection's title) and the
 * learning goals (few, read whole through the kind index), newest first (`newestFirst`: the facts
 * keep no edit time, so a day's reflections and conversations follow its goals, by id).
 */
export async function listPathJournal(): Promise<PathEntry[]> {
  const [facts, goals] = await Promise.all([listPathFacts(), listEntries({ kind: 'goal' })]);
  return [...facts, ...goals].sort(newestFirst);
}
