import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { saveConversationWithNewPerson } from '../../../renderer/data/repositories/entries';
import { InputError } from '../../../shared/errors';
import type { Conversation } from '../../../shared/schemas';
import type { Draft } from '../../../renderer/data/records';

beforeEach(() => setDatabase(new SextantDB(`test-${crypto.randomUUID()}`)));

const CONVERSATION: Omit<Draft<Conversation>, 'personId'> = {
  kind: 'conversation',
  date: '2026-03-14',
  conversationKind: 'informational',
  notes: 'Asked about on-call.',
  takeaways: '',
  followUpDate: '2026-03-28',
  followUpDone: false,
  skills: ['communication'],
  tags: ['platform'],
};

describe('saveConversationWithNewPerson', () => {
  it('stores the person and the conversation, linked by the new person id', async () => {
    const { entry, person } = await saveConversationWithNewPerson(
      { name: 'Ines Park', role: 'Platform PM', company: 'Acme', path: 'internal' },
      CONVERSATION,
    );
    const people = await db().people.toArray();
    const entries = await db().entries.toArray();
    expect(people.map((p) => [p.id, p.name, p.path])).toEqual([[person.id, 'Ines Park', 'internal']]);
    expect(entries.map((e) => [e.id, e.kind, (e as Conversation).personId, (e as Conversation).followUpDate])).toEqual([
      [entry.id, 'conversation', person.id, '2026-03-28'],
    ]);
  });

  it('writes nothing when the person is invalid, reporting problems under person.', async () => {
    const err = await saveConversationWithNewPerson(
      { name: ' ', role: '', company: '', path: 'unknown', profileUrl: 'ftp://x' },
      CONVERSATION,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.map((p) => p.where).sort()).toEqual(['person.name', 'person.profileUrl']);
    expect(await db().people.count()).toBe(0);
    expect(await db().entries.count()).toBe(0);
  });

  it('writes nothing (not even the valid person) when the conversation is invalid', async () => {
    const err = await saveConversationWithNewPerson(
      { name: 'Ines Park', role: '', company: '', path: 'unknown' },
      { ...CONVERSATION, date: '2026-02-30' },
    ).catch((e: unknown) => e);
    expect((err as InputError).problems).toEqual([{ where: 'date', message: 'must be a date like 2026-03-14' }]);
    expect(await db().people.count()).toBe(0);
    expect(await db().entries.count()).toBe(0);
  });

  it('rolls back the person when the entry write fails inside the transaction', async () => {
    const { person } = await saveConversationWithNewPerson({ name: 'First', role: '', company: '', path: 'unknown' }, CONVERSATION);
    // Re-using the stored person's id makes people.add fail; the entry must not be left behind.
    const err = await saveConversationWithNewPerson(
      { id: person.id, name: 'Second', role: '', company: '', path: 'unknown' },
      CONVERSATION,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((await db().people.toArray()).map((p) => p.name)).toEqual(['First']);
    expect(await db().entries.count()).toBe(1);
  });
});
