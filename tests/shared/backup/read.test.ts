import { describe, expect, it } from 'vitest';
import { makeBackup, MAX_BACKUP_BYTES, serializeBackup } from '../../../shared/backup/format';
import { readBackupFile, readBackupSteps, type ReadProgress } from '../../../shared/backup/read';
import { InputError } from '../../../shared/errors';
import { sampleJournal } from './sampleJournal';

const EXPORTED = '2026-02-01T10:00:00.000Z';

/** A journal of `n` entries: the sample's reflection under n different ids. */
function journalOf(n: number) {
  const journal = sampleJournal();
  const reflection = journal.entries[0]!;
  journal.entries = Array.from({ length: n }, (_, i) => ({ ...reflection, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
  return journal;
}

/** Runs every step, returning the progress reported and the backup (or the InputError). */
function run(input: Uint8Array | string): { steps: ReadProgress[]; result: unknown } {
  const steps: ReadProgress[] = [];
  const it = readBackupSteps(input);
  try {
    for (;;) {
      const s = it.next();
      if (s.done) return { steps, result: s.value };
      steps.push(s.value);
    }
  } catch (e) {
    return { steps, result: e };
  }
}

describe('reading a backup step by step', () => {
  it('reports parsing, then the records checked in chunks of 2,000, table after table, and returns the backup', () => {
    const backup = makeBackup(journalOf(4_500), '0.1.0', EXPORTED);
    const { steps, result } = run(serializeBackup(backup));
    // 4,500 entries, then one record in each of the other five tables: 4,505 in all.
    expect(steps).toEqual([
      { phase: 'parse' },
      ...[2_000, 4_000, 4_500, 4_501, 4_502, 4_503, 4_504, 4_505].map((done) => ({ phase: 'check', done, total: 4_505 })),
    ]);
    expect(result).toEqual(backup);
  });

  it('names a bad record in a later chunk by its place in the file', () => {
    const backup = makeBackup(journalOf(4_500), '0.1.0', EXPORTED);
    // Only the 3,001st entry's date is broken.
    let seen = 0;
    const text = serializeBackup(backup).replace(/"date": "2026-01-05"/g, (m) => (++seen === 3_001 ? '"date": "5 January"' : m));
    const { result } = run(text);
    expect(result).toBeInstanceOf(InputError);
    expect((result as InputError).summary).toBe("This backup can't be restored");
    expect((result as InputError).problems).toEqual([
      { where: 'Journal entry 3001 of the backup', message: 'the date “5 January” is not a date like 2026-03-14' },
    ]);
  });

  it('still finds counts that do not match and keys that appear twice', () => {
    const backup = makeBackup(journalOf(3), '0.1.0', EXPORTED);
    const twice = {
      ...backup,
      counts: { ...backup.counts, entries: 4 },
      data: { ...backup.data, people: [backup.data.people[0]!, backup.data.people[0]!] },
    };
    expect(() => readBackupFile(JSON.stringify(twice))).toThrow(
      "This backup can't be restored: The backup's header: the count of journal entries says 4 but the file holds 3 (the file may be incomplete or edited); The backup's header: the count of people says 1 but the file holds 2 (the file may be incomplete or edited); Person 2 of the backup: the id is also used by record 1 of the same list",
    );
  });

  it('refuses a file over the limit (300 MB) before reading a byte of it', () => {
    expect(MAX_BACKUP_BYTES).toBe(300_000_000);
    const { steps, result } = run(new Uint8Array(MAX_BACKUP_BYTES + 1));
    expect(steps).toEqual([{ phase: 'parse' }]);
    expect((result as InputError).summary).toBe('This backup is too large');
    expect((result as InputError).problems).toEqual([{ where: 'The file', message: 'it is just over the limit; the limit is 300 MB' }]);
  });
});
