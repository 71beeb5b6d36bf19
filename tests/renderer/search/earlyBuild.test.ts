import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEALED } from '../../../renderer/crypto/records';
import { setPlain } from '../../../renderer/crypto/session';
import { db, DB_NAME, SextantDB, setDatabase } from '../../../renderer/data/db';
import { prepareSearchIndex, searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import { SearchWorkerState } from '../../../renderer/data/searchWorkerProtocol';
import { person, reflection, uuid } from '../../shared/builders';

// The search worker begins a first build's read of a plain journal before the page asks
// (SearchWorkerState.prefetch); the page's `read-build` joins it unless the journal changed.

const WORDS = ['apple', 'bison', 'cedar'];

async function seed(name: string): Promise<void> {
  setDatabase(new SextantDB(name));
  setPlain();
  await db().people.put(person({ id: uuid(900), name: 'Orla Finch' }));
  await db().entries.bulkPut(WORDS.map((word, i) => reflection({ id: uuid(i + 1), title: `Note on ${word}` })));
}

/** Changes the journal behind the worker's back (no page listening): removes apple, adds zebra. */
async function changeRaw(name: string): Promise<void> {
  const raw = new Dexie(name);
  await raw.open();
  await raw.table('entries').delete(uuid(1));
  await raw.table('entries').put(reflection({ id: uuid(50), title: 'Note on zebra' }));
  raw.close();
}

const found = async (worker: SearchWorkerState, query: string) =>
  (await worker.handle({ id: 9, type: 'search', query, filters: {}, limit: 10 })).hits!.map((h) => h.id);

/** The worker reads early, the journal changes behind it, then the page's first build asks (`fresh` or not). */
async function prefetchChangeAndBuild(fresh: boolean) {
  const worker = new SearchWorkerState();
  await worker.prefetch(name);
  await changeRaw(name);
  await worker.handle({ id: 1, type: 'build', inPlace: true });
  const reply = await worker.handle({ id: 2, type: 'read-build', database: name, fresh });
  return { worker, reply };
}

let name: string;
beforeEach(async () => {
  name = `e-${crypto.randomUUID()}`;
  await seed(name);
});
afterEach(() => searchIndexStore.stop());

describe('a first build read by the worker before the page asks', () => {
  it('is joined by the page’s read-build: no second read (a change made behind both is not seen)', async () => {
    const { worker, reply } = await prefetchChangeAndBuild(false);
    // Three reflections and Orla, as read before the change.
    expect(reply).toMatchObject({ id: 2, documents: 4 });
    expect(await found(worker, 'apple')).toEqual([uuid(1)]);
    expect(await found(worker, 'zebra')).toEqual([]);
  });

  it('answers a search asked before the page’s build from the rows it has read; one that finds nothing waits for the join', async () => {
    const worker = new SearchWorkerState();
    const read = worker.prefetch(name);
    // Asked before the early read has any row: answered by the chunk that holds the word, with no
    // message from the page (whose build would come once it has drawn the screen).
    const apple = found(worker, 'apple');
    let zebra: string[] | undefined;
    const zebraAsked = found(worker, 'zebra').then((h) => (zebra = h));
    expect(await apple).toEqual([uuid(1)]);
    await read;
    // A word nowhere in the journal: no "nothing matches" while the page's build may still bring more.
    await Promise.resolve();
    expect(zebra).toBeUndefined();
    await worker.handle({ id: 1, type: 'build', inPlace: true });
    // The build's first message starts an empty live index: the early rows still answer.
    expect(await found(worker, 'cedar')).toEqual([uuid(3)]);
    expect(zebra).toBeUndefined();
    await worker.handle({ id: 2, type: 'read-build', database: name });
    await zebraAsked;
    expect(zebra).toEqual([]);
    expect(await found(worker, 'bison')).toEqual([uuid(2)]);
  });

  it('answers nothing from an early read a rebuild dropped', async () => {
    const worker = new SearchWorkerState();
    await worker.prefetch(name);
    await worker.handle({ id: 1, type: 'build' });
    // A rebuild fills its own index; the live one (empty: nothing was committed) answers.
    expect(await found(worker, 'apple')).toEqual([]);
  });

  it('is read again when the page says the journal changed (fresh)', async () => {
    const { worker, reply } = await prefetchChangeAndBuild(true);
    expect(reply).toMatchObject({ id: 2, documents: 4 });
    expect(await found(worker, 'bison')).toEqual([uuid(2)]);
    expect(await found(worker, 'zebra')).toEqual([uuid(50)]);
    expect(await found(worker, 'apple')).toEqual([]);
  });

  it('is dropped by any other message first (a rebuild here): the build reads the journal as it is', async () => {
    const worker = new SearchWorkerState();
    await worker.prefetch(name);
    await changeRaw(name);
    await worker.handle({ id: 1, type: 'build' });
    await worker.handle({ id: 2, type: 'commit' });
    await worker.handle({ id: 3, type: 'build', inPlace: true });
    await worker.handle({ id: 4, type: 'read-build', database: name });
    expect(await found(worker, 'zebra')).toEqual([uuid(50)]);
    expect(await found(worker, 'apple')).toEqual([]);
  });

  it('is not begun for a journal with a keyring (encrypted) or a saved index: the build reads it when asked', async () => {
    await db().vault.put({ name: 'keyring', value: {} as never });
    const worker = new SearchWorkerState();
    await worker.prefetch(name);
    await changeRaw(name);
    await worker.handle({ id: 1, type: 'build', inPlace: true });
    await worker.handle({ id: 2, type: 'read-build', database: name });
    expect(await found(worker, 'zebra')).toEqual([uuid(50)]);

    await db().vault.clear();
    await db().searchSnapshot.put({ part: 0, text: 'x' });
    const second = new SearchWorkerState();
    await second.prefetch(name);
    await db().entries.put(reflection({ id: uuid(51), title: 'Note on yak' }));
    await second.handle({ id: 1, type: 'build', inPlace: true });
    await second.handle({ id: 2, type: 'read-build', database: name });
    expect(await found(second, 'yak')).toEqual([uuid(51)]);
  });

  it('stops at sealed records, and the build says the worker cannot read them (the page then reads)', async () => {
    await db().people.put({ id: uuid(901), [SEALED]: new Uint8Array([1, 2, 3]) } as never);
    const worker = new SearchWorkerState();
    await worker.prefetch(name);
    await worker.handle({ id: 1, type: 'build', inPlace: true });
    const reply = await worker.handle({ id: 2, type: 'read-build', database: name });
    expect(reply.unavailable).toMatch(/sealed/);
    expect(reply.documents).toBe(0);
  });
});

describe('the page and the worker’s early read', () => {
  it('a write between the worker’s early read and the build makes the build read afresh', async () => {
    searchIndexStore.stop();
    await Dexie.delete(DB_NAME);
    await seed(DB_NAME);
    performance.clearMarks('sextant:search-worker-first-entries');
    prepareSearchIndex();
    // The worker (here in the page) has read the whole journal (one chunk).
    await vi.waitFor(() => expect(performance.getEntriesByName('sextant:search-worker-first-entries')).toHaveLength(1));
    await db().entries.delete(uuid(1));
    await db().entries.put(reflection({ id: uuid(50), title: 'Note on zebra' }));
    await startSearchIndex(db(), { snapshot: false });
    const ids = async (q: string) => (await searchIndexStore.search(q)).map((h) => h.id);
    expect(await ids('bison')).toEqual([uuid(2)]);
    expect(await ids('zebra')).toEqual([uuid(50)]);
    expect(await ids('apple')).toEqual([]);
    searchIndexStore.stop();
    db().close();
    await Dexie.delete(DB_NAME);
  });
});
