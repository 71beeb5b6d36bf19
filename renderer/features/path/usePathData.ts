import { useLiveQueryFromStart } from '../../app/startReads';
import { today } from '../../data/clock';
import type { PathAnswers, Person } from '../../../shared/schemas';
import type { PathEntry } from '../../../shared/path';
import { listPathJournal } from '../../data/repositories/pathJournal';
import { listPathAnswers } from '../../data/repositories/path';
import { listPeople } from '../../data/repositories/people';

export interface PathData {
  /** Oldest first. */
  answers: PathAnswers[];
  /** The journal as the path reads it: the facts of every reflection and conversation (kept at write time) and the learning goals. */
  entries: PathEntry[];
  people: Person[];
  /** Today on the person's calendar: the `now` every derivation uses. */
  today: string;
}

/** The key of the path's data read at start (app/startReads.ts). */
export const PATH_DATA = 'path-data';

/** Questionnaire history, journal facts and people, read once. */
export async function readPathData(): Promise<PathData> {
  const [answers, entries, people] = await Promise.all([listPathAnswers(), listPathJournal(), listPeople()]);
  return { answers, entries, people, today: today() };
}

/** Questionnaire history, journal facts and people, kept live (read at start when the app opens on the path); undefined while loading. */
export function usePathData(): PathData | undefined {
  return useLiveQueryFromStart(PATH_DATA, readPathData, []);
}
