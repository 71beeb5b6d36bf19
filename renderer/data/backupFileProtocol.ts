import { type Backup, TABLE_NAMES, type TableName } from '../../shared/backup/format';
import { readBackupSteps, type ReadProgress } from '../../shared/backup/read';
import { InputError, type InputProblem } from '../../shared/errors';

/**
 * What the page and the backup-reading worker say to each other. The page sends the file; the
 * worker answers with progress while it parses and checks, then the checked backup: its envelope,
 * then each table's rows in chunks (so the page takes them in small steps, never one long pause),
 * then `done`; or the problems that stop it.
 */
export type ToBackupReader = { input: Uint8Array | string };
export type FromBackupReader =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'envelope'; envelope: Omit<Backup, 'data'> }
  | { type: 'rows'; table: TableName; rows: unknown[] }
  | { type: 'done' }
  | { type: 'error'; summary: string; problems: InputProblem[] }
  | { type: 'failed'; message: string };

/** Rows per message back to the page. */
const ROWS_PER_MESSAGE = 5_000;

/** The worker's side: reads the file, posting every step (runs in the worker, or in the page where workers are missing). */
export function readInWorker(input: Uint8Array | string, post: (msg: FromBackupReader) => void): void {
  let backup: Backup;
  try {
    const steps = readBackupSteps(input);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        backup = step.value;
        break;
      }
      post({ type: 'progress', progress: step.value });
    }
  } catch (e) {
    if (e instanceof InputError) post({ type: 'error', summary: e.summary, problems: [...e.problems] });
    else post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  const { data, ...envelope } = backup;
  post({ type: 'envelope', envelope });
  for (const table of TABLE_NAMES) {
    const rows = data[table] as unknown[];
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) post({ type: 'rows', table, rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
  }
  post({ type: 'done' });
}
