/**
 * Planning a restore against the stored journal without holding it whole. A merge decides on
 * timestamps: for a table with an `updatedAt` index it reads only the primary keys and that index
 * (kept in clear on an encrypted journal, so nothing is decrypted). A replace must tell an
 * unchanged row from one changed under the same timestamp, and numbers its writes and tombstones
 * past the stored revisions, so it streams the stored rows a chunk at a time and keeps only the
 * revision of each row it will write over or remove. Runs inside the caller's transaction.
 */
import type { Table } from 'dexie';
import { rowKey, TABLE_NAMES, type BackupData, type TableName, type TableRow } from '../../shared/backup/format';
import { TablePlanner, type RestoreMode, type RestorePlan, type TablePlan } from '../../shared/backup/plan';
import { REVISED_TABLES, type RevisedTable } from '../../shared/schemas';
import { db } from './db';
import { eachKeyPage } from './keyPages';

/** Stored rows read per step when a plan needs the rows themselves. */
const READ_CHUNK = 2_000;

/** The revision of each stored row a replace writes over or removes (undefined: stored without one, read as 1). */
export type StoredRevisions = Map<string, number | undefined>;

export interface StoredPlan {
  plan: RestorePlan;
  /**
   * Per revised table, the stored revisions the plan needs, when the planning read the rows (a
   * replace). Absent for a merge planned from keys and timestamps: applying it reads the rows it
   * writes over.
   */
  revisions: Partial<Record<RevisedTable, StoredRevisions>>;
}

const isRevised = (t: TableName): t is RevisedTable => (REVISED_TABLES as readonly string[]).includes(t);

/** A merge's plan of one table from its primary keys and its `updatedAt` index (no row is read). */
async function planFromStamps(table: Table, planner: TablePlanner): Promise<TablePlan> {
  const stamps = new Map<string, unknown>();
  await table.orderBy('updatedAt').eachKey((stamp, cursor) => {
    const key = String(cursor.primaryKey);
    if (planner.holds(key)) stamps.set(key, stamp);
  });
  for (const key of (await table.toCollection().primaryKeys()) as unknown[]) planner.seeStamp(String(key), stamps.get(String(key)));
  return planner.plan();
}

/** A table's plan from its stored rows, streamed; fills `revisions` (when given) for the rows written over or removed. */
async function planFromRows(table: Table, planner: TablePlanner, revisions: StoredRevisions | undefined, size: number): Promise<TablePlan> {
  // Synchronous per page: the reads alone keep the caller's transaction open.
  await eachKeyPage(table as Table<TableRow, string>, size, (rows) => {
    for (const row of rows) {
      const verdict = planner.seeRow(row);
      if (revisions && verdict !== 'unchanged') revisions.set(rowKey(table.name as TableName, row), (row as { rev?: number }).rev);
    }
  });
  return planner.plan();
}

/** Plans restoring `incoming` in `mode` against the journal as stored (inside the caller's transaction). */
export async function planAgainstStore(incoming: BackupData, mode: RestoreMode, size = READ_CHUNK): Promise<StoredPlan> {
  const tables = {} as Record<TableName, TablePlan>;
  const revisions: StoredPlan['revisions'] = {};
  for (const t of TABLE_NAMES) {
    const table = db().table(t);
    const planner = new TablePlanner(t, incoming[t], mode);
    if (mode === 'merge' && table.schema.idxByName.updatedAt) tables[t] = await planFromStamps(table, planner);
    else {
      const revs = isRevised(t) ? new Map<string, number | undefined>() : undefined;
      if (revs) revisions[t as RevisedTable] = revs;
      tables[t] = await planFromRows(table, planner, revs, size);
    }
  }
  return { plan: { mode, tables }, revisions };
}
