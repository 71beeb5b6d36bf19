import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry, Person } from '../../../shared/schemas';
import { listEntries } from '../../data/repositories/entries';
import { listPeople } from '../../data/repositories/people';

/** Every entry (newest first) and every person, kept live: Home re-renders when either changes. */
export function useHomeData(): { entries: Entry[]; people: Map<string, Person> } | undefined {
  return useLiveQuery(async () => {
    const [entries, people] = await Promise.all([listEntries(), listPeople()]);
    return { entries, people: new Map(people.map((p) => [p.id, p])) };
  });
}
