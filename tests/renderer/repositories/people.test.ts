import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { readProblems } from '../../../renderer/data/records';
import { deletePerson, getPeople, getPerson, listPeople, savePerson } from '../../../renderer/data/repositories/people';
import { saveEntry, deleteEntry } from '../../../renderer/data/repositories/entries';
import { InputError } from '../../../shared/errors';
import { conversation, person, uuid } from '../../shared/builders';

const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T11:30:00.000Z';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  setClock(() => T1);
});

/** A person as the form hands it over (no stored timestamps). */
function personDraft(over: Parameters<typeof person>[0] = {}) {
  const { createdAt: _c, updatedAt: _u, ...draft } = person(over);
  return draft;
}

describe('people', () => {
  it('creates, reads and lists people by name', async () => {
    await savePerson(personDraft({ id: uuid(2), name: 'Zoe' }));
    const ada = await savePerson(personDraft({ id: uuid(1), name: 'Ada', profileUrl: 'https://example.com/ada' }));
    expect(ada).toMatchObject({ id: uuid(1), createdAt: T1, updatedAt: T1, profileUrl: 'https://example.com/ada' });
    expect(await getPerson(uuid(1))).toEqual(ada);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ada', 'Zoe']);
  });

  it('lists stored people as the schema gives them: a name with spaces trimmed, a damaged person left out and reported', async () => {
    await savePerson(personDraft({ id: uuid(1), name: 'Zoe', email: 'zoe@example.com', stayInTouchWeeks: 4 }));
    // Written past the app: the quick check sends these to the schema.
    await db().people.put({ ...person({ id: uuid(2), name: '  Ada ' }) });
    await db().people.put({ ...person({ id: uuid(3), name: 'Max' }), connectedOn: '2026-02-30' });
    const listed = await listPeople();
    expect(listed.map((p) => p.name)).toEqual(['Ada', 'Zoe']);
    expect(listed[1]).toMatchObject({ email: 'zoe@example.com', stayInTouchWeeks: 4 });
    expect(readProblems.find((p) => p.id === uuid(3))?.problems).toEqual([
      { where: 'connectedOn', message: 'must be a date like 2026-03-14' },
    ]);
  });

  it('reads just the people asked for by id, leaving out ids nobody has', async () => {
    for (const [n, name] of [
      [1, 'Ada'],
      [2, 'Zoe'],
      [3, 'Max'],
    ] as const)
      await savePerson(personDraft({ id: uuid(n), name }));
    const found = await getPeople([uuid(3), uuid(9), uuid(1)]);
    expect(found.map((p) => p.name).sort()).toEqual(['Ada', 'Max']);
    expect(await getPeople([])).toEqual([]);
  });

  it('updates a person, keeping createdAt and moving updatedAt', async () => {
    const saved = await savePerson(personDraft({ id: uuid(1), role: 'PM' }));
    setClock(() => T2);
    await savePerson({ ...saved, role: 'Group PM' });
    expect(await getPerson(uuid(1))).toMatchObject({ role: 'Group PM', createdAt: T1, updatedAt: T2 });
    expect(await db().people.count()).toBe(1);
  });

  it('refuses a bad email or a javascript: link with located problems, and writes nothing', async () => {
    const saved = await savePerson(personDraft({ id: uuid(1) }));
    const attempt = savePerson({ ...saved, email: 'nope', profileUrl: 'javascript:alert(1)' });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toMatchObject({
      problems: [
        { where: 'profileUrl', message: 'must be a web address starting with http:// or https://' },
        { where: 'email', message: 'must be an email address' },
      ],
    });
    expect(await db().people.toArray()).toEqual([saved]);
  });

  it('refuses to delete someone their conversations still refer to, then deletes once they are gone', async () => {
    await savePerson(personDraft({ id: uuid(1) }));
    await saveEntry({ ...conversation({ id: uuid(10), personId: uuid(1) }), createdAt: undefined });
    await saveEntry({ ...conversation({ id: uuid(11), personId: uuid(1) }), createdAt: undefined });
    const attempt = deletePerson(uuid(1));
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toMatchObject({
      problems: [{ where: 'person', message: '2 conversations still refer to them; delete or reassign those first' }],
    });
    expect(await getPerson(uuid(1))).toBeDefined();

    await deleteEntry(uuid(10));
    await expect(deletePerson(uuid(1))).rejects.toMatchObject({
      problems: [{ where: 'person', message: '1 conversation still refers to them; delete or reassign it first' }],
    });
    await deleteEntry(uuid(11));
    await deletePerson(uuid(1));
    expect(await getPerson(uuid(1))).toBeUndefined();
    expect(await db().people.count()).toBe(0);
  });
});
