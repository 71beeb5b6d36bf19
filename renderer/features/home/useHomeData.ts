import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry, Person, Profile } from '../../../shared/schemas';
import { listEntries } from '../../data/repositories/entries';
import { listPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';

/** Every entry (newest first), every person and the profile, kept live: Home re-renders when any changes. */
export function useHomeData(): { entries: Entry[]; people: Map<string, Person>; profile: Profile } | undefined {
  return useLiveQuery(async () => {
    const [entries, people, profile] = await Promise.all([listEntries(), listPeople(), getProfile()]);
    return { entries, people: new Map(people.map((p) => [p.id, p])), profile };
  });
}
