import { isSealed, openRecord } from '../crypto/records';

/**
 * The search worker's own reads of a plain (unencrypted) journal, straight from IndexedDB: the
 * rows are read, deserialised and indexed in the worker, so a build or a check of a saved index
 * costs the page nothing and each row is copied once (not read in the page, then copied to the
 * worker). The next chunk is requested before the worker indexes the one it has, so the disk and
 * the indexing overlap. Sealed records (encryption on) are opened here with a copy of the data key
 * that the page sends with the read (the worker zeroes it once the read is over; locking reloads
 * the window, worker and all): their decryption costs the page nothing either. Without a key, or
 * when a sealed record cannot be opened, the read throws WorkerReadUnavailable and the page reads
 * through its database instead (which says what is wrong).
 */

/** The worker cannot read this journal itself (sealed records, no such database, no IndexedDB): the page reads it. */
export class WorkerReadUnavailable extends Error {
  constructor(detail: string) {
    super(`The search worker cannot read the journal itself: ${detail}`);
    this.name = 'WorkerReadUnavailable';
  }
}

/** Opens an existing database by name, at its current version; never creates or upgrades one. */
export function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new WorkerReadUnavailable('no IndexedDB here.'));
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch (e) {
      // Storage is not available to this context (a security error, for one).
      return reject(new WorkerReadUnavailable(e instanceof Error ? e.message : String(e)));
    }
    request.onupgradeneeded = () => request.transaction?.abort(); // no such database: leave none behind
    request.onerror = () => reject(new WorkerReadUnavailable(`the database ${name} cannot be opened.`));
    request.onblocked = () => reject(new WorkerReadUnavailable(`the database ${name} is being changed.`));
    request.onsuccess = () => {
      const database = request.result;
      // The page upgrades or deletes it (Delete all data): let go at once.
      database.onversionchange = () => database.close();
      resolve(database);
    };
  });
}

/**
 * Whether a plain journal may be read before the page asks (SearchWorkerState.prefetch): no
 * encrypted copy of it listed ("<name>-sealed", renderer/data/encryption/journalEncryption.ts) and
 * no keyring in its vault. Opened, it is returned with whether a saved index is stored (the worker
 * then reads that, else a first build); else whether a saved index is stored (the worker then
 * makes ready to read it when the page asks).
 */
export async function readableEarly(
  name: string,
  database: () => Promise<IDBDatabase>,
): Promise<{ opened: IDBDatabase; savedIndex: boolean } | { savedIndex: boolean }> {
  // The list and the opening side by side (one wait, not two): opening never creates a database (openExisting).
  const [listed, opened] = await Promise.all([indexedDB.databases?.().catch(() => undefined), database().catch(() => undefined)]);
  if (!opened) return { savedIndex: false };
  if (!listed || listed.some((d) => d.name === `${name}-sealed`) || !listed.some((d) => d.name === name)) {
    opened.close();
    return { savedIndex: false };
  }
  const [keyring = 1, saved = 0] = await Promise.all([count(opened, 'vault', 'keyring'), count(opened, 'searchSnapshot', null)]).catch(
    () => [1, 0],
  );
  if (keyring === 0) return { opened, savedIndex: saved > 0 };
  opened.close();
  return { savedIndex: saved > 0 };
}

function count(database: IDBDatabase, store: string, key: IDBValidKey | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = database
      .transaction(store, 'readonly')
      .objectStore(store)
      .count(key ?? undefined);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new WorkerReadUnavailable(request.error?.message ?? 'a count failed.'));
  });
}

/** The rows of `store` as written: sealed ones opened with `dataKey` (`keyField`: their primary key). */
function opened(rows: unknown[], store: string, keyField: string, dataKey: Uint8Array | undefined): unknown[] {
  if (!rows.some(isSealed)) return rows;
  if (!dataKey) throw new WorkerReadUnavailable('its records are sealed.');
  try {
    return rows.map((row) => (isSealed(row) ? openRecord(dataKey, store, row, row[keyField]) : row));
  } catch {
    throw new WorkerReadUnavailable('a sealed record could not be opened.');
  }
}

function getAll(database: IDBDatabase, store: string, range: IDBKeyRange | null, count?: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    let request: IDBRequest<unknown[]>;
    try {
      request = database.transaction(store, 'readonly').objectStore(store).getAll(range, count);
    } catch (e) {
      return reject(new WorkerReadUnavailable(e instanceof Error ? e.message : String(e)));
    }
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new WorkerReadUnavailable(request.error?.message ?? 'a read failed.'));
  });
}

/** Every row of a store (primary key `id`) at once, in key order; `dataKey` opens sealed rows. */
export async function readAll(database: IDBDatabase, store: string, dataKey?: Uint8Array): Promise<unknown[]> {
  return opened(await getAll(database, store, null), store, 'id', dataKey);
}

/**
 * Every row of a store whose primary key is the field `key`, in key order, `chunk` at a time (each read its
 * own short transaction, so writes are never held up), given to `take` one chunk after another.
 * `chunk` may list the sizes of the first reads, the last one repeated (a saved index's first
 * segment arrives after a small read rather than a large one). The next chunk is requested before
 * `take` runs on this one (a promise it returns is waited for). Between chunks the worker returns to its event loop, so a search asked
 * meanwhile is answered within a chunk. Options: `after`, start after this key (the rows up to it
 * were read elsewhere); `before`, what must be done before the first chunk is taken in (it runs side
 * by side with the first read); `dataKey`, which opens sealed rows.
 */
export async function readInChunks(
  database: IDBDatabase,
  store: string,
  key: string,
  chunk: number | readonly number[],
  take: (rows: unknown[]) => void | Promise<void>,
  { after, before, dataKey }: { after?: IDBValidKey; before?: Promise<unknown>; dataKey?: Uint8Array } = {},
): Promise<void> {
  let reads = 0;
  let size = chunkSize(chunk, reads++);
  let next = getAll(database, store, after === undefined ? null : IDBKeyRange.lowerBound(after, true), size);
  if (before) {
    // Read side by side with the first chunk, and waited for before it is taken in.
    next.catch(() => undefined);
    await before;
  }
  for (;;) {
    const rows = opened(await next, store, key, dataKey);
    if (rows.length === 0) return;
    const last = (rows[rows.length - 1] as Record<string, IDBValidKey>)[key]!;
    const more = rows.length === size;
    size = chunkSize(chunk, reads++);
    next = more ? getAll(database, store, IDBKeyRange.lowerBound(last, true), size) : Promise.resolve([]);
    try {
      const taking = take(rows);
      if (taking) await taking;
    } catch (e) {
      next.catch(() => undefined);
      throw e;
    }
  }
}

/** The size of read number `read` (from 0): `chunk` itself, or its `read`th size, the last one repeated. */
export function chunkSize(chunk: number | readonly number[], read: number): number {
  return typeof chunk === 'number' ? chunk : chunk[Math.min(read, chunk.length - 1)]!;
}
