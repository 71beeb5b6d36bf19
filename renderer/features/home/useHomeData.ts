import { useLiveQueryFromStart } from '../../app/startReads';
import type { PathFact } from '../../../shared/aggregates';
import { activeGoals, openFollowUpFacts, type OpenFollowUpFact } from '../../../shared/domain/home';
import type { Conversation, Entry, LearningGoal, Person, Profile } from '../../../shared/schemas';
import { getOpenFollowUps, hasEntries, listEntries } from '../../data/repositories/entries';
import { FOLLOW_UPS_SHOWN } from './FollowUps';
import { recentEntries } from '../../data/repositories/entryPages';
import { getPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';

/** Home's reads as the app opens on it (homeStart.ts), each taken over by its card's hook. */
export const HOME_FRAME = 'home:frame';
export const HOME_ONBOARDING = 'home:onboarding';
export const HOME_LEAN = 'home:lean';
export const HOME_FOLLOW_UPS = 'home:follow-ups';
export const HOME_STAY_IN_TOUCH = 'home:stay-in-touch';
export const HOME_GOALS = 'home:goals';
export const HOME_RECENT = 'home:recent';

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
export async function readHomeFrame(): Promise<HomeFrame> {
  const [any, profile] = await Promise.all([hasEntries(), getProfile()]);
  return { hasEntries: any, profile };
}

export function useHomeFrame(): HomeFrame | undefined {
  return useLiveQueryFromStart(HOME_FRAME, readHomeFrame, []);
}

export interface RecentData {
  /** The newest entries (at most RECENT_COUNT). */
  recent: Entry[];
  /** The people of the recent conversations. */
  people: Map<string, Person>;
}

/** The newest entries and who their conversations were with. */
export async function readRecentEntries(): Promise<RecentData> {
  const recent = await recentEntries(RECENT_COUNT);
  return { recent, people: await peopleOf(recent) };
}

/** The newest entries and who their conversations were with (read once `start` says so). */
export function useRecentEntries(start: boolean): RecentData | undefined {
  return useLiveQueryFromStart(HOME_RECENT, async () => (start ? readRecentEntries() : undefined), [start]);
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
  return useLiveQueryFromStart(HOME_FOLLOW_UPS, async () => (facts ? readFollowUps(facts, all) : undefined), [facts, all]);
}

/** The open follow-ups among `facts`, and the conversations (the first FOLLOW_UPS_SHOWN, or every one when `all`) with their people. */
export async function readFollowUps(facts: readonly PathFact[], all: boolean): Promise<FollowUpsData> {
  const open = openFollowUpFacts(facts);
  const read = await getOpenFollowUps((all ? open : open.slice(0, FOLLOW_UPS_SHOWN)).map((f) => f.id));
  return { open, conversations: new Map(read.map((c) => [c.id, c])), people: await peopleOf(read) };
}

/** The active learning goals, the nearest target date first. */
export async function readActiveGoals(): Promise<LearningGoal[]> {
  return activeGoals(await listEntries({ kind: 'goal' }));
}

/** The active learning goals (read once `start` says so). */
export function useActiveGoals(start: boolean): LearningGoal[] | undefined {
  return useLiveQueryFromStart(HOME_GOALS, async () => (start ? readActiveGoals() : undefined), [start]);
}
