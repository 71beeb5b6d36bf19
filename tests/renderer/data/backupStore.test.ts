import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TABLE_KEYS, TABLE_NAMES, type BackupData } from '../../../shared/backup/format';
import { readBackupFile } from '../../../shared/backup/read';
import { applyRestore, countAll, createBackup, deleteAllData, previewRestore, snapshot } from '../../../renderer/data/backupStore';
import { db, DERIVED_TABLES, LOCAL_TABLES, SextantDB, setDatabase } from '../../../renderer/data/db';
import { InputError } from '../../../shared/errors';
import { sampleJournal } from '../../shared/backup/sampleJournal';
import { journalArbitrary } from './journalArbitrary';

let n = 0;
beforeEach(async () => {
  setDatabase(new SextantDB(`backup-test-${++n}`));
  await db().open();
});
afterEach(() => db().close());

async function store(data: BackupData) {
  await db().transaction(
    'rw',
    TABLE_NAMES.map((t) => db().table(t)),
    async () => {
      for (const t of TABLE_NAMES) await db().table(t).bulkPut(data[t]);
    },
  );
}

/** Rows per table sorted by key, so two journals compare regardless of order. */
function sorted(data: BackupData): Record<string, unknown[]> {
  return Object.fromEntries(
    TABLE_NAMES.map((t) => {
      const key = (r: unknown) => String((r as Record<string, unknown>)[TABLE_KEYS[t]]);
      return [t, (data[t] as unknown[]).slice().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))];
    }),
  );
}

describe('backup store', () => {
  it('covers every Dexie table but the local ones (tombstones, drafts, reminders shown), the derived ones (rebuilt on restore) and the vault (whose keyring travels in encrypted backups): the backup format is the one list of tables', () => {
    const skipped: readonly string[] = [...LOCAL_TABLES, ...DERIVED_TABLES];
    const journal = db().tables.filter((t) => t.name !== 'vault' && !skipped.includes(t.name));
    expect(journal.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    for (const t of journal) expect(t.schema.primKey.keyPath).toBe(TABLE_KEYS[t.name as keyof typeof TABLE_KEYS]);
  });

  it('round trip: any valid journal, backed up and restored into an empty store, comes back identical', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(journalArbitrary, async (journal) => {
        runs++;
        await deleteAllData(async () => true);
        await store(journal);
        const { json, damaged } = await createBackup('0.1.0');
        expect(damaged).toEqual([]);
        await deleteAllData(async () => true);
        await applyRestore(readBackupFile(new TextEncoder().encode(json)), 'replace');
        expect(sorted((await snapshot()).data)).toEqual(sorted(journal));
      }),
      { numRuns: 150, seed: 20260305 },
    );
    expect(runs).toBe(150);
  }, 120_000);

  it('replace makes the journal exactly the backup; merge keeps newer local edits', async () => {
    const journal = sampleJournal();
    await store(journal);
    const { backup } = await createBackup('0.1.0');
    const entry = journal.entries[0]!;
    await db().entries.put({ ...entry, title: 'Edited after the backup', updatedAt: '2026-06-01T00:00:00.000Z' } as typeof entry);
    await db().people.put({ ...journal.people[0]!, id: 'c0000000-0000-4000-8000-000000000009', name: 'Added after' });

    const preview = await previewRestore(backup);
    expect(preview.merge.tables.entries).toMatchObject({ added: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(preview.replace.tables.entries).toMatchObject({ added: 0, updated: 1, unchanged: 2, removed: 0 });
    expect(preview.replace.tables.people).toMatchObject({ added: 0, updated: 0, unchanged: 1, removed: 1 });

    await applyRestore(backup, 'merge');
    expect((await db().entries.get(entry.id))!.updatedAt).toBe('2026-06-01T00:00:00.000Z');
    expect(await db().people.count()).toBe(2);
    await applyRestore(backup, 'replace');
    // Restoring is a save: the entry edited after the backup (revision 1, stored without a number)
    // comes back as revision 2, so a form opened on the edited version notices the restore.
    const restored = { ...journal, entries: journal.entries.map((e) => (e.id === entry.id ? { ...e, rev: 2 } : e)) };
    expect(sorted((await snapshot()).data)).toEqual(sorted(restored));
  });

  it('all or nothing: a write failing in the last table rolls back every table', async () => {
    const before = sampleJournal();
    before.entries = before.entries.slice(0, 1);
    before.pathAnswers = [];
    await store(before);
    const stored = sorted((await snapshot()).data);
    const { backup } = await createBackup('0.1.0');
    // The backup to restore adds two entries and a path answer; writing pathAnswers (the last table) fails.
    const bigger = { ...backup, data: sampleJournal() };
    db().pathAnswers.hook('creating', () => {
      throw new Error('simulated disk failure');
    });
    await expect(applyRestore(bigger, 'replace')).rejects.toThrow('simulated disk failure');
    expect(sorted((await snapshot()).data)).toEqual(stored);
    expect(await db().entries.count()).toBe(1);
  });

  it('writes in chunks inside the one transaction, reporting progress, and keeps revisions and tombstones as a save does', async () => {
    const journal = sampleJournal();
    const reflection = journal.entries[0]!;
    // 4,500 entries: three chunks of at most 2,000.
    const many = Array.from({ length: 4_500 }, (_, i) => ({ ...reflection, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    await store({ ...journal, entries: [reflection] });
    // The first of the many was deleted before (tombstone at revision 5); the sample reflection is stored at revision 3.
    await db().deletions.put({ table: 'entries', id: many[0]!.id, rev: 5, deletedAt: '2026-02-01T00:00:00.000Z' });
    await db().entries.put({ ...reflection, rev: 3 });
    const { backup } = await createBackup('0.1.0');
    const seen: { done: number; total: number }[] = [];
    await applyRestore(
      { ...backup, counts: { ...backup.counts, entries: 4_500 }, data: { ...backup.data, entries: many } },
      'replace',
      (p) => seen.push(p),
    );
    // 4,500 entries written and the sample reflection removed: 4,501 in all; the other tables are unchanged.
    expect(seen).toEqual([0, 1, 2_001, 4_001, 4_501].map((done) => ({ done, total: 4_501 })));
    expect(await db().entries.count()).toBe(4_500);
    // The revived entry moves past its tombstone, which is gone; the removed reflection leaves one at revision 4.
    expect((await db().entries.get(many[0]!.id))!.rev).toBe(6);
    expect(await db().deletions.get(['entries', many[0]!.id])).toBeUndefined();
    expect((await db().deletions.get(['entries', reflection.id]))!.rev).toBe(4);
    expect((await db().entries.get(many[1]!.id))!.rev).toBeUndefined();
  });

  it('leaves a damaged stored record out of the backup and reports it, without touching it', async () => {
    await store(sampleJournal());
    await db().entries.put({ id: 'd0000000-0000-4000-8000-000000000001', kind: 'reflection', title: '' } as never);
    const { backup, damaged } = await createBackup('0.1.0');
    expect(damaged.map((d) => [d.table, d.key])).toEqual([['entries', 'd0000000-0000-4000-8000-000000000001']]);
    expect(backup.counts.entries).toBe(3);
    expect(await db().entries.count()).toBe(4);
  });

  it('deletes the database (drafts and tombstones too), erases its files, reports what each table held, and opens an empty one', async () => {
    await store(sampleJournal());
    await db().drafts.put({ key: 'entry:new:reflection', value: { title: 'half' }, savedAt: '2026-03-01T10:00:00.000Z' });
    const calls: string[] = [];
    const result = await deleteAllData(async () => {
      // The database is already gone when the files are erased.
      calls.push(`erase with ${(await Dexie.getDatabaseNames()).filter((n) => n === db().name).length} databases named ${db().name}`);
      return true;
    });
    expect(calls).toEqual([`erase with 0 databases named ${db().name}`]);
    expect(result).toEqual({ counts: { entries: 3, people: 1, settings: 1, checkIns: 1, targets: 1, pathAnswers: 1 }, filesErased: true });
    expect(await countAll()).toEqual({ entries: 0, people: 0, settings: 0, checkIns: 0, targets: 0, pathAnswers: 0 });
    expect(await db().drafts.count()).toBe(0);
  });

  it('does not wait for a storage erase that never answers: the journal is deleted and usable, the files reported as not erased', async () => {
    await store(sampleJournal());
    const result = await deleteAllData(() => new Promise<boolean>(() => {}), 50);
    expect(result.filesErased).toBe(false);
    expect(result.counts.entries).toBeGreaterThan(0);
    expect(await countAll()).toEqual({ entries: 0, people: 0, settings: 0, checkIns: 0, targets: 0, pathAnswers: 0 });
  });

  it('a corrupt backup is refused before anything is written', async () => {
    await store(sampleJournal());
    const { json } = await createBackup('0.1.0');
    const corrupt = json.replace('"Ada Okafor"', '42');
    expect(() => readBackupFile(corrupt)).toThrow(InputError);
    expect(await countAll()).toEqual({ entries: 3, people: 1, settings: 1, checkIns: 1, targets: 1, pathAnswers: 1 });
  });
});
