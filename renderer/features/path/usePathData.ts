import { useLiveQuery } from '../../data/live';
import { today } from '../../data/clock';
import type { Entry, PathAnswers, Person } from '../../../shared/schemas';
import { listEntries } from '../../data/repositories/entries';
import { listPathAnswers } from '../../data/repositories/path';
import { listPeople } from '../../data/repositories/people';

export interface PathData {
  /** Oldest first. */
  answers: PathAnswers[];
  entries: Entry[];
  people: Person[];
  /** Today on the person's calendar: the `now` every derivation uses. */
  today: string;
}

/** Questionnaire history, journal and people, kept live; undefined while loading. */
export function usePathData(): PathData | undefined {
  return useLiveQuery(async () => {
    const [answers, entries, people] = await Promise.all([listPathAnswers(), listEntries(), listPeople()]);
    return { answers, entries, people, today: today() };
  }, []);
}
