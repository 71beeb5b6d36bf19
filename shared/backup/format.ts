/**
 * The backup file format: a versioned envelope around every table of the journal. `BackupData`
 * is THE list of tables: a table added to the database is added here (and to TABLE_KEYS and
 * TABLE_LABELS, which the compiler then demands), with a new format version and an upgrade step
 * in migrate.ts. A test compares this list with the Dexie tables.
 */
import { z } from 'zod';
import { CheckIn, Entry, IsoDateTime, PathAnswers, Person, SettingRow, SkillTarget } from '../schemas';

export const BACKUP_FORMAT = 'sextant-backup';
/** The format version this app writes. 1 held the journal tables only; 2 added skills and path answers. */
export const CURRENT_FORMAT_VERSION = 2;
/** Most rows accepted per table (far above any real journal; stops a hostile file early). */
export const MAX_ROWS_PER_TABLE = 100_000;
/** Largest backup file accepted, checked before parsing. */
export const MAX_BACKUP_BYTES = 100_000_000;

const rows = <T extends z.ZodType>(schema: T) => z.array(schema).max(MAX_ROWS_PER_TABLE, `at most ${MAX_ROWS_PER_TABLE} rows per table`);

/** Every table, as arrays of its records. */
export const BackupData = z.strictObject({
  entries: rows(Entry),
  people: rows(Person),
  settings: rows(SettingRow),
  checkIns: rows(CheckIn),
  targets: rows(SkillTarget),
  pathAnswers: rows(PathAnswers),
});
export type BackupData = z.infer<typeof BackupData>;
export type TableName = keyof BackupData;
export type TableRow = BackupData[TableName][number];

/** The table names, in the order the backup writes them. */
export const TABLE_NAMES = Object.keys(BackupData.shape) as TableName[];

/** The primary key of each table (the same as the Dexie schema's first field). */
export const TABLE_KEYS: Record<TableName, string> = {
  entries: 'id',
  people: 'id',
  settings: 'key',
  checkIns: 'id',
  targets: 'skill',
  pathAnswers: 'id',
};

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

/** Checks what zod can't: counts match the data (a truncated or edited file), and no key appears twice in a table. */
function checkConsistency(
  env: { counts: Record<string, number>; data: Record<string, unknown[]> },
  ctx: z.RefinementCtx,
  keys: Record<string, string>,
): void {
  for (const [table, list] of Object.entries(env.data)) {
    if (env.counts[table] !== list.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['counts', table],
        message: `says ${env.counts[table]} but the file holds ${list.length} (the file may be incomplete or edited)`,
      });
    }
    const seen = new Map<string, number>();
    list.forEach((row, i) => {
      const key = String((row as Record<string, unknown>)[keys[table]!]);
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['data', table, i, keys[table]!],
          message: `is also used by record ${first + 1} of the same list`,
        });
      else seen.set(key, i);
    });
  }
}

const envelope = <D extends z.ZodObject, V extends number>(version: V, data: D, keys: Record<string, string>) =>
  z
    .strictObject({
      format: z.literal(BACKUP_FORMAT),
      formatVersion: z.literal(version),
      appVersion: z.string().max(50),
      exportedAt: IsoDateTime,
      counts: Counts(data.shape),
      data,
    })
    .superRefine((env, ctx) => checkConsistency(env as never, ctx, keys));

/** Format version 1: the journal tables of the first database schema. */
export const BackupDataV1 = BackupData.pick({ entries: true, people: true, settings: true });
export const BackupV1 = envelope(1, BackupDataV1, TABLE_KEYS);
export type BackupV1 = z.infer<typeof BackupV1>;

/** The current format. */
export const Backup = envelope(CURRENT_FORMAT_VERSION, BackupData, TABLE_KEYS);
export type Backup = z.infer<typeof Backup>;

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
