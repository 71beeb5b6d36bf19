import { Entry, Person } from '../../../shared/schemas';
import { mergedPerson } from '../../../shared/domain/people';
import { InputError } from '../../../shared/errors';
import { isEncrypted } from '../../crypto/session';
import { AggregateBatch, entryWriteScope } from '../aggregates';
import { db } from '../db';
import { nowIso } from '../ids';
import { readByIds, readOne, readQuick, readValid, stampAndValidate, type Draft } from '../records';
import { quickPerson } from '../../../shared/schemas/quick';
import { baseRevOf, deleteWithTombstone, putChecked, SaveConflictError, type SaveOptions } from '../revisions';

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
  return readByIds(Person, db().people, ids);
}

/** Whether the journal holds anyone (one key looked at, no record read). */
export async function hasPeople(): Promise<boolean> {
  return (await db().people.limit(1).primaryKeys()).length > 0;
}

/** Everyone, sorted by name (in the name index's order; with encryption on, names are sealed and sorted here). */
export async function listPeople(): Promise<Person[]> {
  // Hundreds of rows on Home's and Plan's arrival: a quick look first, the schema for any row it does not pass.
  if (!isEncrypted()) return readQuick(Person, quickPerson, await db().people.orderBy('name').toArray(), 'people');
  const byName = (a: Person, b: Person) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return readQuick(Person, quickPerson, await db().people.toArray(), 'people').sort(byName);
}

/** Points every conversation with `fromId` at `toId` (inside the caller's transaction); returns how many moved. */
async function moveConversations(fromId: string, toId: string): Promise<number> {
  const now = nowIso();
  const rows = readValid(Entry, await db().entries.where('personId').equals(fromId).toArray(), 'entries');
  const batch = new AggregateBatch();
  for (const row of rows) await putChecked('entries', Entry.parse({ ...row, personId: toId, updatedAt: now }), baseRevOf(row), {}, batch);
  await batch.flush();
  return rows.length;
}

/**
 * Merges two records of one person: `dropId`'s conversations move to `keepId`, details the kept
 * record lacks are filled from the other (notes are joined), and `dropId` is deleted (leaving a
 * tombstone), all in one transaction. Returns the kept person and how many conversations moved.
 */
export async function mergePeople(keepId: string, dropId: string): Promise<{ person: Person; moved: number }> {
  if (keepId === dropId)
    throw new InputError("These people can't be merged", [{ where: 'person', message: 'choose two different people' }]);
  return db().transaction('rw', [db().people, ...entryWriteScope()], async () => {
    const [keep, drop] = await Promise.all([getPerson(keepId), getPerson(dropId)]);
    if (!keep || !drop)
      throw new InputError("These people can't be merged", [{ where: 'person', message: 'one of them no longer exists' }]);
    const merged = stampAndValidate(Person, mergedPerson(keep, drop), 'person');
    const moved = await moveConversations(dropId, keepId);
    const person = await putChecked('people', merged, baseRevOf(keep));
    await deleteWithTombstone('people', dropId);
    return { person, moved };
  });
}

/** What happens to a deleted person's conversations: refused while any exist, moved to someone else, or deleted with them. */
export type PersonConversations = 'refuse' | 'delete' | { moveTo: string };

/**
 * Deletes a person (leaving a tombstone). With conversations, `conversations` says what to do with
 * them (by default the delete is refused); returns the deleted person and the conversations deleted
 * with them, for Undo.
 */
export async function deletePerson(
  id: string,
  conversations: PersonConversations = 'refuse',
): Promise<{ person: Person | undefined; deletedEntries: Entry[] }> {
  return db().transaction('rw', [db().people, ...entryWriteScope()], async () => {
    const person = await getPerson(id);
    if (typeof conversations === 'object') {
      if (!(await getPerson(conversations.moveTo))) {
        throw new InputError("This person can't be deleted", [
          { where: 'moveTo', message: 'the person to move the conversations to no longer exists' },
        ]);
      }
      await moveConversations(id, conversations.moveTo);
      await deleteWithTombstone('people', id);
      return { person, deletedEntries: [] };
    }
    if (conversations === 'delete') {
      const deletedEntries = readValid(Entry, await db().entries.where('personId').equals(id).toArray(), 'entries');
      const batch = new AggregateBatch();
      for (const entry of deletedEntries) await deleteWithTombstone('entries', entry.id, batch);
      await batch.flush();
      await deleteWithTombstone('people', id);
      return { person, deletedEntries };
    }
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
    return { person, deletedEntries: [] };
  });
}

/**
 * Puts a deleted person back with the conversations deleted with them (undo); refused
 * (SaveConflictError) if something was stored under one of their ids since.
 */
export async function restorePerson(person: Person, entries: readonly Entry[]): Promise<void> {
  await db().transaction('rw', [db().people, ...entryWriteScope()], async () => {
    const storedPerson = await db().people.get(person.id);
    if (storedPerson) throw new SaveConflictError('people', person, storedPerson);
    await putChecked('people', Person.parse(person), null);
    const batch = new AggregateBatch();
    for (const entry of entries) {
      const stored = await db().entries.get(entry.id);
      if (stored) throw new SaveConflictError('entries', entry, stored);
      await putChecked('entries', Entry.parse(entry), null, {}, batch);
    }
    await batch.flush();
  });
}
