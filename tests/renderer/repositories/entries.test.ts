import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { readProblems } from '../../../renderer/data/records';
import {
  deleteEntry,
  getEntry,
  listEntries,
  openFollowUps,
  restoreEntry,
  saveEntry,
  type EntryFilter,
} from '../../../renderer/data/repositories/entries';
import { InputError } from '../../../shared/errors';
import type { Reflection } from '../../../shared/schemas';
import { conversation, goal, reflection, uuid } from '../../shared/builders';

const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T11:30:00.000Z';
const P1 = uuid(901);
const P2 = uuid(902);

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  readProblems.length = 0;
  setClock(() => T1);
});

/** Strips the stored metadata, leaving what a form hands over. */
function draftOf<T extends { createdAt: string; updatedAt: string }>(record: T) {
  const { createdAt: _c, updatedAt: _u, ...draft } = record;
  return draft;
}

describe('create, read, update, delete', () => {
  it('lists learning goals as the schema gives them: tags in lower case, a damaged goal left out and reported', async () => {
    await db().entries.bulkPut([
      goal({ id: uuid(31), title: 'Learn SQL', tags: ['sql'], resources: [{ title: 'Docs', url: 'https://example.com' }] }),
      goal({ id: uuid(32), title: 'Pitch', tags: ['Sales '] }),
      goal({ id: uuid(33), title: 'Broken', milestones: [{ id: uuid(34), title: 'M', done: true, doneDate: '2026-02-30' }] }),
    ]);
    const goals = await listEntries({ kind: 'goal' });
    expect(goals.map((g) => [g.kind === 'goal' ? g.title : g.kind, g.tags]).sort()).toEqual([
      ['Learn SQL', ['sql']],
      ['Pitch', ['sales']],
    ]);
    expect(readProblems.find((p) => p.id === uuid(33))?.problems).toEqual([
      { where: 'milestones[0].doneDate', message: 'must be a date like 2026-03-14' },
    ]);
  });

  it('lists reflections and conversations as the schema gives them: a stored row it would change comes out changed, one it refuses is reported', async () => {
    await db().entries.bulkPut([
      reflection({ id: uuid(41), date: '2026-03-03', title: 'Kept as it is', tags: ['review'], skills: ['strategy'] }),
      // The schema trims the title and lowers the tag: the quick look must not hand these on as stored.
      reflection({ id: uuid(42), date: '2026-03-02', title: '  Roadmap week  ', tags: ['Roadmap'], skills: ['strategy'] }),
      conversation({ id: uuid(43), date: '2026-03-01', personId: P1, followUpTime: '24:00', skills: ['strategy'] }),
    ]);
    const listed = await listEntries({ skill: 'strategy' });
    expect(listed.map((e) => [e.id, e.kind === 'reflection' ? e.title : e.kind, e.tags])).toEqual([
      [uuid(41), 'Kept as it is', ['review']],
      [uuid(42), 'Roadmap week', ['roadmap']],
    ]);
    expect(readProblems.map((p) => [p.id, p.problems[0]?.where])).toEqual([[uuid(43), 'followUpTime']]);
  });

  it('creates an entry with a new id and both timestamps set to now', async () => {
    const { id: _, ...draft } = draftOf(reflection({ title: 'First day' }));
    const saved = await saveEntry(draft);
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(saved.createdAt).toBe(T1);
    expect(saved.updatedAt).toBe(T1);
    expect(await getEntry(saved.id)).toEqual(saved);
    expect(await db().entries.count()).toBe(1);
  });

  it('updates in place: updatedAt moves on, createdAt is kept', async () => {
    const saved = (await saveEntry(draftOf(reflection({ id: uuid(1), title: 'Before' })))) as Reflection;
    setClock(() => T2);
    const updated = await saveEntry({ ...saved, title: 'After' });
    expect(updated).toMatchObject({ id: uuid(1), title: 'After', createdAt: T1, updatedAt: T2 });
    expect(await getEntry(uuid(1))).toMatchObject({ title: 'After', createdAt: T1, updatedAt: T2 });
    expect(await db().entries.count()).toBe(1);
  });

  it('deletes and hands the entry back, so undo restores its content, at a revision past the deletion', async () => {
    const saved = await saveEntry(draftOf(conversation({ id: uuid(2), personId: P1 })));
    const deleted = await deleteEntry(uuid(2));
    expect(deleted).toEqual(saved);
    expect(await getEntry(uuid(2))).toBeUndefined();
    expect(await db().entries.count()).toBe(0);
    // The deletion left a tombstone one revision on.
    expect(await db().deletions.get(['entries', uuid(2)])).toMatchObject({ rev: saved.rev! + 1 });
    await restoreEntry(deleted!);
    expect(await getEntry(uuid(2))).toEqual({ ...saved, rev: saved.rev! + 2 });
    expect(await db().deletions.count()).toBe(0);
  });

  it('returns undefined when deleting an entry that does not exist', async () => {
    expect(await deleteEntry(uuid(77))).toBeUndefined();
  });
});

describe('validation', () => {
  it('refuses a goal with no skills with an InputError at "skills", and writes nothing', async () => {
    await saveEntry(draftOf(reflection({ id: uuid(1) })));
    const before = await db().entries.toArray();
    const attempt = saveEntry(draftOf(goal({ id: uuid(3), skills: [] })));
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toMatchObject({ problems: [{ where: 'skills', message: 'pick at least one skill' }] });
    expect(await db().entries.count()).toBe(1);
    expect(await db().entries.toArray()).toEqual(before);
  });

  it('leaves the stored entry as it was when an update is invalid', async () => {
    const saved = (await saveEntry(draftOf(reflection({ id: uuid(1), title: 'Kept' })))) as Reflection;
    setClock(() => T2);
    await expect(saveEntry({ ...saved, title: '', mood: 9 })).rejects.toBeInstanceOf(InputError);
    expect(await db().entries.get(uuid(1))).toEqual(saved);
  });
});

describe('listEntries', () => {
  beforeEach(async () => {
    const rows = [
      reflection({ id: uuid(1), date: '2026-03-01', skills: ['strategy'], tags: ['career'] }),
      conversation({
        id: uuid(2),
        personId: P1,
        date: '2026-03-05',
        skills: ['communication'],
        tags: ['networking', 'career'],
        followUpDate: '2026-03-20',
      }),
      goal({ id: uuid(3), date: '2026-03-10', skills: ['research', 'strategy'], tags: ['sql'] }),
      conversation({ id: uuid(4), personId: P2, date: '2026-02-28', tags: ['networking'], followUpDate: '2026-03-02' }),
      reflection({ id: uuid(5), date: '2026-03-31', skills: ['leadership'] }),
      conversation({ id: uuid(6), personId: P1, date: '2026-03-12', followUpDate: '2026-03-01', followUpDone: true }),
    ];
    // Whole records (createdAt included) are valid drafts too.
    for (const r of rows) await saveEntry(r);
  });

  const ids = async (f: EntryFilter) => (await listEntries(f)).map((e) => e.id);

  it('lists everything newest first', async () => {
    expect(await ids({})).toEqual([uuid(5), uuid(6), uuid(3), uuid(2), uuid(1), uuid(4)]);
  });

  it.each<[string, EntryFilter, number[]]>([
    ['kind conversation', { kind: 'conversation' }, [6, 2, 4]],
    ['kind reflection', { kind: 'reflection' }, [5, 1]],
    ['skill strategy', { skill: 'strategy' }, [3, 1]],
    ['tag networking', { tag: 'networking' }, [2, 4]],
    ['tag career', { tag: 'career' }, [2, 1]],
    ['person P1', { personId: P1 }, [6, 2]],
    ['person P2', { personId: P2 }, [4]],
    ['from 03-01 to 03-10, both included', { from: '2026-03-01', to: '2026-03-10' }, [3, 2, 1]],
    ['from 03-10 only', { from: '2026-03-10' }, [5, 6, 3]],
    ['to 03-01 only', { to: '2026-03-01' }, [1, 4]],
    ['conversations from 03-05 to 03-12, both included', { kind: 'conversation', from: '2026-03-05', to: '2026-03-12' }, [6, 2]],
    ['person P1 up to 03-05', { personId: P1, to: '2026-03-05' }, [2]],
    ['skill strategy and tag sql', { skill: 'strategy', tag: 'sql' }, [3]],
    ['tag career, kind reflection', { tag: 'career', kind: 'reflection' }, [1]],
    ['an unused tag', { tag: 'nothing' }, []],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await ids(filter)).toEqual(expected.map(uuid));
  });

  it('skips a corrupt stored row, reports it in readProblems, and does not delete it', async () => {
    const corrupt = { ...reflection({ id: uuid(99), date: '2026-03-15' }), title: '' };
    await db().entries.put(corrupt);
    expect(await ids({})).toEqual([uuid(5), uuid(6), uuid(3), uuid(2), uuid(1), uuid(4)]);
    expect(readProblems).toEqual([{ table: 'entries', id: uuid(99), problems: [{ where: 'title', message: 'is required' }] }]);
    expect(await db().entries.get(uuid(99))).toEqual(corrupt);
    expect(await db().entries.count()).toBe(7);
    // Reading again does not report it twice.
    await listEntries();
    expect(readProblems).toHaveLength(1);
  });

  it('lists open follow-ups, most overdue first, leaving out done ones', async () => {
    expect((await openFollowUps()).map((c) => [c.id, c.followUpDate])).toEqual([
      [uuid(4), '2026-03-02'],
      [uuid(2), '2026-03-20'],
    ]);
  });
});
