import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEALED } from '../../../renderer/crypto/records';
import { currentKey, setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { prepareEncryption, turnEncryptionOn } from '../../../renderer/data/encryption/journalEncryption';
import { searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import { SearchWorkerState } from '../../../renderer/data/searchWorkerProtocol';
import { conversation, person, reflection, uuid } from '../../shared/builders';

const ids = async (q: string) => (await searchIndexStore.search(q)).map((h) => h.id).sort();
const WORDS = ['apple', 'bison', 'cedar', 'dingo', 'ember', 'fjord'];

/** Rows of `entries` the page read through its database (above the encryption) since the last reset. */
let pageEntryRows = 0;
const countPageReads: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TestPageReads',
  create: (down) => ({
    ...down,
    table(name) {
      const t = down.table(name);
      if (name !== 'entries') return t;
      return {
        ...t,
        query: (req) => t.query(req).then((res) => ((pageEntryRows += req.values ? res.result.length : 0), res)),
        openCursor: (req) => t.openCursor(req).then((c) => ((pageEntryRows += c ? 1 : 0), c)),
      };
    },
  }),
};

beforeEach(async () => {
  setDatabase(new SextantDB(`ws-${crypto.randomUUID()}`));
  setPlain();
  await db().people.put(person({ id: uuid(900), name: 'Orla Finch' }));
  // Six reflections (ids 1..6, one word of WORDS each) and a conversation with Orla (id 7).
  await db().entries.bulkPut(WORDS.map((word, i) => reflection({ id: uuid(i + 1), title: `Note on ${word}` })));
  await db().entries.put(conversation({ id: uuid(7), personId: uuid(900) }));
  await turnEncryptionOn(await prepareEncryption('maple orbit velvet canyon', 100_000));
  // The encrypted copy opened again with the page's reads counted (a middleware is added before opening).
  const name = db().name;
  db().close();
  const counted = new SextantDB(name);
  counted.use(countPageReads);
  setDatabase(counted);
  await counted.open();
  pageEntryRows = 0;
});
afterEach(() => {
  searchIndexStore.stop();
  setPlain();
});

describe('the search worker reading an encrypted journal itself', () => {
  it('the records are sealed as stored (so the worker has something to open)', async () => {
    const raw = new Dexie(db().name);
    await raw.open();
    const rows = await raw.table('entries').toArray();
    raw.close();
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row[SEALED]).toBeInstanceOf(Uint8Array);
    expect(JSON.stringify(rows)).not.toContain('Note on');
  });

  it('given a copy of the key, it builds from the sealed records, then zeroes the copy', async () => {
    const key = currentKey()!.slice();
    const worker = new SearchWorkerState();
    await worker.handle({ id: 1, type: 'build', inPlace: true });
    const reply = await worker.handle({ id: 2, type: 'read-build', database: db().name, key });
    expect(reply.unavailable).toBeUndefined();
    expect(reply.error).toBeUndefined();
    // 1 person + 7 entries.
    expect((await worker.handle({ id: 3, type: 'commit' })).documents).toBe(8);
    expect((await worker.handle({ id: 4, type: 'search', query: 'cedar', filters: {}, limit: 10 })).hits?.map((h) => h.id)).toEqual([
      uuid(3),
    ]);
    expect([...key].every((b) => b === 0)).toBe(true);
    // The session's own key is untouched.
    expect(currentKey()!.some((b) => b !== 0)).toBe(true);
  });

  it('with another key it says it cannot read (the page then reads them), with no error', async () => {
    const reply = await new SearchWorkerState().handle({
      id: 1,
      type: 'read-reconcile',
      database: db().name,
      key: new Uint8Array(32).fill(9),
    });
    expect(reply.unavailable).toMatch(/could not be opened/);
    expect(reply.error).toBeUndefined();
  });

  it('the app index of an encrypted journal is built, saved, loaded and checked without the page reading an entry', async () => {
    await startSearchIndex(db());
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build', documents: 8 });
    expect(await ids('ember')).toEqual([uuid(5)]);
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    // Written past the app's index (as by a crash before the save): the check must find it.
    await db().entries.put(reflection({ id: uuid(5), title: 'Note on zebra' }));
    pageEntryRows = 0;
    await startSearchIndex(db());
    expect(searchIndexStore.getState()).toMatchObject({
      status: 'ready',
      source: 'snapshot',
      documents: 8,
      reconciled: { updated: 1, removed: 0 },
    });
    expect(await ids('zebra')).toEqual([uuid(5)]);
    expect(await ids('ember')).toEqual([]);
    expect(await ids('finch')).toEqual([uuid(7), uuid(900)].sort());
    expect(pageEntryRows).toBe(0);
  });
});
