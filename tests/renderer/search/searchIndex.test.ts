import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, Person } from '../../../shared/schemas';
import { SextantDB, setDatabase, db } from '../../../renderer/data/db';
import { searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import { SearchWorkerState } from '../../../renderer/data/searchWorkerProtocol';

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
const found = async (q: string) => (await searchIndexStore.search(q)).map((h) => h.id);

let n = 0;
beforeEach(async () => {
  setDatabase(new SextantDB(`search-index-${++n}`));
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
    expect(await found('quarterly')).toEqual([ids.a]);
    // The conversation is found by its person's name, as is the person.
    expect((await found('varga')).sort()).toEqual([ids.b, ids.p].sort());
  });

  it('follows writes: a new entry, an edit, a deletion, a renamed person', async () => {
    await startSearchIndex(db());
    await db().entries.put(reflection(ids.g, 'Shadowing the platform team'));
    await vi.waitFor(async () => expect(await found('shadowing')).toEqual([ids.g]));
    await db().entries.put(reflection(ids.a, 'Annual offsite'));
    await vi.waitFor(async () => expect(await found('offsite')).toEqual([ids.a]));
    expect(await found('quarterly')).toEqual([]);
    await db().entries.delete(ids.g);
    await vi.waitFor(async () => expect(await found('shadowing')).toEqual([]));
    await db().people.put({ ...person, name: 'Ines Okafor' });
    await vi.waitFor(async () => expect((await found('okafor')).sort()).toEqual([ids.b, ids.p].sort()));
    expect(await found('varga')).toEqual([]);
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
    await vi.waitFor(async () => expect(await found('window')).toEqual([`${ids.g}#${ids.m}`]));
    await db().entries.put({ ...goal, milestones: [] } as Entry);
    await vi.waitFor(async () => expect(await found('window')).toEqual([]));
    expect(await found('sql')).toEqual([ids.g]);
  });

  it('rebuilds after a table is cleared (a restore in replace mode)', async () => {
    await startSearchIndex(db());
    await db().entries.clear();
    // The old index answers until the new one is complete, then: only the person is left.
    await vi.waitFor(async () => expect(await found('varga')).toEqual([ids.p]));
    expect(await found('quarterly')).toEqual([]);
  });
});

describe('the search worker state', () => {
  const ask = async (state: SearchWorkerState, query: string) =>
    ((await state.handle({ id: 9, type: 'search', query, filters: {}, limit: 10 })).hits ?? []).map((h) => h.id);

  it('answers from the previous index while a build is filling the next, then from the new one', async () => {
    const state = new SearchWorkerState();
    await state.handle({ id: 1, type: 'entries', rows: [reflection(ids.a, 'Quarterly planning')] });
    await state.handle({ id: 2, type: 'build' });
    await state.handle({ id: 3, type: 'people', rows: [person] });
    await state.handle({ id: 4, type: 'entries', rows: [reflection(ids.g, 'Shadowing the platform team')] });
    expect(await ask(state, 'quarterly')).toEqual([ids.a]);
    expect(await ask(state, 'shadowing')).toEqual([]);
    expect(await state.handle({ id: 5, type: 'commit' })).toEqual({ id: 5, documents: 2 });
    expect(await ask(state, 'quarterly')).toEqual([]);
    expect(await ask(state, 'shadowing')).toEqual([ids.g]);
    expect(await ask(state, 'varga')).toEqual([ids.p]);
  });

  it('a first build fills the live index: searches meanwhile answer from what is indexed so far', async () => {
    const state = new SearchWorkerState();
    await state.handle({ id: 1, type: 'build', inPlace: true });
    await state.handle({ id: 2, type: 'people', rows: [person] });
    expect((await state.handle({ id: 3, type: 'entries', rows: [reflection(ids.a, 'Quarterly planning')] })).documents).toBe(2);
    expect(await ask(state, 'quarterly')).toEqual([ids.a]);
    await state.handle({ id: 4, type: 'entries', rows: [reflection(ids.g, 'Shadowing the platform team')] });
    expect(await ask(state, 'shadowing')).toEqual([ids.g]);
    expect(await state.handle({ id: 5, type: 'commit' })).toEqual({ id: 5, documents: 3 });
    expect(await ask(state, 'quarterly')).toEqual([ids.a]);
  });

  it('a search that finds nothing while a first build fills the index waits: answered by the chunk that holds its word, or empty once the build is over', async () => {
    const state = new SearchWorkerState();
    const answered: string[] = [];
    const asked = (query: string) => {
      const reply = ask(state, query);
      void reply.then(() => answered.push(query));
      return reply;
    };
    await state.handle({ id: 1, type: 'build', inPlace: true });
    await state.handle({ id: 2, type: 'people', rows: [person] });
    const shadowing = asked('shadowing');
    const offsite = asked('offsite');
    // Varga is in: answered at once, the two others still waiting.
    expect(await asked('varga')).toEqual([ids.p]);
    expect(answered).toEqual(['varga']);
    await state.handle({ id: 3, type: 'entries', rows: [reflection(ids.a, 'Quarterly planning')] });
    await Promise.resolve();
    expect(answered).toEqual(['varga']);
    // The reply to the chunk that holds "shadowing" is given first; the search's straight after it.
    await state.handle({ id: 4, type: 'entries', rows: [reflection(ids.g, 'Shadowing the platform team')] });
    expect(await shadowing).toEqual([ids.g]);
    expect(answered).toEqual(['varga', 'shadowing']);
    // Nothing holds "offsite": it is answered, empty, when the build is committed.
    expect(await state.handle({ id: 5, type: 'commit' })).toEqual({ id: 5, documents: 3 });
    expect(await offsite).toEqual([]);
    // Once built, a search that finds nothing is answered at once.
    expect(await ask(state, 'offsite')).toEqual([]);
  });

  it('a rebuild (not in place): the old index answers meanwhile, a search that finds nothing there at once', async () => {
    const state = new SearchWorkerState();
    await state.handle({ id: 1, type: 'entries', rows: [reflection(ids.a, 'Quarterly planning')] });
    await state.handle({ id: 2, type: 'build' });
    // The previous index answers while the next fills: nothing waits.
    expect(await ask(state, 'shadowing')).toEqual([]);
    await state.handle({ id: 3, type: 'entries', rows: [reflection(ids.g, 'Shadowing the platform team')] });
    await state.handle({ id: 4, type: 'commit' });
    expect(await ask(state, 'shadowing')).toEqual([ids.g]);
  });

  it('drops the old version of a record that is now damaged, and a removed one', async () => {
    const state = new SearchWorkerState();
    await state.handle({ id: 1, type: 'entries', rows: [reflection(ids.a, 'Quarterly planning'), reflection(ids.g, 'Annual offsite')] });
    await state.handle({
      id: 2,
      type: 'update',
      people: [],
      removedPeople: [],
      entries: [{ ...reflection(ids.a, 'Quarterly planning'), date: 'not a date' }],
      removedEntries: [ids.g],
    });
    expect(await ask(state, 'quarterly')).toEqual([]);
    expect(await ask(state, 'offsite')).toEqual([]);
    expect((await state.handle({ id: 3, type: 'commit' })).documents).toBe(0);
  });
});
