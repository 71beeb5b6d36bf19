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

/** The row's `updatedAt` when it is a string (as the merge compares it); undefined otherwise. */
function stampOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function updatedAtOf(row: TableRow): string | undefined {
  return stampOf((row as { updatedAt?: unknown }).updatedAt);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Left out of an object by JSON (and written as null in an array). */
const notJson = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A value as JSON writes it in an array: what JSON leaves out, and numbers it cannot write, are null. */
const asJsonItem = (v: unknown) => (notJson(v) || (typeof v === 'number' && !Number.isFinite(v)) ? null : v);

/**
 * Whether two values have the same stableStringify text, without writing either: no text is made
 * (comparing rows of a full journal made megabytes of it). Anything but plain objects, arrays and
 * primitives (a Date, bytes) is compared by its text. `skip` names a top-level key left out.
 */
export function sameJson(a: unknown, b: unknown, skip?: string): boolean {
  // At the top, what JSON leaves out gives no text at all (in an array, it is null).
  if (notJson(a) || notJson(b)) return stableStringify(a) === stableStringify(b);
  return jsonEqual(a, b, skip);
}

function jsonEqual(a: unknown, b: unknown, skip?: string): boolean {
  const x = asJsonItem(a);
  const y = asJsonItem(b);
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return false;
    // Indexes, not every(): a hole is null in JSON and must be compared too.
    for (let i = 0; i < x.length; i++) if (!jsonEqual(x[i], y[i])) return false;
    return true;
  }
  if (!isPlainObject(x) || !isPlainObject(y)) return stableStringify(x) === stableStringify(y);
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => k !== skip && !notJson(o[k]));
  const kx = keys(x);
  if (kx.length !== keys(y).length) return false;
  for (const k of kx) if (!Object.hasOwn(y, k) || notJson(y[k]) || !jsonEqual(x[k], y[k])) return false;
  return true;
}

/**
 * Same content, whatever the revision counter says (an older backup has none; the database numbers
 * its own saves). Two different `updatedAt` strings settle it at once.
 */
function sameContent(a: TableRow, b: TableRow): boolean {
  const stampA = updatedAtOf(a);
  const stampB = updatedAtOf(b);
  if (stampA !== undefined && stampB !== undefined && stampA !== stampB) return false;
  return sameJson(a, b, 'rev');
}

/**
 * Whether the incoming row should replace the current one in a merge: only when it is strictly
 * newer. Rows without a timestamp (settings) keep the current value, so a merge never silently
 * overwrites the person's present profile. Being strictly newer, it also differs in content.
 */
function incomingWins(current: string | undefined, incoming: string | undefined): boolean {
  if (current === undefined || incoming === undefined) return false;
  return Date.parse(incoming) > Date.parse(current);
}

/** What a plan does with one stored row: write the backup's row over it, leave it, or remove it. */
export type StoredVerdict = 'updated' | 'unchanged' | 'removed';

/**
 * Plans one table a stored row at a time, so the journal is never held whole: the data layer
 * streams the stored rows through it (or, for a merge, only their keys and `updatedAt` from an
 * index: a merge decides on timestamps alone), then asks for the plan. Every stored key must be
 * seen once, in key order (the order of `remove`).
 */
export class TablePlanner {
  private readonly incoming = new Map<string, TableRow>();
  /** The stored keys the backup also holds: whether its row is written over the stored one. */
  private readonly overlap = new Map<string, boolean>();
  private readonly removals: string[] = [];

  constructor(
    private readonly table: TableName,
    private readonly rows: readonly TableRow[],
    readonly mode: RestoreMode,
  ) {
    for (const r of rows) this.incoming.set(rowKey(table, r), r);
  }

  /** A stored row, whole (a damaged one too: a replace writes the backup's row over it). */
  seeRow(row: TableRow): StoredVerdict {
    const key = rowKey(this.table, row);
    const mine = this.incoming.get(key);
    if (mine === undefined) return this.absent(key);
    const write = this.mode === 'merge' ? incomingWins(updatedAtOf(row), updatedAtOf(mine)) : !sameContent(row, mine);
    return this.decide(key, write);
  }

  /**
   * A stored row known by its key and its `updatedAt` as stored (undefined when it has none, or
   * none an index holds). Enough for a merge; a replace needs the row (`seeRow`) to tell an
   * unchanged row from one changed under the same timestamp, so this throws for one.
   */
  seeStamp(key: string, updatedAt: unknown): StoredVerdict {
    if (this.mode !== 'merge') throw new Error('A replace plans from the stored rows themselves');
    const mine = this.incoming.get(key);
    if (mine === undefined) return this.absent(key);
    return this.decide(key, incomingWins(stampOf(updatedAt), updatedAtOf(mine)));
  }

  /** Whether the backup holds a row with this key. */
  holds(key: string): boolean {
    return this.incoming.has(key);
  }

  private absent(key: string): StoredVerdict {
    if (this.mode === 'merge') return 'unchanged';
    this.removals.push(key);
    return 'removed';
  }

  private decide(key: string, write: boolean): StoredVerdict {
    this.overlap.set(key, write);
    return write ? 'updated' : 'unchanged';
  }

  /** The table's plan, from every stored row seen: the backup's rows in their order, then the removals. */
  plan(): TablePlan {
    const plan: TablePlan = { added: 0, updated: 0, unchanged: 0, removed: this.removals.length, put: [], remove: this.removals };
    for (const row of this.rows) {
      const write = this.overlap.get(rowKey(this.table, row));
      if (write === undefined) {
        plan.added++;
        plan.put.push(row);
      } else if (write) {
        plan.updated++;
        plan.put.push(row);
      } else plan.unchanged++;
    }
    return plan;
  }
}

/** Plans restoring `incoming` over `current` (held whole: tests, small journals) in the given mode, table by table. */
export function planRestore(current: BackupData, incoming: BackupData, mode: RestoreMode): RestorePlan {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((t) => {
      const planner = new TablePlanner(t, incoming[t], mode);
      for (const row of current[t] as TableRow[]) planner.seeRow(row);
      return [t, planner.plan()];
    }),
  ) as Record<TableName, TablePlan>;
  return { mode, tables };
}

/** True when applying the plan would change nothing. */
export function planChangesNothing(plan: RestorePlan): boolean {
  return TABLE_NAMES.every((t) => plan.tables[t].put.length === 0 && plan.tables[t].remove.length === 0);
}
