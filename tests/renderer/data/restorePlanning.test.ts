import Dexie, { type DBCore, type Middleware } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, backupTables, createBackup, snapshot } from '../../../renderer/data/backupStore';
import { SEALED } from '../../../renderer/crypto/records';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { prepareEncryption, turnEncryptionOn } from '../../../renderer/data/encryption/journalEncryption';
import { setClock } from '../../../renderer/data/ids';
import { planAgainstStore } from '../../../renderer/data/restorePlanning';
import { makeBackup, TABLE_NAMES, type BackupData, type TableName } from '../../../shared/backup/format';
import { planRestore, type RestoreMode } from '../../../shared/backup/plan';
import type { Entry, Reflection } from '../../../shared/schemas';
import { reflection, uuid } from '../../shared/builders';
import { journalArbitrary } from './journalArbitrary';

const T0 = '2025-12-01T00:00:00.000Z';
const T1 = '2026-01-10T00:00:00.000Z';
const T2 = '2026-02-10T00:00:00.000Z';
const T3 = '2026-03-10T00:00:00.000Z';
const NOW = '2026-03-20T12:00:00.000Z';
const empty = (): BackupData => ({ entries: [], people: [], settings: [], checkIns: [], targets: [], pathAnswers: [] });

/** Every read of stored values through Dexie (above the encryption), per table: rows per read, and the keys of gets. */
interface Reads {
  rowsPerQuery: Record<string, number[]>;
  gotKeys: Record<string, unknown[]>;
}
let reads: Reads;
const recordReads: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TestReadCounter',
  create: (down) => ({
    ...down,
    table(name) {
      const t = down.table(name);
      return {
        ...t,
        query: (req) =>
          t.query(req).then((res) => {
            if (req.values) (reads.rowsPerQuery[name] ??= []).push(res.result.length);
            return res;
          }),
        getMany: (req) => {
          (reads.gotKeys[name] ??= []).push(...(req.keys as unknown[]));
          return t.getMany(req);
        },
        get: (req) => {
          (reads.gotKeys[name] ??= []).push(req.key);
          return t.get(req);
        },
      };
    },
  }),
};

beforeEach(async () => {
  setPlain();
  setClock(() => NOW);
  const d = new SextantDB(`restore-plan-${crypto.randomUUID()}`);
  d.use(recordReads);
  setDatabase(d);
  await d.open();
  reads = { rowsPerQuery: {}, gotKeys: {} };
});
afterEach(() => {
  setPlain();
  db().close();
});

async function store(data: BackupData) {
  await db().transaction('rw', backupTables(), async () => {
    for (const t of TABLE_NAMES) await db().table(t).bulkPut(data[t]);
  });
}

const titled = (n: number, over: Partial<Reflection> = {}): Reflection => reflection({ id: uuid(n), title: `Entry ${n}`, ...over });

/**
 * The stored journal and the backup of the hand-worked case. Stored: 1 (rev 3), 2 (rev 2), 3
 * (rev 4), 4 (rev 7), 5 damaged (no rev), 8 (rev 4); a tombstone of 6 at rev 5. The backup: 1 the
 * same content without a rev (an older backup), 2 changed under the same timestamp, 3 newer (rev
 * 9), 5 valid, 6 (rev 2, deleted here since), 7 new, 8 older (rev 1); 4 is not in it.
 */
function handWorked() {
  const stored = [
    titled(1, { updatedAt: T1, rev: 3 }),
    titled(2, { updatedAt: T1, rev: 2 }),
    titled(3, { updatedAt: T1, rev: 4 }),
    titled(4, { updatedAt: T2, rev: 7 }),
    titled(8, { updatedAt: T2, rev: 4 }),
  ];
  const damaged = { id: uuid(5), kind: 'reflection', title: '', updatedAt: T1 } as unknown as Entry;
  const backup = [
    titled(1, { updatedAt: T1 }),
    titled(2, { updatedAt: T1, title: 'Entry 2, reworded' }),
    titled(3, { updatedAt: T3, rev: 9, title: 'Entry 3, later' }),
    titled(5, { updatedAt: T1 }),
    titled(6, { updatedAt: T1, rev: 2 }),
    titled(7, { updatedAt: T1 }),
    titled(8, { updatedAt: T0, rev: 1, title: 'Entry 8, earlier' }),
  ];
  return { stored, damaged, backup };
}

async function storeHandWorked() {
  const { stored, damaged, backup } = handWorked();
  await store({ ...empty(), entries: stored });
  await db().entries.put(damaged);
  await db().deletions.put({ table: 'entries', id: uuid(6), rev: 5, deletedAt: T0 });
  return makeBackup({ ...empty(), entries: backup }, 'test', NOW);
}

/**
 * The revisions after the hand-worked replace. 1 unchanged keeps rev 3; 2: max(1, 2+1) = 3; 3:
 * max(9, 4+1) = 9; 5: max(1, 1+1) = 2; 6: past its tombstone, max(2, 5+1) = 6; 7 new without a
 * rev stays without; 8: max(1, 4+1) = 5; 4 is gone.
 */
const REVS_AFTER_REPLACE = {
  [uuid(1)]: 3,
  [uuid(2)]: 3,
  [uuid(3)]: 9,
  [uuid(5)]: 2,
  [uuid(6)]: 6,
  [uuid(7)]: undefined,
  [uuid(8)]: 5,
};

const counts = (p: { added: number; updated: number; unchanged: number; removed: number }) => {
  const { added, updated, unchanged, removed } = p;
  return { added, updated, unchanged, removed };
};
const ids = (rows: readonly unknown[]) => rows.map((r) => (r as { id: string }).id);
const revs = async () => Object.fromEntries((await db().entries.toArray()).map((e) => [e.id, e.rev]));

describe('restore planning against the stored journal', () => {
  it('replace: removes what the backup lacks, writes over what differs (same timestamp, newer, older, damaged), keeps the same content, revives a deleted record', async () => {
    const backup = await storeHandWorked();
    // A scope function that awaits plain promises must be async (Dexie keeps its transaction across them then).
    const { plan, revisions } = await db().transaction('r', backupTables(), async () => planAgainstStore(backup.data, 'replace', 2));
    expect(counts(plan.tables.entries)).toEqual({ added: 2, updated: 4, unchanged: 1, removed: 1 });
    expect(ids(plan.tables.entries.put)).toEqual([uuid(2), uuid(3), uuid(5), uuid(6), uuid(7), uuid(8)]);
    expect(plan.tables.entries.remove).toEqual([uuid(4)]);
    // Only the revisions of the rows written over or removed are kept (the damaged one has none).
    expect(revisions.entries).toEqual(
      new Map<string, number | undefined>([
        [uuid(2), 2],
        [uuid(3), 4],
        [uuid(4), 7],
        [uuid(5), undefined],
        [uuid(8), 4],
      ]),
    );

    await applyRestore(backup, 'replace');
    expect(await revs()).toEqual(REVS_AFTER_REPLACE);
    expect((await db().entries.get(uuid(2)))!).toMatchObject({ title: 'Entry 2, reworded' });
    expect((await db().entries.get(uuid(5)))!).toMatchObject({ title: 'Entry 5' });
    // 4 leaves a tombstone one past its revision; 6's tombstone is gone.
    expect(await db().deletions.toArray()).toEqual([{ table: 'entries', id: uuid(4), rev: 8, deletedAt: NOW }]);
  });

  it('merge: decides from the keys and the updatedAt index, reading only the rows it writes over', async () => {
    const backup = await storeHandWorked();
    reads = { rowsPerQuery: {}, gotKeys: {} };
    await applyRestore(backup, 'merge');
    // 3 is newer in the backup: written over; 6 and 7 are new; 1, 2, 5 (same timestamp) and 8 (older) stay; nothing is removed.
    expect(reads.rowsPerQuery.entries ?? []).toEqual([]);
    // The rows read are those the plan writes (new ones found absent), for their revision and the derived data.
    expect(reads.gotKeys.entries).toEqual([uuid(3), uuid(6), uuid(7)]);
    expect(await revs()).toEqual({
      [uuid(1)]: 3,
      [uuid(2)]: 2,
      [uuid(3)]: 9,
      [uuid(4)]: 7,
      [uuid(5)]: undefined,
      [uuid(6)]: 6,
      [uuid(7)]: undefined,
      [uuid(8)]: 4,
    });
    expect((await db().entries.get(uuid(2)))!).toMatchObject({ title: 'Entry 2' });
    expect((await db().entries.get(uuid(5)))!).toMatchObject({ title: '' });
  });

  it('replace over 4,500 stored entries reads them 2,000 at a time, never the whole table at once', async () => {
    const stored = Array.from({ length: 4_500 }, (_, i) => titled(1_000 + i, { updatedAt: T1, rev: 2 }));
    await store({ ...empty(), entries: stored });
    // The backup keeps the first 1,000 as they are, rewords the next 1,000 and lacks the rest.
    const incoming = [...stored.slice(0, 1_000), ...stored.slice(1_000, 2_000).map((e) => ({ ...e, title: `${e.title}!` }))];
    reads = { rowsPerQuery: {}, gotKeys: {} };
    const plan = await applyRestore(makeBackup({ ...empty(), entries: incoming }, 'test', NOW), 'replace');
    expect(counts(plan.tables.entries)).toEqual({ added: 0, updated: 1_000, unchanged: 1_000, removed: 2_500 });
    expect(reads.rowsPerQuery.entries).toEqual([2_000, 2_000, 500]);
    expect(reads.gotKeys.entries ?? []).toEqual([]);
    expect(await db().entries.count()).toBe(2_000);
    expect((await db().entries.get(uuid(1_000)))!.rev).toBe(2);
    expect((await db().entries.get(uuid(2_500)))!.rev).toBe(3);
    expect((await db().deletions.get(['entries', uuid(5_000)]))!.rev).toBe(3);
  });

  it('plans exactly as the whole-journal plan does, in both modes, for any stored journal and backup', async () => {
    // The backup: some stored rows as they are, some with a new timestamp or content, and rows of another journal.
    const pair = fc.tuple(journalArbitrary, journalArbitrary, fc.infiniteStream(fc.integer({ min: 0, max: 3 })));
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(pair, async ([current, other, choices]) => {
        runs++;
        await db().transaction('rw', backupTables(), () => Promise.all(backupTables().map((t) => t.clear())));
        await store(current);
        const incoming = empty() as Record<TableName, unknown[]>;
        for (const t of TABLE_NAMES) {
          for (const row of current[t] as Record<string, unknown>[]) {
            const c = choices.next().value;
            if (c === 1) incoming[t].push(row);
            else if (c === 2) incoming[t].push('updatedAt' in row ? { ...row, updatedAt: T3 } : row);
            else if (c === 3) incoming[t].push('rev' in row || 'updatedAt' in row ? { ...row, rev: 7, createdAt: T0 } : row);
          }
          incoming[t].push(...(other[t] as unknown[]));
        }
        const data = incoming as unknown as BackupData;
        const raw = (await snapshot()).data;
        for (const mode of ['replace', 'merge'] as RestoreMode[]) {
          const streamed = await db().transaction('r', backupTables(), async () => planAgainstStore(data, mode, 3));
          expect(streamed.plan).toEqual(planRestore(raw, data, mode));
        }
      }),
      { numRuns: 60, seed: 20261201 },
    );
    expect(runs).toBe(60);
  }, 120_000);

  it('an encrypted journal: the replace and the merge give the same records as a plain one', async () => {
    await storeHandWorked();
    const backup = makeBackup({ ...empty(), entries: handWorked().backup }, 'test', NOW);
    await turnEncryptionOn(await prepareEncryption('maple orbit velvet canyon', 100_000));
    const merge = await db().transaction('r', backupTables(), async () => planAgainstStore(backup.data, 'merge'));
    expect(counts(merge.plan.tables.entries)).toEqual({ added: 2, updated: 1, unchanged: 4, removed: 0 });
    await applyRestore(backup, 'replace');
    expect(await revs()).toEqual(REVS_AFTER_REPLACE);
    const { backup: after } = await createBackup('test');
    expect(after.data.entries.find((e) => e.id === uuid(3))).toMatchObject({ title: 'Entry 3, later' });
  });

  it('an encrypted journal restored 2 rows a chunk (the next chunk sealed while one is written): the same records, every row sealed, progress in order', async () => {
    const backup = await storeHandWorked();
    await turnEncryptionOn(await prepareEncryption('maple orbit velvet canyon', 100_000));
    const progress: number[] = [];
    await applyRestore(backup, 'replace', (p) => progress.push(p.done), 2);
    expect(await revs()).toEqual(REVS_AFTER_REPLACE);
    // The removal of 4 first, then the 6 of the backup's 7 entries that differ, 2 at a time.
    expect(progress).toEqual([0, 1, 3, 5, 7]);
    // Straight from IndexedDB, below the encryption: no title in clear in any entry or tombstone.
    const raw = new Dexie(db().name);
    await raw.open();
    const entries = await raw.table('entries').toArray();
    const deletions = await raw.table('deletions').toArray();
    raw.close();
    expect(entries).toHaveLength(7);
    for (const row of [...entries, ...deletions]) expect(row[SEALED]).toBeInstanceOf(Uint8Array);
    expect(JSON.stringify(entries)).not.toContain('Entry');
    // And a merge, chunk by chunk, reads what it writes over through the seal as a plain one does.
    const later = makeBackup(
      { ...empty(), entries: [titled(9, { updatedAt: T3 }), titled(3, { updatedAt: NOW, rev: 12, title: 'Entry 3, merged' })] },
      'test',
      NOW,
    );
    await applyRestore(later, 'merge', () => undefined, 1);
    expect((await db().entries.get(uuid(3)))?.rev).toBe(12);
    expect(await db().entries.count()).toBe(8);
  });
});
