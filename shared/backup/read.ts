/**
 * Reading a backup file step by step, so a journal of 100,000 entries (about 200 MB) is read with
 * progress and without holding up a screen: the file's size, encoding and JSON safety first, then
 * the envelope, then every table's records in chunks, then the counts and keys. The steps are a
 * generator: a worker (renderer/data/backupFile.worker.ts) reports each step as progress, and
 * `readBackupFile` runs them all at once. The problems found are the same as one zod pass over
 * the whole file would report, located the same way (`data.entries[41].date`).
 */
import { formatPath, InputError, type InputProblem, problemsFromZod } from '../errors';
import { parseJsonSafely } from '../safeJson';
import { type Backup, BackupData, BackupShell, consistencyIssues, CURRENT_FORMAT_VERSION, MAX_BACKUP_BYTES, TABLE_NAMES } from './format';
import { BACKUP_WHAT, CANT_RESTORE, formatVersionOf, migrateBackup } from './migrate';

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
  if (!shell.success) throw new InputError(CANT_RESTORE, problemsFromZod(shell.error));
  const total = TABLE_NAMES.reduce((n, t) => n + shell.data.data[t].length, 0);
  const problems: InputProblem[] = [];
  const data = {} as Record<string, unknown[]>;
  let done = 0;
  for (const table of TABLE_NAMES) {
    const rows = shell.data.data[table];
    const schema = BackupData.shape[table].element;
    const valid: unknown[] = (data[table] = new Array<unknown>(rows.length));
    for (let start = 0; start < rows.length; start += CHECK_CHUNK) {
      const end = Math.min(rows.length, start + CHECK_CHUNK);
      for (let i = start; i < end; i++) {
        const r = schema.safeParse(rows[i]);
        // The parsed copy is let go as soon as it is checked, so a large file is not held twice.
        rows[i] = undefined;
        if (r.success) valid[i] = r.data;
        else if (problems.length < MAX_PROBLEMS)
          for (const issue of r.error.issues)
            problems.push({ where: formatPath(['data', table, i, ...issue.path]), message: issue.message });
      }
      done += end - start;
      yield { phase: 'check', done, total };
    }
  }
  if (problems.length) throw new InputError(CANT_RESTORE, problems.slice(0, MAX_PROBLEMS));
  const consistency = consistencyIssues(shell.data.counts, data);
  if (consistency.length)
    throw new InputError(
      CANT_RESTORE,
      consistency.slice(0, MAX_PROBLEMS).map((p) => ({ where: formatPath(p.path), message: p.message })),
    );
  return { ...shell.data, data: data as BackupData };
}

/** Reads a backup file's bytes (or text) in one go: size, encoding, JSON safety, format version, every record. */
export function readBackupFile(input: Uint8Array | string): Backup {
  const steps = readBackupSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
