/**
 * Deleting a database so that its text leaves the disk, not only the database list.
 *
 * Chromium keeps every IndexedDB database of an origin in one LevelDB. Deleting a database commits
 * at once; in the background it then writes deletion markers for the database's keys and asks
 * LevelDB to compact that key range (the `deleteDatabase` request succeeds before that is done).
 * The old records leave the files only when a compaction merges them with those markers, and
 * LevelDB keeps both whenever a snapshot older than the markers is open: every IndexedDB cursor
 * or read of the origin (the window reading the new copy meanwhile) holds one. Two ways the text
 * stayed, both seen in the end-to-end test and reproduced on their own:
 *  - the records still in LevelDB's memory (its write-ahead log) are written to a table file
 *    together with the markers, below the levels the range compaction then reaches;
 *  - a read of the new copy open during the compaction: the compacted file keeps records and
 *    markers side by side. No later compaction of other databases' ranges reached it: the text
 *    stayed for minutes, and after closing the browser.
 * A compaction of a range also rewrites, level by level, every file overlapping the files it takes
 * in; database ids only grow, so a database made before the deletion has keys above the old ones,
 * in the same files. So:
 *  1. anchors: three small databases are created (never written to);
 *  2. a scratch database is created and deleted, which flushes LevelDB's memory to table files:
 *     the old records are on disk, in files that also hold the anchors' keys;
 *  3. the window's own reads are held off: a read-write transaction over every store of the new
 *     copy (`quiet`) starts once the reads under way end and is kept open with lookups by key
 *     (a lookup takes no snapshot, a cursor would) until step 5 is done;
 *  4. the database is deleted (its range compacted in the background);
 *  5. another flush: LevelDB removes the files a compaction replaced only after its next flush or
 *     compaction, and only when no read still uses them; then the transaction of step 3 ends;
 *  6. at each of AFTER_PURGE_MS (not waited for), with the reads held off again as in step 3, one
 *     anchor is deleted, which compacts again every file spanning the old range and that anchor,
 *     dropping what a snapshot kept at step 4 (a read step 3 cannot hold off: another tab,
 *     another database), then a flush removes replaced files. Three chances, seconds apart. They
 *     reach only files that span an anchor: a journal of a few MB is split into files that do
 *     not, and a read step 3 cannot hold off still leaves its text (measured at 4.5 MB); against
 *     the window's own reads, step 3 is what protects a large journal.
 * A window closed before step 6 ends leaves anchors; `deleteLeftoverAnchors` deletes them at the
 * next start, which compacts the same way. Each step is an ordinary IndexedDB call: the
 * transaction of step 3 writes nothing, the other databases hold nothing; none can leave the
 * journal half-written.
 */
import Dexie from 'dexie';

const FLUSH_SUFFIX = '-flush';
const ANCHOR_INFIX = '-purge-';

/** When the anchors are deleted (one each), in ms after the purge. */
export const AFTER_PURGE_MS = [1_000, 5_000, 15_000] as const;

/** The anchors' database names for the database `name`. */
export function anchorNames(name: string): string[] {
  return AFTER_PURGE_MS.map((_, i) => `${name}${ANCHOR_INFIX}${i + 1}`);
}

/** Creates an empty database (no version change beyond its creation) and closes it. */
function createEmpty(name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}.`));
  });
}

/** Creates and deletes a small database: Chromium's deletion compacts, which flushes LevelDB's memory to disk. */
async function flushStorage(name: string): Promise<void> {
  await createEmpty(name + FLUSH_SUFFIX);
  await Dexie.delete(name + FLUSH_SUFFIX);
}

/** Runs `run` after `ms` (a timer; tests pass their own). */
export type Later = (run: () => void, ms: number) => void;

/** A key no store holds: the lookups of `holdReads` find nothing. */
const NO_SUCH_KEY = '\uffff sextant purge: no such key';

/**
 * Starts a read-write transaction over every store of `database` and keeps it open with lookups
 * (which take no storage snapshot) until the returned `release` is called; resolves once it has
 * started, i.e. once the transactions under way on those stores have ended.
 */
function holdReads(database: IDBDatabase): Promise<{ release: () => Promise<void> }> {
  const names = [...database.objectStoreNames];
  if (names.length === 0) return Promise.resolve({ release: () => Promise.resolve() });
  const transaction = database.transaction(names, 'readwrite');
  const store = transaction.objectStore(names[0]!);
  let holding = true;
  const ended = new Promise<void>((resolve) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => resolve();
  });
  return new Promise((resolve, reject) => {
    const lookup = () => {
      const request = store.get(NO_SUCH_KEY);
      request.onsuccess = () => {
        resolve({
          release: () => {
            holding = false;
            return ended;
          },
        });
        if (holding) lookup();
      };
      request.onerror = () => reject(request.error ?? new Error('A lookup failed.'));
    };
    lookup();
  });
}

/**
 * Deletes the database `name` (every connection to it must be closed) and has the browser's
 * storage engine drop its records from its files (see above). `quiet`: the journal's new copy,
 * whose reads are held off while the old one is deleted.
 */
export async function purgeDatabase(
  name: string,
  { later = (run, ms) => void setTimeout(run, ms), quiet }: { later?: Later; quiet?: IDBDatabase } = {},
): Promise<void> {
  const anchors = anchorNames(name);
  for (const anchor of anchors) await createEmpty(anchor);
  await flushStorage(name);
  await whileReadsHeld(quiet, async () => {
    await Dexie.delete(name);
    await flushStorage(name);
  });
  // A failed later step leaves what is on disk as it was (and the anchor for the next start).
  AFTER_PURGE_MS.forEach((ms, i) =>
    later(
      () =>
        void whileReadsHeld(quiet, async () => {
          await Dexie.delete(anchors[i]!);
          await flushStorage(name);
        }).catch(() => undefined),
      ms,
    ),
  );
}

/** Runs `steps` with the reads of `quiet` held off (holdReads); without them when it is closed by then. */
async function whileReadsHeld(quiet: IDBDatabase | undefined, steps: () => Promise<void>): Promise<void> {
  let held: { release: () => Promise<void> } | undefined;
  try {
    held = quiet ? await holdReads(quiet) : undefined;
  } catch {
    // Closed (the window locked, or encryption turned off again): nothing of ours reads it.
    held = undefined;
  }
  try {
    await steps();
  } finally {
    await held?.release();
  }
}

/**
 * At start: deletes the anchors left by a purge of `name` whose window closed before its later
 * steps (`names`: the origin's database names), which finishes that purge's clean-up; then a flush.
 * Nothing to do (no call at all) when there are none.
 */
export async function deleteLeftoverAnchors(name: string, names: readonly (string | undefined)[]): Promise<void> {
  const leftovers = names.filter(
    (n): n is string => !!n && n.startsWith(name + ANCHOR_INFIX) && /^\d+$/.test(n.slice(name.length + ANCHOR_INFIX.length)),
  );
  for (const anchor of leftovers) await Dexie.delete(anchor);
  if (leftovers.length) await flushStorage(name);
}
