import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEALED } from '../../../renderer/crypto/records';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { searchIndexStore, splitBuildsForTests, startSearchIndex } from '../../../renderer/data/searchIndex';
import { SearchWorkerState } from '../../../renderer/data/searchWorkerProtocol';
import { openExisting, readInChunks } from '../../../renderer/data/searchWorkerReads';
import { conversation, person, reflection, uuid } from '../../shared/builders';

const ids = async (q: string) => (await searchIndexStore.search(q)).map((h) => h.id).sort();

/** The stored snapshot as one text (plain journal: the parts are stored as written). */
async function snapshotText(): Promise<string> {
  return (await db().searchSnapshot.orderBy('part').toArray()).map((p) => p.text).join('');
}

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
  splitBuildsForTests(false);
});

describe('the search worker reading a plain journal itself', () => {
  it('reads a store in key order, chunk by chunk, within a span', async () => {
    const database = await openExisting(db().name);
    const chunks: string[][] = [];
    await readInChunks(database, 'entries', 2, (rows) => chunks.push(rows.map((r) => (r as { id: string }).id)), {
      from: uuid(3),
      below: uuid(8),
    });
    database.close();
    // Ids 3, 4, 5, 6, 7 (8 left out), two at a time.
    expect(chunks).toEqual([[uuid(3), uuid(4)], [uuid(5), uuid(6)], [uuid(7)]]);
  });

  it('a build split between two workers gives the same index and snapshot as one build', async () => {
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    const whole = await snapshotText();
    searchIndexStore.stop();
    await db().searchSnapshot.clear();

    splitBuildsForTests(true, 5);
    await startSearchIndex(db());
    // 1 person + 13 entries.
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build', documents: 14 });
    // A word of the first half, one of the second, and the conversation (second half) by its person.
    expect(await ids('bison')).toEqual([uuid(2)]);
    expect(await ids('lemur')).toEqual([uuid(12)]);
    expect(await ids('finch')).toEqual([uuid(13), uuid(900)].sort());
    await searchIndexStore.saveNow();
    expect(await snapshotText()).toBe(whole);
  });

  it('says it cannot read sealed records (the page then reads them), and leaves the index as it was', async () => {
    const raw = new Dexie(db().name);
    await raw.open();
    await raw.table('entries').put({ id: uuid(50), kind: 'reflection', [SEALED]: new Uint8Array([1, 2, 3]) });
    raw.close();
    const worker = new SearchWorkerState();
    const reply = await worker.handle({ id: 1, type: 'read-build', database: db().name });
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
