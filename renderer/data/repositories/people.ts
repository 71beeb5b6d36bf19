import { Person } from '../../../shared/schemas';
import { InputError } from '../../../shared/errors';
import { isEncrypted } from '../../crypto/session';
import { db } from '../db';
import { readOne, readValid, stampAndValidate, type Draft } from '../records';
import { baseRevOf, deleteWithTombstone, putChecked, type SaveOptions } from '../revisions';

export type PersonDraft = Draft<Person>;

/** Validates and saves a person; nothing is written if invalid, or (SaveConflictError) if the stored person moved on or was deleted. */
export async function savePerson(draft: PersonDraft, options: SaveOptions = {}): Promise<Person> {
  const person = stampAndValidate(Person, draft, 'person');
  return db().transaction('rw', db().people, db().deletions, () => putChecked('people', person, baseRevOf(draft), options));
}

/** One person by id. */
export async function getPerson(id: string): Promise<Person | undefined> {
  return readOne(Person, await db().people.get(id), 'people');
}

/** The people with these ids, in no particular order (ids of missing people are left out). */
export async function getPeople(ids: readonly string[]): Promise<Person[]> {
  const rows = await db().people.bulkGet([...ids]);
  return readValid(
    Person,
    rows.filter((r) => r !== undefined),
    'people',
  );
}

/** Everyone, sorted by name (in the name index's order; with encryption on, names are sealed and sorted here). */
export async function listPeople(): Promise<Person[]> {
  if (!isEncrypted()) return readValid(Person, await db().people.orderBy('name').toArray(), 'people');
  const byName = (a: Person, b: Person) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return readValid(Person, await db().people.toArray(), 'people').sort(byName);
}

/** Deletes a person who has no conversations (their conversations must be moved or deleted first). */
export async function deletePerson(id: string): Promise<void> {
  await db().transaction('rw', db().people, db().entries, db().deletions, async () => {
    const linked = await db().entries.where('personId').equals(id).count();
    if (linked > 0) {
      throw new InputError("This person can't be deleted", [
        {
          where: 'person',
          message: `${linked} conversation${linked === 1 ? ' still refers' : 's still refer'} to them; delete or reassign ${linked === 1 ? 'it' : 'those'} first`,
        },
      ]);
    }
    await deleteWithTombstone('people', id);
  });
}
