import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AFTER_PURGE_MS, purgeDatabase, type Later } from '../../../renderer/data/encryption/purge';

describe('purgeDatabase', () => {
  it('deletes the database, then flushes the storage engine again twice later (at 1 s and 5 s), each a scratch database created and deleted', async () => {
    const old = new Dexie('purge-me');
    old.version(1).stores({ entries: 'id' });
    await old.table('entries').put({ id: 'a', text: 'plain words' });
    old.close();
    const pending: { run: () => void; ms: number }[] = [];
    const later: Later = (run, ms) => void pending.push({ run, ms });
    await purgeDatabase('purge-me', later);
    expect(await Dexie.exists('purge-me')).toBe(false);
    expect(pending.map((p) => p.ms)).toEqual([1000, 5000]);
    expect(AFTER_PURGE_MS).toEqual([1000, 5000]);
    // Each later flush opens the scratch database and deletes it again: it is gone once it has run.
    const opened: string[] = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => (opened.push(name), open(name, version));
    try {
      for (const p of pending) p.run();
      await expect.poll(() => opened).toEqual(['purge-me-flush', 'purge-me-flush']);
      await expect.poll(async () => (await Dexie.getDatabaseNames()).filter((n) => n.startsWith('purge-me'))).toEqual([]);
    } finally {
      indexedDB.open = open;
    }
  });
});
