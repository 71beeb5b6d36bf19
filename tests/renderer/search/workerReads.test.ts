import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEALED } from '../../../renderer/crypto/records';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import {
  SearchWorkerState,
  serveSearchWorker,
  type FromSearchWorker,
  type ToSearchWorker,
} from '../../../renderer/data/searchWorkerProtocol';
import { encodeSnapshot, JournalIndex } from '../../../shared/search';
import { openExisting, readInChunks } from '../../../renderer/data/searchWorkerReads';
import { conversation, person, reflection, uuid } from '../../shared/builders';

const ids = async (q: string) => (await searchIndexStore.search(q)).map((h) => h.id).sort();

const WORDS = ['apple', 'bison', 'cedar', 'dingo', 'ember', 'fjord', 'gecko', 'heron', 'igloo', 'jumbo', 'kayak', 'lemur'];

beforeEach(async () => {
  setDatabase(new SextantDB(`w-${crypto.randomUUID()}`));
  setPlain();
  await db().people.put(person({ id: uuid(900), name: 'Orla Finch' }));
  // Twelve reflections (ids 1..12, one word of WORDS each) and a conversation with Orla (id 13).
  await db().entries.bulkPut(WORDS.map((word, i) => reflection({ id: uuid(i + 1), title: `Note on ${word}` })));
  await db().entries.put(conversation({ id: uuid(13), personId: uuid(900) }));
});
afterEach(() => {
  searchIndexStore.stop();
});

describe('the search worker reading a plain journal itself', () => {
  it('reads a store in key order, chunk by chunk', async () => {
    const database = await openExisting(db().name);
    const chunks: string[][] = [];
    await readInChunks(database, 'entries', 'id', 5, (rows) => void chunks.push(rows.map((r) => (r as { id: string }).id)));
    database.close();
    // Ids 1..13, five at a time.
    const all = Array.from({ length: 13 }, (_, i) => uuid(i + 1));
    expect(chunks).toEqual([all.slice(0, 5), all.slice(5, 10), all.slice(10)]);
  });

  it('reads the first chunk side by side with what must come before it, and takes it in only once that is done', async () => {
    const database = await openExisting(db().name);
    const order: string[] = [];
    let release!: () => void;
    const before = new Promise<void>((r) => (release = r)).then(() => order.push('before'));
    const read = readInChunks(database, 'entries', 'id', 10, (rows) => void order.push(`chunk of ${rows.length}`), { before });
    // The first read is under way; nothing is taken in until `before` is done.
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    release();
    await read;
    expect(order).toEqual(['before', 'chunk of 10', 'chunk of 3']);
    // A failure of `before` is the read's failure, and no chunk is taken in.
    const taken: number[] = [];
    await expect(
      readInChunks(database, 'entries', 'id', 10, (rows) => void taken.push(rows.length), {
        before: Promise.reject(new Error('no people')),
      }),
    ).rejects.toThrow('no people');
    expect(taken).toEqual([]);
    database.close();
  });

  it('a build read by the worker indexes a conversation with its person’s name (people and entries read side by side)', async () => {
    const worker = new SearchWorkerState();
    await worker.handle({ id: 1, type: 'build', inPlace: true });
    const reply = await worker.handle({ id: 2, type: 'read-build', database: db().name });
    expect(reply).toMatchObject({ id: 2, documents: 14 });
    expect(reply.unavailable).toBeUndefined();
    const hits = (await worker.handle({ id: 3, type: 'search', query: 'orla', filters: {}, limit: 10 })).hits!;
    expect(hits.map((h) => h.id).sort()).toEqual([uuid(13), uuid(900)].sort());
  });

  it('a build stops, unavailable, when the people are sealed', async () => {
    const raw = new Dexie(db().name);
    await raw.open();
    await raw.table('people').put({ id: uuid(901), [SEALED]: new Uint8Array([1, 2, 3]) });
    raw.close();
    const worker = new SearchWorkerState();
    await worker.handle({ id: 1, type: 'build', inPlace: true });
    const reply = await worker.handle({ id: 2, type: 'read-build', database: db().name });
    expect(reply.unavailable).toMatch(/sealed/);
  });

  it('loads the saved index and checks it against the records by its own reads: a change made meanwhile is indexed', async () => {
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    // Written past the app's index (as by a crash before the save): the check must find it.
    await db().entries.put(reflection({ id: uuid(5), title: 'Note on zebra' }));
    await startSearchIndex(db());
    // 1 person + 13 entries; entry 5 indexed again (its words changed), nothing removed.
    expect(searchIndexStore.getState()).toMatchObject({
      status: 'ready',
      source: 'snapshot',
      documents: 14,
      reconciled: { updated: 1, removed: 0 },
    });
    expect(await ids('zebra')).toEqual([uuid(5)]);
    expect(await ids('ember')).toEqual([]);
    expect(await ids('lemur')).toEqual([uuid(12)]);
    expect(await ids('finch')).toEqual([uuid(13), uuid(900)].sort());
  });

  it('loading a saved index of many segments, the worker posts a progress reply per segment taken in, then the reply', async () => {
    const index = new JournalIndex();
    index.addPeople(await db().people.toArray());
    index.addEntries(await db().entries.toArray());
    // 14 documents in segments of 2 slots (7 segments), stored one segment per part: 7 parts, read 8 at a time (one read).
    const lines = encodeSnapshot(index.exportState(), 2).split('\n');
    expect(lines).toHaveLength(7);
    await db().searchSnapshot.bulkPut(lines.map((l, i) => ({ part: i, text: i < lines.length - 1 ? `${l}\n` : l })));
    const posted: FromSearchWorker[] = [];
    const scope = {
      onmessage: null as ((e: MessageEvent<ToSearchWorker>) => void) | null,
      postMessage: (m: FromSearchWorker) => posted.push(m),
    };
    serveSearchWorker(scope);
    scope.onmessage!({ data: { id: 7, type: 'read-load', database: db().name } } as MessageEvent<ToSearchWorker>);
    await expect.poll(() => posted.some((m) => !m.progress)).toBe(true);
    // Segments 1-6 complete with the parts that end their lines; the last one at the end of the text.
    expect(posted.map((m) => [m.id, m.progress ?? false, m.documents])).toEqual([
      [7, true, 2],
      [7, true, 4],
      [7, true, 6],
      [7, true, 8],
      [7, true, 10],
      [7, true, 12],
      [7, false, 14],
    ]);
    expect(posted[posted.length - 1]!.found).toBe(true);
  });

  it('says it cannot read sealed records (the page then reads them), and leaves the index as it was', async () => {
    const raw = new Dexie(db().name);
    await raw.open();
    await raw.table('entries').put({ id: uuid(50), kind: 'reflection', [SEALED]: new Uint8Array([1, 2, 3]) });
    raw.close();
    const worker = new SearchWorkerState();
    await worker.handle({ id: 1, type: 'reconcile-start' });
    const reply = await worker.handle({ id: 2, type: 'read-reconcile', database: db().name });
    expect(reply.unavailable).toMatch(/sealed/);
    expect(reply.error).toBeUndefined();
  });

  it('says it cannot read a database that does not exist, and creates none', async () => {
    const name = `missing-${crypto.randomUUID()}`;
    const reply = await new SearchWorkerState().handle({ id: 1, type: 'read-load', database: name });
    expect(reply.unavailable).toMatch(/cannot be opened/);
    expect(await Dexie.exists(name)).toBe(false);
  });
});
