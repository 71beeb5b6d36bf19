import { useLiveQuery } from 'dexie-react-hooks';
import { listPeople } from '../../data/repositories/people';

const EMPTY = new Map<string, string>();

/** Every person's name by id, kept up to date (conversation titles need them). */
export function usePeopleNames(): ReadonlyMap<string, string> {
  return useLiveQuery(async () => new Map((await listPeople()).map((p) => [p.id, p.name])), []) ?? EMPTY;
}
