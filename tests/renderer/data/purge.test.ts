import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AFTER_PURGE_MS, anchorNames, deleteLeftoverAnchors, purgeDatabase, type Later } from '../../../renderer/data/encryption/purge';

// Every open and deletion the purge asks IndexedDB for, in order.
const calls: string[] = [];
const open = indexedDB.open.bind(indexedDB);
const deleteDatabase = indexedDB.deleteDatabase.bind(indexedDB);
function record() {
  calls.length = 0;
  indexedDB.open = (name: string, version?: number) => (calls.push(`open ${name}`), open(name, version));
  indexedDB.deleteDatabase = (name: string) => (calls.push(`delete ${name}`), deleteDatabase(name));
}
afterEach(() => {
  indexedDB.open = open;
  indexedDB.deleteDatabase = deleteDatabase;
});

async function namesStartingWith(prefix: string): Promise<string[]> {
  return (await Dexie.getDatabaseNames()).filter((n) => n.startsWith(prefix)).sort();
}

describe('purgeDatabase', () => {
  it('creates three empty anchors, flushes, deletes the database, flushes; later deletes one anchor at 1 s, 5 s and 15 s, each followed by a flush', async () => {
    const old = new Dexie('purge-me');
    old.version(1).stores({ entries: 'id' });
    await old.table('entries').put({ id: 'a', text: 'plain words' });
    old.close();
    const pending: { run: () => void; ms: number }[] = [];
    const later: Later = (run, ms) => void pending.push({ run, ms });
    record();
    await purgeDatabase('purge-me', { later });
    expect(calls).toEqual([
      'open purge-me-purge-1',
      'open purge-me-purge-2',
      'open purge-me-purge-3',
      'open purge-me-flush',
      'delete purge-me-flush',
      'delete purge-me',
      'open purge-me-flush',
      'delete purge-me-flush',
    ]);
    expect(await Dexie.exists('purge-me')).toBe(false);
    expect(await namesStartingWith('purge-me')).toEqual(['purge-me-purge-1', 'purge-me-purge-2', 'purge-me-purge-3']);
    expect(pending.map((p) => p.ms)).toEqual([1000, 5000, 15000]);
    expect(AFTER_PURGE_MS).toEqual([1000, 5000, 15000]);

    // Each later step deletes its own anchor, then creates and deletes the scratch database.
    calls.length = 0;
    pending[0]!.run();
    await expect.poll(() => calls.length).toBe(3);
    await expect.poll(() => namesStartingWith('purge-me')).toEqual(['purge-me-purge-2', 'purge-me-purge-3']);
    expect(calls).toEqual(['delete purge-me-purge-1', 'open purge-me-flush', 'delete purge-me-flush']);
    calls.length = 0;
    pending[2]!.run();
    pending[1]!.run();
    await expect.poll(() => calls.length).toBe(6);
    await expect.poll(() => namesStartingWith('purge-me')).toEqual([]);
    expect(calls.filter((c) => c.includes('-purge-')).sort()).toEqual(['delete purge-me-purge-2', 'delete purge-me-purge-3']);
  });

  it("holds the new copy's reads off from before the deletion until the flush after it (a read-write transaction kept open by lookups)", async () => {
    const old = new Dexie('purge-quiet');
    old.version(1).stores({ entries: 'id' });
    await old.table('entries').put({ id: 'a', text: 'plain words' });
    old.close();
    const copy = new Dexie('purge-quiet-copy');
    copy.version(1).stores({ entries: 'id', people: 'id' });
    await copy.table('people').put({ id: 'p', name: 'sealed' });
    let read: Promise<void> | undefined;
    record();
    const recordDelete = indexedDB.deleteDatabase;
    // A screen reading the new copy while the database `deleted` is deleted.
    const readWhileDeleting = (deleted: string) => {
      indexedDB.deleteDatabase = (name: string) => {
        if (name === deleted)
          read = copy
            .table('people')
            .get('p')
            .then((p: { name: string }) => void calls.push(`read ${p.name}`));
        return recordDelete(name);
      };
    };
    readWhileDeleting('purge-quiet');
    const pending: (() => void)[] = [];
    await purgeDatabase('purge-quiet', { later: (run) => void pending.push(run), quiet: copy.backendDB() });
    await read;
    expect(calls.slice(5)).toEqual(['delete purge-quiet', 'open purge-quiet-flush', 'delete purge-quiet-flush', 'read sealed']);
    // A later step holds them off as well while it deletes its anchor.
    calls.length = 0;
    readWhileDeleting('purge-quiet-purge-1');
    pending[0]!();
    await expect.poll(() => calls.length).toBe(4);
    expect(calls).toEqual(['delete purge-quiet-purge-1', 'open purge-quiet-flush', 'delete purge-quiet-flush', 'read sealed']);
    // Closed by then (the window locked): the step runs without holding anything.
    copy.close();
    calls.length = 0;
    pending[1]!();
    await expect.poll(() => calls).toEqual(['delete purge-quiet-purge-2', 'open purge-quiet-flush', 'delete purge-quiet-flush']);
  });

  it('names the anchors after the database', () => {
    expect(anchorNames('sextant-sealed')).toEqual(['sextant-sealed-purge-1', 'sextant-sealed-purge-2', 'sextant-sealed-purge-3']);
  });
});

describe('deleteLeftoverAnchors', () => {
  it("deletes that database's anchors a closed window left, then flushes; other databases stay", async () => {
    const names = ['left-purge-1', 'left-purge-3', 'left-purge-x', 'left-sealed-purge-1', 'leftover-purge-1', 'left'];
    for (const n of names)
      await new Promise<void>((resolve) => {
        const r = open(n);
        r.onsuccess = () => (r.result.close(), resolve());
      });
    record();
    await deleteLeftoverAnchors('left', await Dexie.getDatabaseNames());
    expect(calls).toEqual(['delete left-purge-1', 'delete left-purge-3', 'open left-flush', 'delete left-flush']);
    expect(await namesStartingWith('left')).toEqual(['left', 'left-purge-x', 'left-sealed-purge-1', 'leftover-purge-1']);
  });

  it('asks nothing of IndexedDB when no anchor is left', async () => {
    record();
    await deleteLeftoverAnchors('none-left', ['none-left', 'none-left-sealed', 'none-left-flush']);
    expect(calls).toEqual([]);
  });
});
