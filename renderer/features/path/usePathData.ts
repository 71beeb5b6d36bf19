import { useLiveQuery } from '../../data/live';
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

/** Questionnaire history, journal facts and people, kept live; undefined while loading. */
export function usePathData(): PathData | undefined {
  return useLiveQuery(async () => {
    const [answers, entries, people] = await Promise.all([listPathAnswers(), listPathJournal(), listPeople()]);
    return { answers, entries, people, today: today() };
  }, []);
}
