import type { Table } from 'dexie';
import type { z } from 'zod';
import { parseOrThrow, problemsFromZod, type InputProblem } from '../../shared/errors';
import { TABLE_KEYS } from '../../shared/backup/format';
import { newId, nowIso } from './ids';

/** A record as a form hands it over: without the stored metadata (an id means "update this one"). */
export type Draft<T extends { id: string; createdAt: string; updatedAt: string }> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & {
  id?: string;
  createdAt?: string;
};

/**
 * Adds id, timestamps and the next revision to a draft and validates the whole record; throws
 * InputError before anything is written. A draft with a rev is an edit of that revision.
 */
export function stampAndValidate<T extends { id: string; createdAt: string; updatedAt: string }>(
  schema: z.ZodType<T>,
  draft: Draft<T>,
  what: string,
): T {
  const now = nowIso();
  const base = (draft as { rev?: number }).rev;
  const rev = base === undefined ? 1 : base + 1;
  const record = { ...draft, id: draft.id ?? newId(), createdAt: draft.createdAt ?? now, updatedAt: now, rev };
  return parseOrThrow(schema, record, `This ${what} can't be saved`);
}

/** Problems found in stored records while reading (kept so the UI can tell the person; the records are not touched). */
export const readProblems: { table: string; id: unknown; problems: InputProblem[] }[] = [];

const readProblemListeners = new Set<() => void>();

/** Calls `listener` whenever a read finds a record it has not reported before; returns an unsubscribe function. */
export function onReadProblem(listener: () => void): () => void {
  readProblemListeners.add(listener);
  return () => readProblemListeners.delete(listener);
}

/** Forgets the read problems of records that were deleted (so a later read reports them afresh if they come back). */
export function forgetReadProblems(records: readonly { table: string; key: string }[]): void {
  for (let i = readProblems.length - 1; i >= 0; i--) {
    const p = readProblems[i]!;
    if (records.some((r) => r.table === p.table && r.key === String(p.id))) readProblems.splice(i, 1);
  }
}

/**
 * Notes a damaged record in readProblems unless it is there already; returns whether it was new.
 * `notify` false keeps it quiet (the Damaged records panel noting what its own check found).
 */
export function noteReadProblem(table: string, id: unknown, problems: InputProblem[], notify = true): boolean {
  if (readProblems.some((p) => p.table === table && p.id === id)) return false;
  readProblems.push({ table, id, problems });
  if (notify) for (const l of readProblemListeners) l();
  return true;
}

/** The primary key of a stored row (tables keyed by another field name it in TABLE_KEYS). */
function keyOf(row: unknown, table: string): unknown {
  const field = (TABLE_KEYS as Record<string, string>)[table] ?? 'id';
  return (row as Record<string, unknown> | null | undefined)?.[field];
}

/** Parses stored rows, keeping the valid ones; a corrupt row is reported, never deleted. */
export function readValid<T>(schema: z.ZodType<T>, rows: unknown[], table: string): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else noteReadProblem(table, keyOf(row, table), problemsFromZod(r.error));
  }
  return out;
}

/**
 * Like `readValid` for rows the app derived and wrote itself (the aggregates): a row that passes
 * the quick `looksValid` check is used as it is, without a full parse; any other row is parsed by
 * the schema, kept when valid, reported when not (never deleted).
 */
export function readDerived<T>(schema: z.ZodType<T>, looksValid: (row: unknown) => boolean, rows: unknown[], table: string): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const kept = looksValid(row) ? (row as T) : readOne(schema, row, table);
    if (kept !== undefined) out.push(kept);
  }
  return out;
}

/**
 * Like `readValid` with a quick check first (shared/schemas/quick.ts), for records read by the
 * hundred on a screen's arrival: `quick` gives what the schema would give for a row it keeps as it
 * is; any other row is parsed by the schema, kept when valid, reported when not (never deleted).
 */
export function readQuick<T>(schema: z.ZodType<T>, quick: (row: unknown) => T | undefined, rows: unknown[], table: string): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const kept = quick(row) ?? readOne(schema, row, table);
    if (kept !== undefined) out.push(kept);
  }
  return out;
}

/** Reads the rows with these keys and keeps the valid ones (missing keys are left out, corrupt rows reported). */
export async function readByIds<T>(schema: z.ZodType<T>, table: Table<unknown, string>, ids: readonly string[]): Promise<T[]> {
  const rows = await table.bulkGet([...ids]);
  return readValid(
    schema,
    rows.filter((r) => r !== undefined),
    table.name,
  );
}

/** Parses one stored row; undefined when missing or corrupt (and reported). */
export function readOne<T>(schema: z.ZodType<T>, row: unknown, table: string): T | undefined {
  return row === undefined ? undefined : readValid(schema, [row], table)[0];
}
