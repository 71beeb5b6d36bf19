/**
 * Planning a restore without touching anything: which rows of each table would be added,
 * updated, left as they are or removed. Applying the plan is the data layer's job (in one
 * transaction); the plan itself is pure, so the preview and the write agree by construction.
 */
import { rowKey, TABLE_NAMES, type BackupData, type TableName, type TableRow } from './format';

/** Replace: the journal becomes exactly the backup. Merge: rows are combined; for the same key the newer `updatedAt` wins. */
export type RestoreMode = 'replace' | 'merge';

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface TablePlan extends TableCounts {
  /** Rows to write (new or changed). */
  put: TableRow[];
  /** Keys to delete. */
  remove: string[];
}

export type RestorePlan = { mode: RestoreMode; tables: Record<TableName, TablePlan> };

/** JSON with object keys sorted, so two records with the same content compare equal whatever their key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Same content, whatever the revision counter says (an older backup has none; the database numbers its own saves). */
function sameContent(a: TableRow, b: TableRow): boolean {
  const { rev: _a, ...restA } = a as { rev?: number };
  const { rev: _b, ...restB } = b as { rev?: number };
  return stableStringify(restA) === stableStringify(restB);
}

function updatedAtOf(row: TableRow): string | undefined {
  const v = (row as { updatedAt?: unknown }).updatedAt;
  return typeof v === 'string' ? v : undefined;
}

/**
 * Whether the incoming row should replace the current one in a merge: only when it is strictly
 * newer. Rows without a timestamp (settings) keep the current value, so a merge never silently
 * overwrites the person's present profile.
 */
function incomingWins(current: TableRow, incoming: TableRow): boolean {
  const a = updatedAtOf(current);
  const b = updatedAtOf(incoming);
  if (a === undefined || b === undefined) return false;
  return Date.parse(b) > Date.parse(a);
}

function planTable(table: TableName, current: readonly TableRow[], incoming: readonly TableRow[], mode: RestoreMode): TablePlan {
  const byKey = new Map(current.map((r) => [rowKey(table, r), r]));
  const plan: TablePlan = { added: 0, updated: 0, unchanged: 0, removed: 0, put: [], remove: [] };
  const incomingKeys = new Set<string>();
  for (const row of incoming) {
    const key = rowKey(table, row);
    incomingKeys.add(key);
    const existing = byKey.get(key);
    if (existing === undefined) {
      plan.added++;
      plan.put.push(row);
    } else if (sameContent(existing, row) || (mode === 'merge' && !incomingWins(existing, row))) {
      plan.unchanged++;
    } else {
      plan.updated++;
      plan.put.push(row);
    }
  }
  if (mode === 'replace') {
    for (const key of byKey.keys()) {
      if (!incomingKeys.has(key)) {
        plan.removed++;
        plan.remove.push(key);
      }
    }
  }
  return plan;
}

/** Plans restoring `incoming` over `current` in the given mode, table by table. */
export function planRestore(current: BackupData, incoming: BackupData, mode: RestoreMode): RestorePlan {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, planTable(t, current[t] as TableRow[], incoming[t] as TableRow[], mode)]),
  ) as Record<TableName, TablePlan>;
  return { mode, tables };
}

/** True when applying the plan would change nothing. */
export function planChangesNothing(plan: RestorePlan): boolean {
  return TABLE_NAMES.every((t) => plan.tables[t].put.length === 0 && plan.tables[t].remove.length === 0);
}
