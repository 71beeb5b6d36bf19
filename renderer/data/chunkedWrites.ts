/**
 * Large writes inside one transaction (a restore, turning encryption on or off), a chunk at a
 * time with progress between chunks.
 */

/**
 * Writes `rows` a chunk at a time, each chunk prepared (revisions, sealing when encryption is on)
 * and queued while IndexedDB still writes the one before: the page's work and the database's
 * overlap instead of taking turns, and at most two chunks are in flight. `written` is called as
 * each chunk is done, in order.
 */
export async function writeInChunks<T>(
  rows: readonly T[],
  size: number,
  write: (chunk: T[]) => PromiseLike<unknown>,
  written: (n: number) => void,
): Promise<void> {
  // `write` returns Dexie's own promise, awaited as it is: a native promise chain around it (an
  // async function, say) running beside another one loses the transaction's zone, and the writes
  // after it would run outside the transaction.
  let previous: { done: PromiseLike<unknown>; rows: number } | null = null;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const done = write(chunk);
    // Awaited below, after the one before: a failure meanwhile (the transaction aborting) must not
    // also be reported as unhandled.
    done.then(undefined, () => undefined);
    if (previous) {
      await previous.done;
      written(previous.rows);
    }
    previous = { done, rows: chunk.length };
  }
  if (previous) {
    await previous.done;
    written(previous.rows);
  }
}
