import { useLiveQuery } from '../../data/live';
import type { Conversation, Person } from '../../../shared/schemas';
import { listEntries } from '../../data/repositories/entries';
import { getPerson, listPeople } from '../../data/repositories/people';

/** Everyone, by name, kept live. */
export function usePeople(): Person[] | undefined {
  return useLiveQuery(listPeople);
}

/**
 * Every conversation, kept live. Read apart from the people: at thousands of conversations (with
 * their notes) this read takes most of a second, and the list of people need not wait for it.
 */
export function useConversations(): Conversation[] | undefined {
  return useLiveQuery(async () =>
    (await listEntries({ kind: 'conversation' })).filter((e): e is Conversation => e.kind === 'conversation'),
  );
}

/** One person and their conversations (newest first), kept live; `person` is null when there is no such person. */
export function usePerson(id: string): { person: Person | null; conversations: Conversation[] } | undefined {
  return useLiveQuery(async () => {
    const [person, entries] = await Promise.all([getPerson(id), listEntries({ personId: id })]);
    return { person: person ?? null, conversations: entries.filter((e): e is Conversation => e.kind === 'conversation') };
  }, [id]);
}
