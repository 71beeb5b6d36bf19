/**
 * Backups against the live database: a consistent snapshot of every table, and a restore that
 * applies its plan in ONE read-write transaction over all tables, so any error (a failing write,
 * a quota error, a bug) rolls the whole restore back and the journal stays exactly as it was.
 */
import Dexie, { type IndexableType, type Table } from 'dexie';
import {
  BackupData,
  makeBackup,
  serializeBackup,
  TABLE_KEYS,
  TABLE_NAMES,
  type Backup,
  type TableName,
  type TableRow,
} from '../../shared/backup/format';
import { type RestoreMode, type RestorePlan } from '../../shared/backup/plan';
import { planAgainstStore, type StoredRevisions } from './restorePlanning';
import { problemsFromZod, type InputProblem } from '../../shared/errors';
import { REVISED_TABLES, type RevisedTable } from '../../shared/schemas';
import { isEncrypted, setPlain } from '../crypto/session';
import { db, SextantDB, setDatabase } from './db';
import { copyNames } from './encryption/journalEncryption';
import { searchIndexStore } from './searchIndex';
import { forgetReadProblems, noteReadProblem, readProblems } from './records';
import { tombstoneFor, withNextRev } from './revisions';
import { AggregateBatch, aggregateTables, replaceAggregates } from './aggregates';
import { nowIso } from './ids';
import { writeInChunks } from './chunkedWrites';
import { eachKeyPage } from './keyPages';
import { whenIdleAfter } from '../platform/idle';
import { computeAggregates, type Aggregates } from '../../shared/aggregates';

/** A stored record that no longer matches its schema: left out of backups, and reported, never deleted. */
export interface DamagedRecord {
  table: TableName;
  key: string;
  problems: InputProblem[];
  /** The record as stored. */
  row: unknown;
}

/** Every table the backup covers, as Dexie tables (the backup's list is the one list). */
export function backupTables(): Table[] {
  const d = db();
  return TABLE_NAMES.map((t) => d.table(t));
}

/** Reads every row of every table as stored (inside the caller's transaction, if any). */
async function readRaw(): Promise<Record<TableName, TableRow[]>> {
  const out = {} as Record<TableName, TableRow[]>;
  for (const t of TABLE_NAMES) out[t] = (await db().table(t).toArray()) as TableRow[];
  return out;
}

/** A consistent snapshot of the journal: valid records per table, and any damaged ones found. */
export async function snapshot(): Promise<{ data: BackupData; damaged: DamagedRecord[] }> {
  return splitValid(await db().transaction('r', backupTables(), readRaw));
}

// Per database: the one full check of every table this session (see findDamagedRecords).
const fullChecks = new WeakMap<object, Promise<void>>();
/** Rows per read in that check: each read and the validation of its rows is a short task. */
const CHECK_PAGE = 250;

/** The next idle moment of the page (at most `ms` away). */
const idleMoment = (ms: number) => new Promise<void>((resolve) => whenIdleAfter(0, resolve, ms));

/**
 * Reads every table once per database and session, noting each damaged record in readProblems:
 * a page of rows at a time, each page at an idle moment, so that opening Settings on a large
 * journal neither holds the page in one long task (every record read and validated at once: over
 * half a second at 10,000 entries) nor holds the whole journal in memory (issue 12). A record
 * written while the check goes on is checked as it was read, or by the read that meets it later.
 */
function checkEveryRecordOnce(): Promise<void> {
  const d = db();
  let check = fullChecks.get(d);
  if (!check) {
    check = (async () => {
      for (const t of TABLE_NAMES)
        await eachKeyPage(d.table<TableRow, IndexableType>(t), CHECK_PAGE, async (rows) => {
          for (const row of rows) {
            const r = BackupData.shape[t].element.safeParse(row);
            if (!r.success) noteReadProblem(t, rowKey(t, row), problemsFromZod(r.error), false);
          }
          await idleMoment(200);
        });
    })();
    // A failed check is tried again next time.
    check.catch(() => fullChecks.delete(d));
    fullChecks.set(d, check);
  }
  return check;
}

/**
 * Every stored record that no longer matches its schema. Every table is read once per session;
 * after that the list comes from readProblems (which every read of the repositories fills) and
 * only those records are read again, to drop the ones repaired or deleted since.
 */
export async function findDamagedRecords(): Promise<DamagedRecord[]> {
  await checkEveryRecordOnce();
  const known = readProblems
    .filter((p) => (TABLE_NAMES as readonly string[]).includes(p.table))
    .map((p) => ({ table: p.table as TableName, key: String(p.id) }));
  if (known.length === 0) return [];
  const rows = await db().transaction('r', backupTables(), () => Promise.all(known.map((k) => db().table(k.table).get(k.key))));
  const damaged: DamagedRecord[] = [];
  const gone: { table: TableName; key: string }[] = [];
  known.forEach((k, i) => {
    const row: unknown = rows[i];
    const r = row === undefined ? null : BackupData.shape[k.table].element.safeParse(row);
    if (r === null || r.success) gone.push(k);
    else damaged.push({ ...k, problems: problemsFromZod(r.error), row });
  });
  forgetReadProblems(gone);
  return damaged;
}

/** A stored row's primary key, as a string. */
const rowKey = (table: TableName, row: TableRow): string => String((row as unknown as Record<string, unknown>)[TABLE_KEYS[table]]);

/** Sorts stored rows into the valid records of each table and the damaged ones. */
function splitValid(raw: Record<TableName, TableRow[]>): { data: BackupData; damaged: DamagedRecord[] } {
  const damaged: DamagedRecord[] = [];
  const data = {} as Record<TableName, unknown[]>;
  for (const t of TABLE_NAMES) {
    data[t] = [];
    for (const row of raw[t]) {
      const r = BackupData.shape[t].element.safeParse(row);
      if (r.success) data[t].push(r.data);
      else
        damaged.push({
          table: t,
          key: rowKey(t, row),
          problems: problemsFromZod(r.error),
          row,
        });
    }
  }
  return { data: data as BackupData, damaged };
}

/** Whether a stored row of a table matches its schema. */
function isValidRow(table: TableName, row: unknown): boolean {
  return BackupData.shape[table].element.safeParse(row).success;
}

/**
 * Deletes damaged records, each only if it is still damaged when deleted (a record repaired
 * meanwhile, by a restore say, stays). One transaction; returns how many were deleted.
 */
export async function deleteDamagedRecords(records: readonly Pick<DamagedRecord, 'table' | 'key'>[]): Promise<number> {
  const deleted = await db().transaction('rw', backupTables(), async () => {
    let n = 0;
    for (const { table, key } of records) {
      const row: unknown = await db().table(table).get(key);
      if (row === undefined || isValidRow(table, row)) continue;
      await db().table(table).delete(key);
      n++;
    }
    return n;
  });
  forgetReadProblems(records);
  return deleted;
}

/** A full backup of the journal as JSON text, with the records that could not be included. */
export async function createBackup(appVersion: string): Promise<{ backup: Backup; json: string; damaged: DamagedRecord[] }> {
  const { data, damaged } = await snapshot();
  const backup = makeBackup(data, appVersion, nowIso());
  return { backup, json: serializeBackup(backup), damaged };
}

/** What restoring would do in each mode, against the journal as it is now (nothing is written). */
export async function previewRestore(backup: Backup): Promise<Record<RestoreMode, RestorePlan>> {
  return db().transaction('r', backupTables(), async () => ({
    replace: (await planAgainstStore(backup.data, 'replace')).plan,
    merge: (await planAgainstStore(backup.data, 'merge')).plan,
  }));
}

/** Rows written per bulk write inside a restore's transaction; progress is reported between them. */
const WRITE_CHUNK = 2_000;

/** How far a restore is: `done` of `total` records written or removed. */
export interface RestoreProgress {
  done: number;
  total: number;
}

/**
 * Restores a validated backup: plans against the journal as it is inside the transaction, then
 * deletes and writes in bulk, a chunk at a time (reporting progress between chunks), all in ONE
 * transaction: all or nothing, whatever the size. Returns the plan that was applied.
 *
 * The backup's records were validated when the file was read (shared/backup/read.ts), so they are
 * not checked again here. A replace makes the entries exactly the backup's, so the derived data
 * is computed once from them and written whole; a merge changes the rows its entries touch.
 */
export async function applyRestore(
  backup: Backup,
  mode: RestoreMode,
  onProgress: (p: RestoreProgress) => void = () => {},
  /** Rows per bulk write (tests use small chunks to exercise several). */
  chunkSize = WRITE_CHUNK,
): Promise<RestorePlan> {
  return db().transaction('rw', [...backupTables(), db().deletions, ...aggregateTables()], async () => {
    // Planning against raw rows means a damaged record is also replaced or removed in replace mode.
    // The stored journal is never held whole: see restorePlanning.ts.
    const { plan, revisions } = await planAgainstStore(backup.data, mode);
    const total = TABLE_NAMES.reduce((n, t) => n + plan.tables[t].put.length + plan.tables[t].remove.length, 0);
    let done = 0;
    onProgress({ done, total });
    // With encryption on, the next chunk is sealed in the page while IndexedDB writes this one.
    const ahead = isEncrypted() ? 1 : 0;
    const inChunks = <T>(rows: readonly T[], write: (chunk: T[]) => PromiseLike<unknown>) =>
      writeInChunks(
        rows,
        chunkSize,
        write,
        (n) => {
          done += n;
          onProgress({ done, total });
        },
        ahead,
      );
    // Each entry written by a merge, with the version it replaces (a merge removes nothing).
    const merged: [before: unknown, after: TableRow][] = [];
    // A replace's derived data, computed from the backup's entries while IndexedDB writes the
    // first chunk of them (the page would otherwise compute it with the database idle, at the end).
    let replaced: Aggregates | undefined;
    for (const t of TABLE_NAMES) {
      const { put, remove } = plan.tables[t];
      const table = db().table(t);
      if (!isRevised(t)) {
        await inChunks(remove, (keys) => table.bulkDelete(keys));
        await inChunks(put, (rows) => table.bulkPut(rows));
        continue;
      }
      // A restore is a save like any other: removals leave tombstones, and every restored record
      // moves past the stored revision (and past a tombstone of the same id), so a form opened
      // before the restore notices it.
      const storedOf = storedVersions(t, revisions[t]);
      const tombs = new Map((await tombstonesOf(t)).map((x) => [x.id, x]));
      const deletedAt = nowIso();
      await inChunks(remove, (ids) =>
        storedOf(ids).then((stored) =>
          Dexie.Promise.all([
            table.bulkDelete(ids),
            db().deletions.bulkPut(stored.flatMap((s) => (s ? [tombstoneFor(t, s, deletedAt)] : []))),
          ]),
        ),
      );
      await inChunks(put as unknown as Revised[], (rows) =>
        storedOf(rows.map((r) => r.id)).then((stored) => {
          const revived = rows.filter((r) => tombs.has(r.id)).map((r): [RevisedTable, string] => [t, r.id]);
          const written = rows.map((r, i) => withNextRev(r, stored[i], tombs.get(r.id)));
          if (t === 'entries' && mode === 'merge') written.forEach((r, i) => merged.push([stored[i], r as unknown as TableRow]));
          const writing = Dexie.Promise.all([revived.length ? db().deletions.bulkDelete(revived) : undefined, table.bulkPut(written)]);
          if (t === 'entries' && mode === 'replace') replaced ??= computeAggregates(backup.data.entries);
          return writing;
        }),
      );
    }
    if (mode === 'merge') {
      // The derived data follows every merged entry, each of its rows read and written once.
      const aggregates = new AggregateBatch();
      await aggregates.changeMany(merged, { afterValid: true });
      await aggregates.flush();
    } else await replaceAggregates(replaced ?? computeAggregates(backup.data.entries));
    return plan;
  });
}

type Revised = { id: string; updatedAt: string; rev?: number };

/**
 * The stored versions under some ids of a revised table, for the writes of one chunk: from the
 * revisions the planning kept (a replace: all that is needed of them), or read (a merge, planned
 * from timestamps; its entries' old versions also update the derived data). Undefined: none stored.
 */
function storedVersions(
  t: RevisedTable,
  revisions: StoredRevisions | undefined,
): (ids: string[]) => PromiseLike<({ id: string; rev?: number | undefined } | undefined)[]> {
  if (!revisions) return (ids) => db().table(t).bulkGet(ids) as PromiseLike<(Revised | undefined)[]>;
  return (ids) => Dexie.Promise.resolve(ids.map((id) => (revisions.has(id) ? { id, rev: revisions.get(id) } : undefined)));
}

/** The tombstones of one table's deletions. */
const tombstonesOf = (t: RevisedTable) => db().deletions.where('[table+id]').between([t, Dexie.minKey], [t, Dexie.maxKey]).toArray();

const isRevised = (t: TableName): t is RevisedTable => (REVISED_TABLES as readonly string[]).includes(t);

/** The storage erase after Delete all data answers within a second or two; a slower one is not waited for. */
const ERASE_WAIT_MS = 10_000;

/**
 * Deletes the whole database (every table, drafts and tombstones included), not only its rows,
 * then has `eraseFiles` remove the storage files (the storage engine keeps a deleted database's
 * text in them until it compacts), then opens a new, empty database. Returns how many records
 * each table held and whether the files were erased.
 */
export async function deleteAllData(
  eraseFiles: () => Promise<boolean>,
  /** How long the erase may take before the report goes ahead without it (the database itself is already gone then). */
  eraseWaitMs = ERASE_WAIT_MS,
): Promise<{ counts: Record<TableName, number>; filesErased: boolean }> {
  const counts = await countAll();
  const d = db();
  // The search index may be building (after a restore, say): it stops before the database goes,
  // so its next read does not fail on the deleted database, and starts again on the empty one.
  const indexed = searchIndexStore.getState().status !== 'idle';
  searchIndexStore.stop();
  await d.delete();
  // An encrypted journal's keyring went with it: what is written from now on is plain, in the
  // plain copy's database (the encrypted copy is not recreated).
  setPlain();
  const { plain } = copyNames(d.name);
  const fresh = d.name === plain ? d : new SextantDB(plain);
  if (fresh !== d) setDatabase(fresh);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const filesErased = await Promise.race([
    eraseFiles().catch(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), eraseWaitMs))),
  ]);
  clearTimeout(timer);
  await fresh.open();
  if (indexed) void searchIndexStore.start(fresh).catch(() => undefined);
  return { counts, filesErased };
}

/** How many records each table holds. */
export async function countAll(): Promise<Record<TableName, number>> {
  const out = {} as Record<TableName, number>;
  await db().transaction('r', backupTables(), async () => {
    for (const t of TABLE_NAMES) out[t] = await db().table(t).count();
  });
  return out;
}
