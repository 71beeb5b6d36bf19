import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, useDatabase } from '../../../renderer/data/db';
import { contactFacts } from '../../../renderer/data/repositories/contacts';
import { peopleRows } from '../../../shared/domain/people';
import { conversation, goal, person, reflection, uuid } from '../../shared/builders';

beforeEach(() => { useDatabase(new SextantDB('t-' + crypto.randomUUID())); });

const ADA = uuid(900);
const BO = uuid(901);

describe('contactFacts (read from indexes)', () => {
  it('gives each conversation its person and date, and its follow-up only while open', async () => {
    await db().entries.bulkPut([
      conversation({ id: uuid(1), personId: ADA, date: '2026-03-01', followUpDate: '2026-03-12', followUpDone: false, notes: 'long notes…' }),
      conversation({ id: uuid(2), personId: ADA, date: '2026-03-05', followUpDate: '2026-03-08', followUpDone: true }),
      conversation({ id: uuid(3), personId: BO, date: '2026-02-10' }),
      reflection({ id: uuid(4), date: '2026-03-02' }),
      goal({ id: uuid(5), date: '2026-03-03' }),
    ]);
    const facts = await contactFacts();
    const byDate = facts.slice().sort((a, b) => a.date.localeCompare(b.date));
    expect(byDate).toEqual([
      { personId: BO, date: '2026-02-10' },
      { personId: ADA, date: '2026-03-01', followUpDate: '2026-03-12', followUpDone: false },
      { personId: ADA, date: '2026-03-05' },
    ]);
  });

  it('summarises people the same way as from the full conversations', async () => {
    await db().entries.bulkPut([
      conversation({ id: uuid(1), personId: ADA, date: '2026-03-01', followUpDate: '2026-03-12', followUpDone: false }),
      conversation({ id: uuid(2), personId: ADA, date: '2026-03-20' }), // after "today": not a contact yet
      conversation({ id: uuid(3), personId: BO, date: '2026-02-10', followUpDate: '2026-02-20', followUpDone: true }),
    ]);
    const people = [person({ id: ADA, name: 'Ada' }), person({ id: BO, name: 'Bo' }), person({ id: uuid(902), name: 'Cy' })];
    expect(peopleRows(people, await contactFacts(), '2026-03-10').map(({ person: p, ...s }) => [p.name, s])).toEqual([
      ['Ada', { conversationCount: 2, lastContact: '2026-03-01', nextFollowUp: '2026-03-12' }],
      ['Bo', { conversationCount: 1, lastContact: '2026-02-10', nextFollowUp: undefined }],
      ['Cy', { conversationCount: 0, lastContact: undefined, nextFollowUp: undefined }],
    ]);
  });

  it('is empty for a journal without conversations', async () => {
    await db().entries.put(reflection());
    expect(await contactFacts()).toEqual([]);
  });
});
