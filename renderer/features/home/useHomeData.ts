import { useLiveQuery } from '../../data/live';
import type { Conversation, Entry, LearningGoal, Person, Profile } from '../../../shared/schemas';
import { listEntries, openFollowUps } from '../../data/repositories/entries';
import { pageEntries } from '../../data/repositories/entryPages';
import { listPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';

/** How many recent entries Home lists. */
export const RECENT_COUNT = 5;

export interface HomeData {
  /** Conversations with a follow-up not yet done. */
  followUps: Conversation[];
  goals: LearningGoal[];
  /** The newest entries (at most RECENT_COUNT); empty only when the journal is empty. */
  recent: Entry[];
  people: Map<string, Person>;
  profile: Profile;
}

/**
 * What Home shows, kept live (Home re-renders when any of it changes). Each part is read through
 * an index, so Home stays quick with years of entries: it never loads the whole journal.
 */
export function useHomeData(): HomeData | undefined {
  return useLiveQuery(async () => {
    const [followUps, goals, page, people, profile] = await Promise.all([
      openFollowUps(),
      listEntries({ kind: 'goal' }),
      pageEntries({}, null, RECENT_COUNT),
      listPeople(),
      getProfile(),
    ]);
    return {
      followUps,
      goals: goals.filter((e): e is LearningGoal => e.kind === 'goal'),
      recent: page.entries.slice(0, RECENT_COUNT),
      people: new Map(people.map((p) => [p.id, p])),
      profile,
    };
  });
}
