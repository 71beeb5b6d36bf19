import { useLiveQuery } from 'dexie-react-hooks';
import type { ContactFact } from '../../../shared/domain/people';
import type { Conversation, Person } from '../../../shared/schemas';
import { contactFacts } from '../../data/repositories/contacts';
import { listEntries } from '../../data/repositories/entries';
import { getPerson, listPeople } from '../../data/repositories/people';

/** Everyone, and who was talked to when (read from indexes, not from the notes), kept live. */
export function usePeopleAndContacts(): { people: Person[]; contacts: ContactFact[] } | undefined {
  return useLiveQuery(async () => {
    const [people, contacts] = await Promise.all([listPeople(), contactFacts()]);
    return { people, contacts };
  });
}

/** One person and their conversations (newest first), kept live; `person` is null when there is no such person. */
export function usePerson(id: string): { person: Person | null; conversations: Conversation[] } | undefined {
  return useLiveQuery(async () => {
    const [person, entries] = await Promise.all([getPerson(id), listEntries({ personId: id })]);
    return { person: person ?? null, conversations: entries.filter((e): e is Conversation => e.kind === 'conversation') };
  }, [id]);
}
