import type { IndexableType, Table } from 'dexie';
import { chunkSize } from './searchWorkerReads';

/**
 * Reads every row of `table` in primary-key order, a page at a time, by keyset paging: each page
 * is one ranged read starting just past the last key read, so every read is short however large
 * the table. `size` is the rows per read, or the sizes of the successive reads (the last one
 * repeated). Each page is handed to `visit` and let go; the next is read once `visit` returns, or
 * once the promise it returns settles, and `visit` giving false stops the reading. Inside a Dexie
 * transaction `visit` must be synchronous (awaiting anything but IndexedDB commits it): the reads
 * alone then keep the transaction open. Resolves true once every row was visited, false if
 * `visit` stopped it.
 */
export async function eachKeyPage<T, K extends IndexableType, Insert = T>(
  table: Table<T, K, Insert>,
  size: number | readonly number[],
  visit: (rows: T[]) => boolean | void | Promise<boolean | void>,
): Promise<boolean> {
  const keyPath = table.schema.primKey.keyPath as string;
  let last: K | undefined;
  for (let read = 0; ; read++) {
    const limit = chunkSize(size, read);
    const rows = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(limit).toArray();
    if (rows.length === 0) return true;
    const verdict = visit(rows);
    if ((verdict instanceof Promise ? await verdict : verdict) === false) return false;
    if (rows.length < limit) return true;
    last = (rows[rows.length - 1] as Record<string, K>)[keyPath];
  }
}
