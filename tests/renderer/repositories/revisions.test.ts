import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { deleteEntry, getEntry, patchEntry, restoreEntry, saveEntry } from '../../../renderer/data/repositories/entries';
import { deletePerson, savePerson } from '../../../renderer/data/repositories/people';
import { discardFormDraft, loadFormDraft, saveFormDraft } from '../../../renderer/data/repositories/drafts';
import { SaveConflictError } from '../../../renderer/data/revisions';
import type { Conversation, Reflection } from '../../../shared/schemas';
import { conversation, person, reflection, uuid } from '../../shared/builders';

const T1 = '2026-03-01T10:00:00.000Z';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  setClock(() => T1);
});

/** What a form holds: the stored record without updatedAt (id, createdAt and rev kept). */
function opened<T extends { updatedAt: string }>(record: T): Omit<T, 'updatedAt'> {
  const { updatedAt: _u, ...rest } = record;
  return rest;
}

async function conflictOf(p: Promise<unknown>): Promise<SaveConflictError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SaveConflictError);
  return e as SaveConflictError;
}

describe('conflict-safe saves', () => {
  it('numbers revisions: 1 when created, one more per save', async () => {
    const created = (await saveEntry(opened<Reflection>(reflection({ id: uuid(1) })))) as Reflection;
    expect(created.rev).toBe(1);
    const edited = await saveEntry({ ...opened(created), title: 'Second' });
    expect(edited.rev).toBe(2);
  });

  it('refuses the second of two saves based on the same revision, writing nothing and handing back both versions', async () => {
    const created = (await saveEntry(opened<Reflection>(reflection({ id: uuid(1), title: 'Start' })))) as Reflection;
    const windowA = opened(created);
    const windowB = opened(created);
    await saveEntry({ ...windowA, title: 'From A' });
    const e = await conflictOf(saveEntry({ ...windowB, title: 'From B' }));
    expect((e.mine as Reflection).title).toBe('From B');
    expect((e.theirs as Reflection).title).toBe('From A');
    expect((e.theirs as Reflection).rev).toBe(2);
    expect((await getEntry(uuid(1)))!).toMatchObject({ title: 'From A', rev: 2 });
  });

  it('keeps mine when told to overwrite, past the stored revision', async () => {
    const created = (await saveEntry(opened<Reflection>(reflection({ id: uuid(1), title: 'Start' })))) as Reflection;
    await saveEntry({ ...opened(created), title: 'From A' });
    const kept = await saveEntry({ ...opened(created), title: 'From B' }, { overwrite: true });
    expect(kept).toMatchObject({ title: 'From B', rev: 3 });
    expect(await getEntry(uuid(1))).toMatchObject({ title: 'From B', rev: 3 });
  });

  it('asks instead of resurrecting: a save based on an entry deleted meanwhile is a conflict with no stored version', async () => {
    const created = (await saveEntry(opened<Reflection>(reflection({ id: uuid(1) })))) as Reflection;
    await deleteEntry(uuid(1));
    const e = await conflictOf(saveEntry({ ...opened(created), title: 'Edited in the other window' }));
    expect(e.theirs).toBeNull();
    expect(await getEntry(uuid(1))).toBeUndefined();
    // The person chose to keep theirs: it comes back, one revision past the tombstone (1 -> deleted 2 -> 3).
    expect(await saveEntry({ ...opened(created), title: 'Brought back' }, { overwrite: true })).toMatchObject({ rev: 3 });
    expect(await db().deletions.count()).toBe(0);
  });

  it('undo of a delete refuses when an entry was stored under its id since', async () => {
    const created = (await saveEntry(opened<Reflection>(reflection({ id: uuid(1) })))) as Reflection;
    const removed = (await deleteEntry(uuid(1)))!;
    await saveEntry({ ...opened(created), title: 'Recreated' }, { overwrite: true });
    await conflictOf(restoreEntry(removed));
    expect(await getEntry(uuid(1))).toMatchObject({ title: 'Recreated' });
  });

  it('a stale Undo of "follow-up done" keeps the newer edit of the notes', async () => {
    const saved = (await saveEntry(
      opened<Conversation>(conversation({ id: uuid(2), personId: uuid(900), followUpDate: '2026-03-05', notes: 'Old notes' })),
    )) as Conversation;
    const markDone = { before: { followUpDone: false }, after: { followUpDone: true } };
    await patchEntry(saved.id, markDone);
    const afterDone = (await getEntry(saved.id)) as Conversation;
    await saveEntry({ ...opened(afterDone), notes: 'New notes written after marking done' });
    await patchEntry(saved.id, { before: markDone.after, after: markDone.before });
    expect(await getEntry(saved.id)).toMatchObject({ followUpDone: false, notes: 'New notes written after marking done', rev: 4 });
  });

  it('a patch whose field moved on is refused and names the field', async () => {
    const saved = await saveEntry(opened<Conversation>(conversation({ id: uuid(2), personId: uuid(900) })));
    const e = await conflictOf(patchEntry(saved.id, { before: { followUpDone: true }, after: { followUpDone: false } }));
    expect(e.moved).toEqual(['followUpDone']);
  });

  it('people: a save based on a person deleted meanwhile is a conflict, and the deletion leaves a tombstone', async () => {
    const created = await savePerson(opened(person({ id: uuid(5), name: 'Ada' })));
    await deletePerson(uuid(5));
    expect(await db().deletions.get(['people', uuid(5)])).toEqual({ table: 'people', id: uuid(5), rev: 2, deletedAt: T1 });
    const e = await conflictOf(savePerson({ ...opened(created), name: 'Ada L.' }));
    expect(e.table).toBe('people');
    expect(e.theirs).toBeNull();
  });
});

describe('form drafts', () => {
  it('keeps one draft per form key, returns it as saved, and forgets it on discard', async () => {
    await saveFormDraft('entry:new:reflection', { title: 'Half a thought', body: 'line 1\nline 2', skills: [] });
    await saveFormDraft('entry:new:reflection', { title: 'A whole thought', body: 'line 1\nline 2', skills: [] });
    expect(await loadFormDraft('entry:new:reflection')).toEqual({
      key: 'entry:new:reflection',
      value: { title: 'A whole thought', body: 'line 1\nline 2', skills: [] },
      savedAt: T1,
    });
    await discardFormDraft('entry:new:reflection');
    expect(await loadFormDraft('entry:new:reflection')).toBeUndefined();
  });
});
