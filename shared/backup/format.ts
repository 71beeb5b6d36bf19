/**
 * The backup file format: a versioned envelope around every table of the journal. `BackupData`
 * is THE list of tables: a table added to the database is added here (and to TABLE_KEYS and
 * TABLE_LABELS, which the compiler then demands), with a new format version and an upgrade step
 * in migrate.ts. A test compares this list with the Dexie tables.
 */
import { z } from 'zod';
import { CheckIn, Entry, IsoDateTime, PathAnswers, Person, SettingRow, SkillTarget } from '../schemas';
import { built, lazySchema } from '../schemas/lazy';

export const BACKUP_FORMAT = 'sextant-backup';
/** The format version this app writes. 1 held the journal tables only; 2 added skills and path answers. */
export const CURRENT_FORMAT_VERSION = 2;
/**
 * Most rows accepted per table: five times a decade of daily journalling with imports (100,000
 * entries is a heavy real journal); stops a hostile file early.
 */
export const MAX_ROWS_PER_TABLE = 500_000;
/**
 * Largest backup file accepted, checked before anything is read. 100,000 entries with long texts
 * make about 200 MB; 300 MB keeps room above that while an encrypted copy (a third larger, as
 * base64) still fits in one JavaScript string (at most 2^29 - 24 characters in Chromium).
 */
export const MAX_BACKUP_BYTES = 300_000_000;

const rows = <T extends z.ZodType>(schema: T) => z.array(schema).max(MAX_ROWS_PER_TABLE, `at most ${MAX_ROWS_PER_TABLE} rows per table`);

/** Every table, as arrays of its records. Like every schema here, built on first use (shared/schemas/lazy.ts). */
export const BackupData = lazySchema(() =>
  z.strictObject({
    entries: rows(built(Entry)),
    people: rows(built(Person)),
    settings: rows(built(SettingRow)),
    checkIns: rows(built(CheckIn)),
    targets: rows(built(SkillTarget)),
    pathAnswers: rows(built(PathAnswers)),
  }),
);
export type BackupData = z.infer<typeof BackupData>;
export type TableName = keyof BackupData;
export type TableRow = BackupData[TableName][number];

/** The primary key of each table (the same as the Dexie schema's first field), in BackupData's order. */
export const TABLE_KEYS: Record<TableName, string> = {
  entries: 'id',
  people: 'id',
  settings: 'key',
  checkIns: 'id',
  targets: 'skill',
  pathAnswers: 'id',
};

/** The table names, in the order the backup writes them (BackupData's; a test checks the two agree). */
export const TABLE_NAMES = Object.keys(TABLE_KEYS) as TableName[];

/** What each table holds, for previews. */
export const TABLE_LABELS: Record<TableName, string> = {
  entries: 'Journal entries',
  people: 'People',
  settings: 'Settings',
  checkIns: 'Skill check-ins',
  targets: 'Skill targets',
  pathAnswers: 'Path questionnaire answers',
};

/** The primary key of one row of a table. */
export function rowKey(table: TableName, row: TableRow): string {
  return String((row as unknown as Record<string, unknown>)[TABLE_KEYS[table]]);
}

const Counts = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(Object.fromEntries(Object.keys(shape).map((k) => [k, z.number().int().nonnegative()])) as { [K in keyof S]: z.ZodNumber });

/** A problem found outside zod, with its path in the file. */
export interface BackupIssue {
  path: (string | number)[];
  message: string;
}

/** Checks what zod can't: counts match the data (a truncated or edited file), and no key appears twice in a table. */
export function consistencyIssues(counts: Record<string, number>, data: Record<string, readonly unknown[]>): BackupIssue[] {
  const out: BackupIssue[] = [];
  for (const [table, list] of Object.entries(data)) {
    const keyField = TABLE_KEYS[table as TableName];
    if (counts[table] !== list.length) {
      out.push({
        path: ['counts', table],
        message: `says ${counts[table]} but the file holds ${list.length} (the file may be incomplete or edited)`,
      });
    }
    const seen = new Map<string, number>();
    list.forEach((row, i) => {
      const key = String((row as Record<string, unknown>)[keyField]);
      const first = seen.get(key);
      if (first !== undefined)
        out.push({ path: ['data', table, i, keyField], message: `is also used by record ${first + 1} of the same list` });
      else seen.set(key, i);
    });
  }
  return out;
}

/** The envelope's fields around the data (format, versions, time, counts). */
const envelopeFields = <D extends z.ZodObject, V extends number>(version: V, data: D) => ({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(version),
  appVersion: z.string().max(50),
  exportedAt: built(IsoDateTime),
  counts: Counts(data.shape),
});

const envelope = <D extends z.ZodObject, V extends number>(version: V, data: D) =>
  z.strictObject({ ...envelopeFields(version, data), data }).superRefine((env, ctx) => {
    const { counts, data: tables } = env as unknown as { counts: Record<string, number>; data: Record<string, unknown[]> };
    for (const issue of consistencyIssues(counts, tables)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** Format version 1: the journal tables of the first database schema. */
export const BackupDataV1 = lazySchema(() => built(BackupData).pick({ entries: true, people: true, settings: true }));
export const BackupV1 = lazySchema(() => envelope(1, built(BackupDataV1)));
export type BackupV1 = z.infer<typeof BackupV1>;

/** The current format. */
export const Backup = lazySchema(() => envelope(CURRENT_FORMAT_VERSION, built(BackupData)));
export type Backup = z.infer<typeof Backup>;

/**
 * The current format with each table's rows left unchecked (only counted): the envelope is
 * checked with this first, then the rows in chunks (shared/backup/read.ts), so a large backup
 * is checked step by step with progress and the same problems are reported.
 */
export const BackupShell = lazySchema(() =>
  z.strictObject({
    ...envelopeFields(CURRENT_FORMAT_VERSION, built(BackupData)),
    data: z.strictObject(
      Object.fromEntries(
        TABLE_NAMES.map((t) => [t, z.array(z.unknown()).max(MAX_ROWS_PER_TABLE, `at most ${MAX_ROWS_PER_TABLE} rows per table`)]),
      ) as {
        [K in TableName]: z.ZodArray<z.ZodUnknown>;
      },
    ),
  }),
);

/** Row counts per table. */
export function countRows(data: BackupData): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, data[t].length])) as Record<TableName, number>;
}

/** Wraps the data in the current envelope. `exportedAt` is passed in (shared code never reads the clock). */
export function makeBackup(data: BackupData, appVersion: string, exportedAt: string): Backup {
  return { format: BACKUP_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, appVersion, exportedAt, counts: countRows(data), data };
}

/** The backup as the text written to disk (indented, so it is readable and diffs well). */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}
