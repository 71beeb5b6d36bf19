import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { z } from 'zod';
import { db, type SextantDB } from './db';
import { readQuick } from './records';

/**
 * Records read by id for the search screen (the check of a saved index's hits, each row's excerpt),
 * shared: a read that asks for a record already being read, or read since the last write to the
 * journal, takes that one instead of reading and parsing it again. On a start from the saved
 * index the screen's own search, the one asked ahead and those asked again as the index fills
 * check much the same hits at once, and the rows then read them for their excerpts; each read
 * its own copy of the same records, slowing the first answer (issue 12).
 *
 * Nothing read before a write is given after it: any change to the journal's records (this
 * window's or another's, Dexie's `storagemutated`) empties the store, so a read under way then
 * is joined by no read asked after it. The store holds at most MAX_KEPT records (the page's
 * memory, and the records of a locked journal go with the page, which locking reloads).
 */
const MAX_KEPT = 1_000;

/** Per table, each record's read by id: its promise (undefined once read: the record is gone or damaged). */
const kept = new Map<string, Map<string, Promise<unknown>>>();
/** The database the kept records come from. */
let source: SextantDB | null = null;
let watching = false;

function forget(): void {
  kept.clear();
}

/** A change to the entries or people (of any journal: the event names the database in each key, `idb://<name>/<table>/…`). */
const touchesRecords = (parts: Record<string, unknown>): boolean =>
  Object.keys(parts).some((k) => /^idb:\/\/.*\/(entries|people)\//.test(k));

function storeOf(table: string): Map<string, Promise<unknown>> {
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', (parts) => touchesRecords(parts) && forget());
  }
  if (source !== db()) {
    source = db();
    forget();
  }
  const store = kept.get(table) ?? new Map<string, Promise<unknown>>();
  kept.set(table, store);
  return store;
}

/**
 * The valid records with these ids (each once, in no set order; missing ones left out, damaged
 * ones reported as any read does), read together with those other reads are making or have made
 * since the last change to the records.
 */
export async function readSharedByIds<T extends { id: string }>(
  schema: z.ZodType<T>,
  quick: (row: unknown) => T | undefined,
  table: Table<unknown, string>,
  ids: Iterable<string>,
): Promise<T[]> {
  const store = storeOf(table.name);
  const wanted = [...new Set(ids)];
  const reads = wanted.map((id) => store.get(id) as Promise<T | undefined> | undefined);
  const missing = wanted.filter((_, i) => !reads[i]);
  if (missing.length > 0) {
    if (store.size + missing.length > MAX_KEPT) store.clear();
    const read = table.bulkGet(missing).then(
      (rows) =>
        new Map(
          readQuick(
            schema,
            quick,
            rows.filter((r) => r !== undefined),
            table.name,
          ).map((r) => [r.id, r]),
        ),
    );
    wanted.forEach((id, i) => {
      if (reads[i]) return;
      const one = read.then((found) => found.get(id));
      store.set(id, one);
      // A failed read is not kept: the next one asks again.
      one.catch(() => store.get(id) === one && store.delete(id));
      reads[i] = one;
    });
  }
  // Every one asked for is being read now.
  const records = await Promise.all(reads as Promise<T | undefined>[]);
  return records.filter((r) => r !== undefined);
}

/** Forgets every record kept (tests). */
export function forgetSharedReads(): void {
  forget();
}
