/**
 * Large writes inside one transaction (a restore, turning encryption on or off), a chunk at a
 * time with progress between chunks.
 */

/**
 * Writes `rows` a chunk at a time, each chunk written before the next is prepared, and calls
 * `written` after each. (Preparing and queueing the next chunk while IndexedDB still wrote the one
 * before was tried: on this machine it did not beat one chunk after the other, so it was left out.)
 */
export async function writeInChunks<T>(
  rows: readonly T[],
  size: number,
  write: (chunk: T[]) => PromiseLike<unknown>,
  written: (n: number) => void,
): Promise<void> {
  // `write` returns Dexie's own promise, awaited as it is: a native promise chain around it can
  // lose the transaction's zone, and the writes after it would run outside the transaction.
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await write(chunk);
    written(chunk.length);
  }
}
