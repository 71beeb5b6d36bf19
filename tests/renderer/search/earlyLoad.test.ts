import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlain } from '../../../renderer/crypto/session';
import { db, DB_NAME, SextantDB, setDatabase } from '../../../renderer/data/db';
import { prepareSearchIndex, searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import { SearchWorkerState, type FromSearchWorker, type ToSearchWorker } from '../../../renderer/data/searchWorkerProtocol';
import { openExisting, readableEarly } from '../../../renderer/data/searchWorkerReads';
import { encodeSnapshot, JournalIndex } from '../../../shared/search';
import { conversation, person, reflection, uuid } from '../../shared/builders';

// A plain journal's saved index is read by the search worker before the page asks
// (SearchWorkerState.prefetch); the page's `read-load` from the first part joins it.

const WORDS = ['apple', 'bison', 'cedar', 'dingo', 'ember', 'fjord', 'gecko', 'heron', 'igloo', 'jumbo', 'kayak', 'lemur'];

/** Twelve reflections (ids 1..12, one word of WORDS each), Orla (id 900) and a conversation with her (id 13). */
async function seed(name: string): Promise<void> {
  setDatabase(new SextantDB(name));
  setPlain();
  await db().people.put(person({ id: uuid(900), name: 'Orla Finch' }));
  await db().entries.bulkPut(WORDS.map((word, i) => reflection({ id: uuid(i + 1), title: `Note on ${word}` })));
  await db().entries.put(conversation({ id: uuid(13), personId: uuid(900) }));
}

/** Saves the journal's index as a snapshot of 2-slot segments (14 documents: 7 segments), one part each. */
async function saveSnapshot(): Promise<void> {
  const index = new JournalIndex();
  index.addPeople(await db().people.toArray());
  index.addEntries(await db().entries.toArray());
  const lines = encodeSnapshot(index.exportState(), 2).split('\n');
  await db().searchSnapshot.bulkPut(lines.map((l, i) => ({ part: i, text: i < lines.length - 1 ? `${l}\n` : l })));
}

const search = (query: string): ToSearchWorker => ({ id: 90, type: 'search', query, filters: {}, limit: 10 });
const ids = (reply: FromSearchWorker) => reply.hits!.map((h) => h.id).sort();

let name: string;
let progress: FromSearchWorker[];
let worker: SearchWorkerState;
beforeEach(async () => {
  name = `l-${crypto.randomUUID()}`;
  await seed(name);
  await saveSnapshot();
  progress = [];
  worker = new SearchWorkerState((reply) => progress.push(reply));
});
afterEach(() => searchIndexStore.stop());

describe('a saved index read by the worker before the page asks', () => {
  it('once whole, has its postings taken in in the background, a slice per task', async () => {
    const sizes: number[] = [];
    const results: boolean[] = [];
    const real = JournalIndex.prototype.settleLoaded;
    const spy = vi.spyOn(JournalIndex.prototype, 'settleLoaded').mockImplementation(function (this: JournalIndex) {
      sizes.push(this.documentCount);
      // No time at all per slice: one posting each, so that several slices are seen.
      const done = real.call(this, 0);
      results.push(done);
      return done;
    });
    try {
      await worker.prefetch(name);
      await vi.waitFor(() => expect(results.at(-1)).toBe(true));
      // Every slice ran on the whole index (14 documents), one posting each: a slice per word, the last one true.
      expect(sizes.every((n) => n === 14)).toBe(true);
      expect(results.length).toBeGreaterThan(10);
      expect(results.slice(0, -1).every((done) => !done)).toBe(true);
      // What it answers is unchanged.
      expect(ids(await worker.handle(search('kayak')))).toEqual([uuid(11)]);
      expect(ids(await worker.handle(search('finch')))).toEqual([uuid(13), uuid(900)].sort());
    } finally {
      spy.mockRestore();
    }
  });

  it('answers a search asked before any message of the page, and is joined by the page’s read-load without a second read', async () => {
    const read = worker.prefetch(name);
    // Asked at once: answered when the segment holding the word is in.
    const kayak = worker.handle(search('kayak'));
    expect(ids(await kayak)).toEqual([uuid(11)]);
    await read;
    // Gone from the database now: the join takes what was read, it does not read again.
    await db().searchSnapshot.clear();
    const reply = await worker.handle({ id: 1, type: 'read-load', database: name });
    expect(reply).toMatchObject({ id: 1, documents: 14, found: true });
    expect(reply.error).toBeUndefined();
    // Read whole before the join: one progress reply (all 14 documents), then the reply.
    expect(progress.map((p) => [p.id, p.progress, p.documents])).toEqual([[1, true, 14]]);
    expect(ids(await worker.handle(search('finch')))).toEqual([uuid(13), uuid(900)].sort());
    expect(ids(await worker.handle(search('apple')))).toEqual([uuid(1)]);
  });

  it('joined while it reads: a progress reply per segment taken in after the join, then the reply with the whole index', async () => {
    void worker.prefetch(name);
    const reply = await worker.handle({ id: 2, type: 'read-load', database: name });
    expect(reply).toMatchObject({ id: 2, documents: 14, found: true });
    const counts = progress.map((p) => p.documents);
    expect(progress.every((p) => p.id === 2 && p.progress)).toBe(true);
    // Growing by segments of 2 slots, up to the whole index.
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n, i) => n % 2 === 0 && n <= 14 && (i === 0 || n > counts[i - 1]!))).toBe(true);
    expect(ids(await worker.handle(search('lemur')))).toEqual([uuid(12)]);
  });

  it('is dropped by any other message first (a rebuild here): nothing of it answers', async () => {
    await worker.prefetch(name);
    await worker.handle({ id: 1, type: 'build' });
    // The rebuild fills its own index; the live one (nothing committed) answers, empty.
    expect(ids(await worker.handle(search('apple')))).toEqual([]);
  });

  it('is not used when the page posts the first parts itself (load-start): the load is the page’s', async () => {
    await worker.prefetch(name);
    await worker.handle({ id: 1, type: 'load-start' });
    const index = new JournalIndex();
    index.addEntries([reflection({ id: uuid(40), title: 'Note on quince' })]);
    await worker.handle({ id: 2, type: 'load-text', text: encodeSnapshot(index.exportState()) });
    await worker.handle({ id: 3, type: 'load-end' });
    expect(ids(await worker.handle(search('quince')))).toEqual([uuid(40)]);
    expect(ids(await worker.handle(search('apple')))).toEqual([]);
  });

  it('a damaged saved index: the page’s read-load says so and the index stays empty (the page then builds)', async () => {
    await db().searchSnapshot.clear();
    await db().searchSnapshot.put({ part: 0, text: '{"format":"sextant-search-index"' });
    await worker.prefetch(name);
    const reply = await worker.handle({ id: 1, type: 'read-load', database: name });
    expect(reply.error).toMatch(/not valid JSON/);
    expect(reply.documents).toBe(0);
    expect(reply.found).toBeUndefined();
  });

  it('with no saved index, a first build is read instead, and a read-load finds nothing to join', async () => {
    await db().searchSnapshot.clear();
    await worker.prefetch(name);
    const reply = await worker.handle({ id: 1, type: 'read-load', database: name });
    expect(reply).toMatchObject({ id: 1, documents: 0, found: false });
  });
});

describe('what the worker may read early', () => {
  it('a journal not made yet: nothing, no database left behind, and the page’s own opening (made meanwhile) creates it whole', async () => {
    const fresh = `n-${crypto.randomUUID()}`;
    const page = new SextantDB(fresh);
    const [early] = await Promise.all([readableEarly(fresh, () => openExisting(fresh)), page.open()]);
    expect('opened' in early && early.opened).toBeFalsy();
    expect(page.verno).toBeGreaterThan(1);
    expect(page.tables.map((t) => t.name)).toContain('searchSnapshot');
    page.close();
    await Dexie.delete(fresh);
    const alone = `n-${crypto.randomUUID()}`;
    expect(await readableEarly(alone, () => openExisting(alone))).toEqual({ savedIndex: false });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(alone);
  });

  it('a plain journal, opened, with whether it has a saved index; an encrypted one (a keyring) is not opened', async () => {
    const plain = await readableEarly(name, () => openExisting(name));
    expect('opened' in plain && plain.savedIndex).toBe(true);
    if ('opened' in plain) plain.opened.close();
    await db().vault.put({ name: 'keyring', value: {} as never });
    expect(await readableEarly(name, () => openExisting(name))).toEqual({ savedIndex: true });
  });
});

describe('the page and the worker’s early load', () => {
  /** The message types the worker (here in the page) is sent while the page starts the index. */
  async function startedWith(before: () => Promise<void>): Promise<string[]> {
    searchIndexStore.stop();
    await Dexie.delete(DB_NAME);
    await seed(DB_NAME);
    await startSearchIndex(db(), { snapshot: false });
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    const sent: string[] = [];
    const real = SearchWorkerState.prototype.handle;
    const handle = vi.spyOn(SearchWorkerState.prototype, 'handle').mockImplementation(function (
      this: SearchWorkerState,
      msg: ToSearchWorker,
    ) {
      sent.push(msg.type);
      return real.call(this, msg);
    });
    try {
      prepareSearchIndex();
      await before();
      await startSearchIndex(db());
    } finally {
      handle.mockRestore();
    }
    return sent;
  }

  afterEach(async () => {
    searchIndexStore.stop();
    db().close();
    await Dexie.delete(DB_NAME);
  });

  it('a start on Search joins it: the page posts no part of the saved index, and it answers as saved', async () => {
    const sent = await startedWith(async () => undefined);
    expect(sent).toContain('read-load');
    expect(sent).not.toContain('load-start');
    expect(sent).not.toContain('load-text');
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'snapshot', documents: 14 });
    expect((await searchIndexStore.search('kayak')).map((h) => h.id)).toEqual([uuid(11)]);
  });

  it('a search answered from the early read before the page has looked for a saved index is marked unchecked (its hits are checked against their records)', async () => {
    const sent = await startedWith(async () => {
      // Asked before the start, as the Search route asks its query ahead: answered from the saved index read early.
      const hits = await searchIndexStore.search('kayak');
      expect(hits.map((h) => h.id)).toEqual([uuid(11)]);
      expect(searchIndexStore.getState().unchecked).toBe(true);
    });
    expect(sent[0]).toBe('search');
    // Checked once the start is over: nothing unchecked is left.
    await vi.waitFor(() => expect(searchIndexStore.getState()).toMatchObject({ reconciling: false, unchecked: false }));
  });

  it('a start with no saved index: the answers are not marked unchecked once the page knows', async () => {
    searchIndexStore.stop();
    await Dexie.delete(DB_NAME);
    await seed(DB_NAME);
    prepareSearchIndex();
    expect(searchIndexStore.getState().unchecked).toBe(true);
    await startSearchIndex(db());
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build' });
    expect(searchIndexStore.getState().unchecked).toBeFalsy();
  });

  it('a write after the worker was made: the page reads the first part itself (the worker’s early load is dropped), and the write is found', async () => {
    const sent = await startedWith(() =>
      db()
        .entries.put(reflection({ id: uuid(60), title: 'Note on walrus' }))
        .then(() => undefined),
    );
    expect(sent.slice(0, 3)).toEqual(['load-start', 'load-text', 'read-load']);
    await vi.waitFor(() => expect(searchIndexStore.getState().reconciling).toBe(false));
    expect((await searchIndexStore.search('walrus')).map((h) => h.id)).toEqual([uuid(60)]);
  });
});
