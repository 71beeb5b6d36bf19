/**
 * Conflict-safe writes for records with revisions (entries, people). A save names the revision it
 * was based on; when the stored record moved on (another window, a stale Undo) or was deleted, it
 * throws SaveConflictError with both versions and writes nothing. Deletions leave tombstones.
 */
import { applyPatch, revOf, type Patch } from '../../shared/revisions';
import type { RevisedTable, Tombstone } from '../../shared/schemas';
import { upkeepEntryWrite, entryWriteScope, type AggregateBatch } from './aggregates';
import { db } from './db';
import { nowIso } from './ids';

interface Revised {
  id: string;
  rev?: number | undefined;
  updatedAt: string;
}

/** A save that would have overwritten a newer version, or brought back a deleted record. */
export class SaveConflictError<T extends object = object> extends Error {
  constructor(
    readonly table: RevisedTable,
    /** What the person tried to save (validated, not written). */
    readonly mine: T,
    /** The stored version now; null when the record was deleted. */
    readonly theirs: T | null,
    /** The fields a patch found moved on (for patches only). */
    readonly moved: readonly string[] = [],
  ) {
    super(
      theirs === null
        ? 'This record was deleted elsewhere since it was opened; nothing was saved'
        : 'This record was changed elsewhere since it was opened; nothing was saved',
    );
    this.name = 'SaveConflictError';
  }
}

/** How a save treats a stored version that moved on: refuse (the default) or overwrite it (the person chose "keep mine"). */
export interface SaveOptions {
  overwrite?: boolean;
}

const tableOf = <T extends Revised>(name: RevisedTable) => db().table<T, string>(name);

/**
 * The revision a draft was based on: the rev it carries (every stored record has one, so every
 * form editing one passes it on); null for a new record, which nothing stored can conflict with.
 */
export function baseRevOf(draft: { rev?: number | undefined }): number | null {
  return draft.rev ?? null;
}

/**
 * Writes `record` (stamped, rev = base + 1) if the stored record is still at `baseRev` (null: a
 * new record). Runs inside the caller's transaction when there is one; the caller's transaction
 * must include the record's table and `deletions` (and, for entries, the aggregates: see
 * `entryWriteScope`). An entry's change goes into `batch` when given (the caller flushes it),
 * otherwise it is applied to the aggregates at once.
 */
export async function putChecked<T extends Revised>(
  name: RevisedTable,
  record: T,
  baseRev: number | null,
  options: SaveOptions = {},
  batch?: AggregateBatch,
): Promise<T> {
  const table = tableOf<T>(name);
  const stored = await table.get(record.id);
  const tomb = await db().deletions.get([name, record.id]);
  if (baseRev !== null && !options.overwrite) {
    if (stored && revOf(stored) !== baseRev) throw new SaveConflictError(name, record, stored);
    // Deleted since it was opened (with or without a tombstone: older deletions left none).
    if (!stored) throw new SaveConflictError(name, record, null);
  }
  const written = withNextRev(record, stored, tomb);
  if (tomb) await db().deletions.delete([name, record.id]);
  await table.put(written);
  if (name === 'entries') await upkeepEntryWrite(stored, written, batch);
  return written;
}

/**
 * The record as written over `stored` (and past `tomb`, a deletion of the same id): its revision
 * moves past both, so a form opened on an older version notices the write.
 */
export function withNextRev<T extends Revised>(
  record: T,
  stored: { rev?: number | undefined } | undefined,
  tomb: Tombstone | undefined,
): T {
  const rev = Math.max(revOf(record), stored ? revOf(stored) + 1 : 1, tomb ? tomb.rev + 1 : 1);
  // A record without a rev (an older backup) stays without one while it is the first version (revOf reads it as 1).
  return record.rev === undefined && rev === 1 ? record : { ...record, rev };
}

/** The tombstone a deletion of `existing` (its id and revision are enough) leaves. */
export function tombstoneFor(name: RevisedTable, existing: { id: string; rev?: number | undefined }, deletedAt: string): Tombstone {
  return { table: name, id: existing.id, rev: revOf(existing) + 1, deletedAt };
}

/**
 * Deletes a record and leaves its tombstone (inside the caller's transaction, if any; for entries
 * it includes the aggregates, whose change goes into `batch` when given); returns the deleted record.
 */
export async function deleteWithTombstone<T extends Revised>(
  name: RevisedTable,
  id: string,
  batch?: AggregateBatch,
): Promise<T | undefined> {
  const table = tableOf<T>(name);
  const existing = await table.get(id);
  if (!existing) return undefined;
  await table.delete(id);
  await db().deletions.put(tombstoneFor(name, existing, nowIso()));
  if (name === 'entries') await upkeepEntryWrite(existing, undefined, batch);
  return existing;
}

/**
 * Puts a deleted record back as it was (Undo of a delete) unless something was stored under its
 * id since; the restored record's revision moves past the tombstone's.
 */
export async function undeleteChecked<T extends Revised>(name: RevisedTable, record: T): Promise<T> {
  return db().transaction('rw', [tableOf<T>(name), ...entryWriteScope()], async () => {
    const stored = await tableOf<T>(name).get(record.id);
    if (stored) throw new SaveConflictError(name, record, stored);
    // Back exactly as it was (its place in the timeline too); only the revision moves on.
    return putChecked(name, record, null);
  });
}

/**
 * Applies one announced change (a patch) to the stored record: only the fields it names, and only
 * while they still hold the values the change started from. `validate` checks the patched record.
 */
export async function patchChecked<T extends Revised>(
  name: RevisedTable,
  id: string,
  patch: Patch<T>,
  validate: (record: T) => T,
): Promise<T> {
  return db().transaction('rw', [tableOf<T>(name), ...entryWriteScope()], async () => {
    const stored = await tableOf<T>(name).get(id);
    if (!stored) throw new SaveConflictError(name, { id, ...patch.after } as T, null);
    const result = applyPatch(stored, patch);
    if (!result.ok) throw new SaveConflictError(name, { ...stored, ...patch.after }, stored, result.moved);
    const record = validate({ ...result.record, updatedAt: nowIso(), rev: revOf(stored) + 1 });
    await tableOf<T>(name).put(record);
    if (name === 'entries') await upkeepEntryWrite(stored, record);
    return record;
  });
}

/** Where a record stands now: its stored version, or null when it is gone (deleted, with or without a tombstone). */
export async function storedVersion<T extends Revised>(name: RevisedTable, id: string): Promise<T | null> {
  return (await tableOf<T>(name).get(id)) ?? null;
}
