import { describe, expect, it } from 'vitest';
import { Backup, BackupData, CURRENT_FORMAT_VERSION, makeBackup, serializeBackup, TABLE_NAMES } from '../../../shared/backup/format';
import { migrateBackup } from '../../../shared/backup/migrate';
import { readBackupFile } from '../../../shared/backup/read';
import { InputError } from '../../../shared/errors';
import { sampleJournal } from './sampleJournal';

const EXPORTED = '2026-02-01T10:00:00.000Z';

function problemsOf(fn: () => unknown): { summary: string; problems: { where: string; message: string }[] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return { summary: e.message, problems: [...e.problems] };
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('backup envelope', () => {
  it('writes format name, version 2, app version, export time and counts per table', () => {
    const b = makeBackup(sampleJournal(), '0.1.0', EXPORTED);
    expect(b.format).toBe('sextant-backup');
    expect(b.formatVersion).toBe(2);
    expect(CURRENT_FORMAT_VERSION).toBe(2);
    expect(b.counts).toEqual({ entries: 3, people: 1, settings: 1, checkIns: 1, targets: 1, pathAnswers: 1 });
    expect(TABLE_NAMES).toEqual(['entries', 'people', 'settings', 'checkIns', 'targets', 'pathAnswers']);
    // The names come from TABLE_KEYS (no schema built to list them): the same tables, in BackupData's order.
    expect(TABLE_NAMES).toEqual(Object.keys(BackupData.shape));
  });

  it('reads back exactly what it wrote', () => {
    const b = makeBackup(sampleJournal(), '0.1.0', EXPORTED);
    expect(readBackupFile(new TextEncoder().encode(serializeBackup(b)))).toEqual(b);
  });

  it('migrates a format 1 backup (journal tables only) by adding the later tables empty', () => {
    const { entries, people, settings } = sampleJournal();
    const v1 = {
      format: 'sextant-backup',
      formatVersion: 1,
      appVersion: '0.0.9',
      exportedAt: EXPORTED,
      counts: { entries: 3, people: 1, settings: 1 },
      data: { entries, people, settings },
    };
    const b = readBackupFile(JSON.stringify(v1));
    expect(b.formatVersion).toBe(2);
    expect(b.appVersion).toBe('0.0.9');
    expect(b.counts).toEqual({ entries: 3, people: 1, settings: 1, checkIns: 0, targets: 0, pathAnswers: 0 });
    expect(b.data.entries).toEqual(entries);
    expect(b.data.checkIns).toEqual([]);
    expect(Backup.safeParse(b).success).toBe(true);
  });

  it('refuses a format 1 backup that already holds a later table (strict objects)', () => {
    const { entries, people, settings, checkIns } = sampleJournal();
    const v1 = {
      format: 'sextant-backup',
      formatVersion: 1,
      appVersion: '0.0.9',
      exportedAt: EXPORTED,
      counts: { entries: 3, people: 1, settings: 1 },
      data: { entries, people, settings, checkIns },
    };
    const { problems } = problemsOf(() => migrateBackup(v1));
    expect(problems).toEqual([{ where: 'The backup', message: 'the data has a field Sextant does not know: “checkIns”' }]);
  });

  it('refuses a newer format version with a clear message', () => {
    const b = { ...makeBackup(sampleJournal(), '9.0.0', EXPORTED), formatVersion: 3 };
    const { summary, problems } = problemsOf(() => readBackupFile(JSON.stringify(b)));
    expect(summary).toMatch(/^This backup was made by a newer version of Sextant/);
    expect(problems).toEqual([
      { where: "The backup's header", message: 'it is format 3; this app reads formats up to 2. Update Sextant, then restore it again' },
    ]);
  });

  it('refuses a file that is not a Sextant backup', () => {
    const { problems } = problemsOf(() => readBackupFile('{"entries": []}'));
    expect(problems[0]!.where).toBe('The file');
    expect(problems[0]!.message).toMatch(/not a Sextant backup/);
  });

  it('names the path of a bad record', () => {
    const b = makeBackup(sampleJournal(), '0.1.0', EXPORTED);
    (b.data.entries[1] as { date: string }).date = '2026-02-30';
    const { problems } = problemsOf(() => readBackupFile(JSON.stringify(b)));
    expect(problems).toEqual([{ where: 'Journal entry 2 of the backup', message: 'the date “2026-02-30” is not a date like 2026-03-14' }]);
  });

  it('refuses counts that disagree with the data (a truncated or edited file)', () => {
    const b = makeBackup(sampleJournal(), '0.1.0', EXPORTED);
    b.data.entries.pop();
    const { problems } = problemsOf(() => readBackupFile(JSON.stringify(b)));
    expect(problems).toEqual([
      {
        where: "The backup's header",
        message: 'the count of journal entries says 3 but the file holds 2 (the file may be incomplete or edited)',
      },
    ]);
  });

  it('refuses two records with the same key in one table', () => {
    const b = makeBackup(sampleJournal(), '0.1.0', EXPORTED);
    b.data.people.push({ ...b.data.people[0]!, name: 'Someone else' });
    b.counts.people = 2;
    const { problems } = problemsOf(() => readBackupFile(JSON.stringify(b)));
    expect(problems).toEqual([{ where: 'Person 2 of the backup', message: 'the id is also used by record 1 of the same list' }]);
  });

  it('refuses unknown fields in a record (strict objects)', () => {
    const b = makeBackup(sampleJournal(), '0.1.0', EXPORTED);
    (b.data.targets[0] as Record<string, unknown>).extra = 1;
    const { problems } = problemsOf(() => readBackupFile(JSON.stringify(b)));
    expect(problems).toEqual([{ where: 'Skill target 1 of the backup', message: 'it has a field Sextant does not know: “extra”' }]);
  });

  it('refuses a truncated file, naming the line and column where it ends', () => {
    const text = serializeBackup(makeBackup(sampleJournal(), '0.1.0', EXPORTED));
    const cut = text.slice(0, 200);
    const { problems } = problemsOf(() => readBackupFile(cut));
    const lines = cut.split('\n');
    expect(problems).toEqual([
      { where: `line ${lines.length}, column ${lines.at(-1)!.length + 1}`, message: 'this is not valid JSON (is the file complete?)' },
    ]);
  });
});
