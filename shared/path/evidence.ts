/**
 * The journal evidence about the two paths: which side each contact is on, and the entries that
 * say something about it. Shared by `pathFit` and `stepProgress` so both read the journal alike.
 */
import { compareDates } from '../dates';
import type { PathId } from '../domain/framework';
import type { Conversation, LearningGoal, Person, Reflection } from '../schemas';

/** The parts of a reflection the path functions read (a stored Reflection fits). */
export type ReflectionLike = Pick<Reflection, 'id' | 'kind' | 'date' | 'title' | 'lean'>;
/** The parts of a conversation the path functions read (a stored Conversation fits). */
export type ConversationLike = Pick<
  Conversation,
  'id' | 'kind' | 'date' | 'personId' | 'conversationKind' | 'energy' | 'followUpDate' | 'followUpDone'
>;
/** A journal entry as the path functions read it: any Entry fits, and so do the facts kept at write time. */
export type PathEntry = ReflectionLike | ConversationLike | LearningGoal;

/** The parts of a person these functions read. */
export type PersonLike = Pick<Person, 'id' | 'name' | 'path'>;

/** A conversation with the side of the person it was with (null: not an internal or external PM, or unknown). */
export interface SidedConversation {
  entry: ConversationLike;
  side: PathId | null;
  personName: string | null;
}

/** The entries on or before `asOf` (a journal entry dated later has not happened yet at that date). */
export function entriesUpTo<E extends Pick<PathEntry, 'date'>>(entries: readonly E[], asOf: string): E[] {
  return entries.filter((e) => e.date <= asOf); // ISO dates compare as strings.
}

/** The side a person is on, for the path comparison: only internal and external PMs count. */
export function sideOf(person: PersonLike | undefined): PathId | null {
  return person?.path === 'internal' || person?.path === 'external' ? person.path : null;
}

/** Every conversation, with the side and name of the person it was with. */
export function sidedConversations(entries: readonly PathEntry[], people: readonly PersonLike[]): SidedConversation[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return entries
    .filter((e): e is ConversationLike => e.kind === 'conversation')
    .map((entry) => {
      const person = byId.get(entry.personId);
      return { entry, side: sideOf(person), personName: person?.name ?? null };
    });
}

/** Every reflection. */
export function reflections(entries: readonly PathEntry[]): ReflectionLike[] {
  return entries.filter((e): e is ReflectionLike => e.kind === 'reflection');
}

/** The newest date in a list (YYYY-MM-DD), or null when empty. */
export function latestDate(dates: readonly string[]): string | null {
  let out: string | null = null;
  for (const d of dates) if (out === null || compareDates(d, out) > 0) out = d;
  return out;
}
