import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { applyRestore, deleteAllData } from '../../../renderer/data/backupStore';
import { searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import { saveEntry } from '../../../renderer/data/repositories/entries';
import { setClock } from '../../../renderer/data/ids';
import { makeBackup } from '../../../shared/backup/format';
import { generateJournal, QUICK_SIZE } from '../../../bench/generate';
import { reflection, uuid } from '../../shared/builders';

/**
 * Delete all data and a restore while the search index is still being built (the restore before
 * it triggered a rebuild): the build must stop cleanly, not fail on the deleted database, and the
 * index must follow the new journal.
 */
const ids = async (q: string) => (await searchIndexStore.search(q)).map((h) => h.id).sort();

// 1,000 entries: more than a restore the index follows entry by entry (500), so it rebuilds.
const journal = generateJournal(7, QUICK_SIZE);

/** A storage erase that takes a moment (the desktop app's takes a second or two): the database is closed meanwhile. */
const slowErase = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 300));

/** How many documents a fresh build of the database as it is now indexes (the index restarted, no snapshot). */
async function freshBuildDocuments(): Promise<number> {
  searchIndexStore.stop();
  await startSearchIndex(db(), { snapshot: false });
  return searchIndexStore.getState().documents;
}

beforeEach(() => {
  setDatabase(new SextantDB(`t-${crypto.randomUUID()}`));
  setPlain();
  setClock(() => '2026-03-01T10:00:00.000Z');
});
afterEach(() => {
  searchIndexStore.stop();
  vi.restoreAllMocks();
});

describe('a restore while the search index is being built', () => {
  /**
   * A build of the journal during which Delete all data starts (`arrange` sets that up and returns
   * how to get the deletion once started): no failure, an empty index that then follows new writes.
   */
  async function buildThroughDeletion(arrange: () => () => Promise<unknown> | undefined): Promise<void> {
    await db().people.bulkPut(journal.people);
    await db().entries.bulkPut(journal.entries);
    const errors = vi.spyOn(console, 'error');
    const states: string[] = [];
    const unsubscribe = searchIndexStore.subscribe(() => states.push(searchIndexStore.getState().status));
    const deletion = arrange();
    await startSearchIndex(db());
    expect(deletion()).toBeDefined();
    await deletion();
    await searchIndexStore.settled();
    unsubscribe();
    expect(states).not.toContain('failed');
    expect(errors).not.toHaveBeenCalled();
    expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', documents: 0 });
    await saveEntry(reflection({ id: uuid(11), title: 'Walrus roadmap draft' }));
    await searchIndexStore.settled();
    expect(await ids('walrus')).toEqual([uuid(11)]);
  }

  it('Delete all data during a build the worker reads itself: no failure, an empty index that then follows new writes', async () => {
    // The worker's first read of entries (a plain journal: it reads the rows itself) starts
    // Delete all data: the worker's connection closes under the build, as when a restore's build
    // is running while the journal is deleted.
    await buildThroughDeletion(() => {
      let deleted: Promise<unknown> | undefined;
      const getAll = IDBObjectStore.prototype.getAll;
      vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (this.name === 'entries' && !deleted) deleted = deleteAllData(slowErase);
        return getAll.apply(this, args);
      });
      return () => deleted;
    });
  });

  it('Delete all data during a build the page reads (the worker cannot read the journal): no failure, an empty index that then follows new writes', async () => {
    // The worker's own reads open the database without a version: refused here, so the page reads.
    const open = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
      if (version === undefined) throw new DOMException('Not here.', 'SecurityError');
      return open(name, version);
    });
    // The build's first read of entries waits until Delete all data has closed the database (the
    // storage erase keeps it closed for a moment), then reads: as a build a restore started does
    // when the journal is deleted under it.
    await buildThroughDeletion(() => {
      let deleted: Promise<unknown> | undefined;
      const table = db().entries;
      const orderBy = table.orderBy.bind(table);
      vi.spyOn(table, 'orderBy').mockImplementationOnce((index) => {
        const collection = orderBy(index);
        const read = collection.toArray.bind(collection);
        collection.toArray = (() =>
          new Promise((resolve, reject) => {
            const closed = () => {
              db().on('close').unsubscribe(closed);
              read().then(resolve, reject);
            };
            db().on('close', closed);
            deleted = deleteAllData(slowErase);
          })) as typeof collection.toArray;
        return collection;
      });
      return () => deleted;
    });
  });

  it('two restores back to back with the journal deleted between them, as the benchmark does: the index ends with the second journal', async () => {
    const backup = (title: string) =>
      makeBackup(
        {
          entries: [...journal.entries, reflection({ id: uuid(20), title })],
          people: journal.people,
          settings: [],
          checkIns: journal.checkIns,
          targets: journal.targets,
          pathAnswers: journal.pathAnswers,
        },
        'test',
        '2026-03-01T00:00:00.000Z',
      );
    await startSearchIndex(db());
    const errors = vi.spyOn(console, 'error');
    await applyRestore(backup('Kestrel offsite notes'), 'replace');
    // The restore's rebuild is running (1,001 changed entries) when the journal is deleted.
    await deleteAllData(slowErase);
    await applyRestore(backup('Osprey hiring plan'), 'replace');
    await searchIndexStore.settled();
    expect(errors).not.toHaveBeenCalled();
    const { status, documents } = searchIndexStore.getState();
    expect(status).toBe('ready');
    expect(documents).toBe(await freshBuildDocuments());
    expect(await ids('kestrel')).toEqual([]);
    expect(await ids('osprey')).toEqual([uuid(20)]);
  });
});
