/**
 * Large writes inside one transaction (a restore, turning encryption on or off), a chunk at a
 * time with progress between chunks.
 */

/**
 * Writes `rows` a chunk at a time and calls `written` after each, in order. `ahead`: how many
 * chunks may be queued past the one IndexedDB is writing. 0 (the default): each chunk is written
 * before the next is prepared (preparing the next one meanwhile did not beat this for plain
 * records on this machine). 1: the next chunk is prepared while IndexedDB writes this one, which
 * pays when preparing is work of its own in the page (sealing each record with encryption on).
 */
export async function writeInChunks<T>(
  rows: readonly T[],
  size: number,
  write: (chunk: T[]) => PromiseLike<unknown>,
  written: (n: number) => void,
  ahead = 0,
): Promise<void> {
  // `write` returns Dexie's own promise, awaited as it is: a native promise chain around it can
  // lose the transaction's zone, and the writes after it would run outside the transaction.
  const queued: PromiseLike<unknown>[] = [];
  try {
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      queued.push(write(chunk).then(() => written(chunk.length)));
      if (queued.length > ahead) await queued.shift();
    }
    while (queued.length > 0) await queued.shift();
  } catch (e) {
    // The transaction fails as a whole; the chunks still queued fail with it (already reported here).
    for (const q of queued) q.then(undefined, () => undefined);
    throw e;
  }
}
