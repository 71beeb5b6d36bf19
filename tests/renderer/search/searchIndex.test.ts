import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, Person } from '../../../shared/schemas';
import { searchIndex } from '../../../shared/search';
import { SextantDB, useDatabase, db } from '../../../renderer/data/db';
import { searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';

const T = '2026-01-01T00:00:00.000Z';
const ids = {
  a: '00000000-0000-4000-8000-00000000000a',
  b: '00000000-0000-4000-8000-00000000000b',
  p: '00000000-0000-4000-8000-00000000000c',
  g: '00000000-0000-4000-8000-00000000000d',
  m: '00000000-0000-4000-8000-00000000000e',
};
const reflection = (id: string, title: string): Entry => ({
  id,
  createdAt: T,
  updatedAt: T,
  kind: 'reflection',
  date: '2026-01-02',
  title,
  body: '',
  skills: [],
  tags: [],
});
const person: Person = { id: ids.p, createdAt: T, updatedAt: T, name: 'Ines Varga', role: '', company: '', path: 'external' };
const found = (q: string) => searchIndex(searchIndexStore.index, q).map((h) => h.id);

let n = 0;
beforeEach(async () => {
  useDatabase(new SextantDB(`search-index-${++n}`));
  await db().entries.put(reflection(ids.a, 'Quarterly planning'));
  await db().people.put(person);
  const conversation: Entry = {
    id: ids.b,
    createdAt: T,
    updatedAt: T,
    kind: 'conversation',
    date: '2026-01-03',
    personId: ids.p,
    conversationKind: 'mentorship',
    notes: '',
    takeaways: '',
    followUpDone: false,
    skills: [],
    tags: [],
  };
  await db().entries.put(conversation);
});
afterEach(() => searchIndexStore.stop());

describe('the app search index', () => {
  it('builds from the database and records how long it took', async () => {
    await startSearchIndex(db());
    const state = searchIndexStore.getState();
    expect(state.status).toBe('ready');
    expect(state.documents).toBe(3);
    expect(state.buildMs).toBeGreaterThanOrEqual(0);
    expect(found('quarterly')).toEqual([ids.a]);
    // The conversation is found by its person's name, as is the person.
    expect(found('varga').sort()).toEqual([ids.b, ids.p].sort());
  });

  it('follows writes: a new entry, an edit, a deletion, a renamed person', async () => {
    await startSearchIndex(db());
    await db().entries.put(reflection(ids.g, 'Shadowing the platform team'));
    await vi.waitFor(() => expect(found('shadowing')).toEqual([ids.g]));
    await db().entries.put(reflection(ids.a, 'Annual offsite'));
    await vi.waitFor(() => expect(found('offsite')).toEqual([ids.a]));
    expect(found('quarterly')).toEqual([]);
    await db().entries.delete(ids.g);
    await vi.waitFor(() => expect(found('shadowing')).toEqual([]));
    await db().people.put({ ...person, name: 'Ines Okafor' });
    await vi.waitFor(() => expect(found('okafor').sort()).toEqual([ids.b, ids.p].sort()));
    expect(found('varga')).toEqual([]);
  });

  it("indexes a goal's milestones and drops a removed one on edit", async () => {
    await startSearchIndex(db());
    const goal: Entry = {
      id: ids.g,
      createdAt: T,
      updatedAt: T,
      kind: 'goal',
      date: '2026-01-04',
      title: 'Learn SQL',
      why: '',
      skills: ['research'],
      tags: [],
      status: 'active',
      milestones: [{ id: ids.m, title: 'Window functions', done: false }],
      resources: [],
      progressNotes: '',
    };
    await db().entries.put(goal);
    await vi.waitFor(() => expect(found('window')).toEqual([`${ids.g}#${ids.m}`]));
    await db().entries.put({ ...goal, milestones: [] } as Entry);
    await vi.waitFor(() => expect(found('window')).toEqual([]));
    expect(found('sql')).toEqual([ids.g]);
  });

  it('rebuilds after a table is cleared (a restore in replace mode)', async () => {
    await startSearchIndex(db());
    await db().entries.clear();
    // The old index answers until the new one is complete, then: only the person is left.
    await vi.waitFor(() => expect(found('varga')).toEqual([ids.p]));
    expect(found('quarterly')).toEqual([]);
  });
});
