import { describe, expect, it } from 'vitest';
import { writeInChunks } from '../../../renderer/data/chunkedWrites';

/** A write per chunk that settles only when the test says so; logs when each chunk is asked for. */
function controlledWrites() {
  const log: string[] = [];
  const pending: { chunk: number[]; settle: (ok: boolean) => void }[] = [];
  const write = (chunk: number[]) =>
    new Promise<void>((resolve, reject) => {
      log.push(`write ${chunk.join(',')}`);
      pending.push({ chunk, settle: (ok) => (ok ? resolve() : reject(new Error(`chunk ${chunk[0]} failed`))) });
    });
  const written = (n: number) => log.push(`written ${n}`);
  // Lets every promise callback queued so far run.
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { log, pending, write, written, flush };
}

describe('writeInChunks', () => {
  it('by default asks for each chunk once the one before is written', async () => {
    const w = controlledWrites();
    const done = writeInChunks([1, 2, 3, 4, 5], 2, w.write, w.written);
    await w.flush();
    expect(w.log).toEqual(['write 1,2']);
    w.pending[0]!.settle(true);
    await w.flush();
    expect(w.log).toEqual(['write 1,2', 'written 2', 'write 3,4']);
    w.pending[1]!.settle(true);
    await w.flush();
    w.pending[2]!.settle(true);
    await done;
    expect(w.log).toEqual(['write 1,2', 'written 2', 'write 3,4', 'written 2', 'write 5', 'written 1']);
  });

  it('ahead = 1: the next chunk is asked for while this one is written, never two ahead; progress in order', async () => {
    const w = controlledWrites();
    const done = writeInChunks([1, 2, 3, 4, 5, 6, 7], 2, w.write, w.written, 1);
    await w.flush();
    expect(w.log).toEqual(['write 1,2', 'write 3,4']);
    w.pending[0]!.settle(true);
    await w.flush();
    expect(w.log).toEqual(['write 1,2', 'write 3,4', 'written 2', 'write 5,6']);
    // The last chunk is asked for only once the second is written.
    w.pending[1]!.settle(true);
    await w.flush();
    expect(w.log.slice(4)).toEqual(['written 2', 'write 7']);
    w.pending[2]!.settle(true);
    w.pending[3]!.settle(true);
    await done;
    expect(w.log.slice(6)).toEqual(['written 2', 'written 1']);
  });

  it('ahead = 1: a failed chunk rejects the whole write, and no chunk after it is asked for', async () => {
    const w = controlledWrites();
    const done = writeInChunks([1, 2, 3, 4, 5, 6], 2, w.write, w.written, 1);
    await w.flush();
    w.pending[0]!.settle(false);
    // The chunk already queued fails with the transaction.
    w.pending[1]!.settle(false);
    await expect(done).rejects.toThrow('chunk 1 failed');
    await w.flush();
    expect(w.log).toEqual(['write 1,2', 'write 3,4']);
  });
});
