import { useLiveQuery } from 'dexie-react-hooks';
import type { Conversation, Person } from '../../../shared/schemas';
import { listEntries } from '../../data/repositories/entries';
import { getPerson, listPeople } from '../../data/repositories/people';

/** Everyone and every conversation, kept live. */
export function usePeopleAndConversations(): { people: Person[]; conversations: Conversation[] } | undefined {
  return useLiveQuery(async () => {
    const [people, entries] = await Promise.all([listPeople(), listEntries({ kind: 'conversation' })]);
    return { people, conversations: entries.filter((e): e is Conversation => e.kind === 'conversation') };
  });
}

/** One person and their conversations (newest first), kept live; `person` is null when there is no such person. */
export function usePerson(id: string): { person: Person | null; conversations: Conversation[] } | undefined {
  return useLiveQuery(async () => {
    const [person, entries] = await Promise.all([getPerson(id), listEntries({ personId: id })]);
    return { person: person ?? null, conversations: entries.filter((e): e is Conversation => e.kind === 'conversation') };
  }, [id]);
}
