/**
 * Deleting a database so that its text leaves the disk, not only the database list.
 *
 * Chromium keeps every IndexedDB database of an origin in one LevelDB. Deleting a database writes
 * deletion markers for its keys and asks LevelDB to compact that key range; the old records are
 * dropped only when a compaction merges them with those markers. LevelDB's range compaction
 * first flushes what is still in memory (the write-ahead log) to a new table file, and when
 * nothing on disk overlapped the range beforehand it places that file below the levels it then
 * compacts: the deleted records and their markers stay side by side in a file until some later
 * compaction, hours or days away (the end-to-end test found them in an `.ldb` file right after
 * turning encryption on). So:
 *  1. before deleting, another database is created and deleted, which flushes everything in
 *     memory to table files: the database's records are then on disk, and the range compaction
 *     of step 2 reaches every level that holds them and drops them;
 *  2. the database is deleted;
 *  3. another flush, because LevelDB removes the files a compaction replaced only after its next
 *     flush or compaction (or when it next opens);
 *  4. two more flushes a little later (AFTER_PURGE_MS, not waited for): the compaction of step 2
 *     runs in the background and may end after step 3's flush, leaving the replaced file (old
 *     records in it) until the next flush; the end-to-end test found one still there 20 s later in
 *     about one run of five.
 * Each step is an ordinary IndexedDB call: it cannot leave the journal half-written.
 */
import Dexie from 'dexie';

const FLUSH_SUFFIX = '-flush';

/** Creates and deletes a small database: Chromium's deletion compacts, which flushes LevelDB's memory to disk. */
async function flushStorage(name: string): Promise<void> {
  const scratch = name + FLUSH_SUFFIX;
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(scratch);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${scratch}.`));
  });
  await Dexie.delete(scratch);
}

/** When the later flushes of step 4 run, in ms after the purge. */
export const AFTER_PURGE_MS = [1_000, 5_000] as const;

/** Runs `run` after `ms` (a timer; tests pass their own). */
export type Later = (run: () => void, ms: number) => void;

/**
 * Deletes the database `name` (every connection to it must be closed) and has the browser's
 * storage engine drop its records from its files (see above).
 */
export async function purgeDatabase(name: string, later: Later = (run, ms) => void setTimeout(run, ms)): Promise<void> {
  await flushStorage(name);
  await Dexie.delete(name);
  await flushStorage(name);
  // A failed later flush leaves what is on disk as it was: nothing to report.
  for (const ms of AFTER_PURGE_MS) later(() => void flushStorage(name).catch(() => undefined), ms);
}
