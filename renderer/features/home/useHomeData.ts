import { useLiveQuery } from '../../data/live';
import type { PathFact } from '../../../shared/aggregates';
import { activeGoals, openFollowUpFacts, type OpenFollowUpFact } from '../../../shared/domain/home';
import type { Conversation, Entry, LearningGoal, Person, Profile } from '../../../shared/schemas';
import { getOpenFollowUps, hasEntries, listEntries } from '../../data/repositories/entries';
import { FOLLOW_UPS_SHOWN } from './FollowUps';
import { recentEntries } from '../../data/repositories/entryPages';
import { getPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';

/** How many recent entries Home lists. */
export const RECENT_COUNT = 5;

/**
 * Home reads each card's data in its own live query (so a quick card never waits for a slow one,
 * and a change re-reads only the cards it concerns); every read goes through an index, a few
 * rows kept at write time or the records it names, never the whole journal.
 */

/** The people these conversations are with, by id (people no longer in People are left out). */
async function peopleOf(conversations: readonly Entry[]): Promise<Map<string, Person>> {
  const ids = new Set<string>();
  for (const e of conversations) if (e.kind === 'conversation') ids.add(e.personId);
  const people = ids.size ? await getPeople([...ids]) : [];
  return new Map(people.map((p) => [p.id, p]));
}

export interface HomeFrame {
  /** False when the journal is empty (Home then welcomes instead). */
  hasEntries: boolean;
  profile: Profile;
}

/** What Home's frame needs: whether the journal has entries, and the profile for the headline. */
export function useHomeFrame(): HomeFrame | undefined {
  return useLiveQuery(async () => {
    const [any, profile] = await Promise.all([hasEntries(), getProfile()]);
    return { hasEntries: any, profile };
  }, []);
}

export interface RecentData {
  /** The newest entries (at most RECENT_COUNT). */
  recent: Entry[];
  /** The people of the recent conversations. */
  people: Map<string, Person>;
}

/** The newest entries and who their conversations were with (read once `start` says so). */
export function useRecentEntries(start: boolean): RecentData | undefined {
  return useLiveQuery(async () => {
    if (!start) return undefined;
    const recent = await recentEntries(RECENT_COUNT);
    return { recent, people: await peopleOf(recent) };
  }, [start]);
}

export interface FollowUpsData {
  /** Every open follow-up as its path fact says, in the order of urgency (counted and ordered without reading a conversation). */
  open: OpenFollowUpFact[];
  /** The conversations of the follow-ups on screen, read in full: the first FOLLOW_UPS_SHOWN, or every one when `all`. */
  conversations: Map<string, Conversation>;
  /** The people they are with. */
  people: Map<string, Person>;
}

/**
 * The open follow-ups, picked from the path facts the lean card read, and the conversations of
 * those on screen with who they are with (read once the facts are given; a change to a follow-up
 * changes the facts, so this reads again).
 */
export function useFollowUpsData(facts: readonly PathFact[] | undefined, all: boolean): FollowUpsData | undefined {
  return useLiveQuery(async () => {
    if (!facts) return undefined;
    const open = openFollowUpFacts(facts);
    const read = await getOpenFollowUps((all ? open : open.slice(0, FOLLOW_UPS_SHOWN)).map((f) => f.id));
    return { open, conversations: new Map(read.map((c) => [c.id, c])), people: await peopleOf(read) };
  }, [facts, all]);
}

/** The active learning goals, the nearest target date first (read once `start` says so). */
export function useActiveGoals(start: boolean): LearningGoal[] | undefined {
  return useLiveQuery(async () => (start ? activeGoals(await listEntries({ kind: 'goal' })) : undefined), [start]);
}
