/**
 * Reading a backup file step by step, so a journal of 100,000 entries (about 200 MB) is read with
 * progress and without holding up a screen: the file's size, encoding and JSON safety first, then
 * the envelope, then every table's records in chunks, then the counts and keys. The steps are a
 * generator: a worker (renderer/data/backupFile.worker.ts) reports each step as progress, and
 * `readBackupFile` runs them all at once. The problems found are the same as one zod pass over
 * the whole file would report, located the same way (`data.entries[41].date`).
 */
import { InputError, type InputProblem } from '../errors';
import { issueSentence, plainProblems, valueAt } from '../problemSentences';
import { parseJsonSafely } from '../safeJson';
import {
  type Backup,
  BackupData,
  BackupShell,
  consistencyIssues,
  CURRENT_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  TABLE_NAMES,
  type TableName,
} from './format';
import { BACKUP_WHAT, CANT_RESTORE, formatVersionOf, migrateBackup } from './migrate';
import { backupPlace } from './places';

/** Records checked between two progress reports. */
export const CHECK_CHUNK = 2_000;
/** Problems listed at most (a file that is wrong everywhere says so without a list of a million lines). */
const MAX_PROBLEMS = 100;

/** Where reading stands: the file parsed, then `done` of `total` records checked. */
export type ReadProgress = { phase: 'parse' } | { phase: 'check'; done: number; total: number };

/** Reads and checks a backup file's bytes (or text) step by step; the generator's return value is the backup. */
export function* readBackupSteps(input: Uint8Array | string): Generator<ReadProgress, Backup> {
  yield { phase: 'parse' };
  const raw = parseJsonSafely(input, { maxBytes: MAX_BACKUP_BYTES, what: BACKUP_WHAT });
  // Older formats are small (they predate large journals): they are upgraded in one pass.
  if (formatVersionOf(raw) < CURRENT_FORMAT_VERSION) return migrateBackup(raw);
  const shell = BackupShell.safeParse(raw);
  const problems: InputProblem[] = [];
  let tables: Record<TableName, unknown[]>;
  if (shell.success) tables = shell.data.data;
  else {
    // A header problem alone (a date, a count): the records are still checked, so every problem is told at once.
    problems.push(...plainProblems(shell.error, raw, backupPlace));
    const found = shell.error.issues.every((i) => i.path[0] !== 'data') ? recordLists(raw) : null;
    if (!found) throw new InputError(CANT_RESTORE, problems.slice(0, MAX_PROBLEMS));
    tables = found;
  }
  const total = TABLE_NAMES.reduce((n, t) => n + tables[t].length, 0);
  const data = {} as Record<string, unknown[]>;
  let done = 0;
  for (const table of TABLE_NAMES) {
    const rows = tables[table];
    const schema = BackupData.shape[table].element;
    const valid: unknown[] = (data[table] = new Array<unknown>(rows.length));
    for (let start = 0; start < rows.length; start += CHECK_CHUNK) {
      const end = Math.min(rows.length, start + CHECK_CHUNK);
      for (let i = start; i < end; i++) {
        const row = rows[i];
        const r = schema.safeParse(row);
        // The parsed copy is let go as soon as it is checked, so a large file is not held twice.
        rows[i] = undefined;
        if (r.success) valid[i] = r.data;
        else if (problems.length < MAX_PROBLEMS)
          for (const issue of r.error.issues) {
            const { where, field } = backupPlace(['data', table, i, ...issue.path]);
            problems.push({ where, message: issueSentence(issue, field, valueAt(row, issue.path)) });
          }
      }
      done += end - start;
      yield { phase: 'check', done, total };
    }
  }
  if (problems.length || !shell.success) throw new InputError(CANT_RESTORE, problems.slice(0, MAX_PROBLEMS));
  const consistency = consistencyIssues(shell.data.counts, data);
  if (consistency.length)
    throw new InputError(
      CANT_RESTORE,
      consistency.slice(0, MAX_PROBLEMS).map((p) => {
        const { where, field } = backupPlace(p.path);
        return { where, message: `${field || 'it'} ${p.message}` };
      }),
    );
  return { ...shell.data, data: data as BackupData };
}

/** The file's record lists, when `data` holds one array per table (the shell checked nothing else was wrong there). */
function recordLists(raw: unknown): Record<TableName, unknown[]> | null {
  const data = (raw as { data?: unknown }).data;
  if (data === null || typeof data !== 'object') return null;
  const lists = data as Record<string, unknown>;
  return TABLE_NAMES.every((t) => Array.isArray(lists[t])) ? (lists as Record<TableName, unknown[]>) : null;
}

/** Reads a backup file's bytes (or text) in one go: size, encoding, JSON safety, format version, every record. */
export function readBackupFile(input: Uint8Array | string): Backup {
  const steps = readBackupSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
