import { useLiveQuery } from '../../data/live';
import type { Conversation, Person } from '../../../shared/schemas';
import type { PersonSummaryRow } from '../../../shared/aggregates';
import { listPersonSummaries } from '../../data/aggregates';
import { listEntries } from '../../data/repositories/entries';
import { getPerson, listPeople } from '../../data/repositories/people';

/** Everyone, by name, kept live. */
export function usePeople(): Person[] | undefined {
  return useLiveQuery(listPeople);
}

/**
 * Each person's conversations and open follow-ups per day (kept at write time: one small row per
 * person, not every conversation), by person id, kept live.
 */
export function usePersonSummaries(): Map<string, PersonSummaryRow> | undefined {
  return useLiveQuery(listPersonSummaries);
}

/** One person and their conversations (newest first), kept live; `person` is null when there is no such person. */
export function usePerson(id: string): { person: Person | null; conversations: Conversation[] } | undefined {
  return useLiveQuery(async () => {
    const [person, entries] = await Promise.all([getPerson(id), listEntries({ personId: id })]);
    return { person: person ?? null, conversations: entries.filter((e): e is Conversation => e.kind === 'conversation') };
  }, [id]);
}
