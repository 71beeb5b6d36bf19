import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import {
  BUILD_CHUNKS,
  SearchWorkerState,
  serveSearchWorker,
  type FromSearchWorker,
  type ToSearchWorker,
} from '../../../renderer/data/searchWorkerProtocol';
import { StartPace } from '../../../renderer/data/searchWorkerPace';
import { reflection, uuid } from '../../shared/builders';

// While the app starts on the Search screen, the worker's build pauses between chunks (leaving the
// page a core to draw with) until the page releases it, unless a search waits for rows not read yet.

describe('StartPace', () => {
  afterEach(() => vi.useRealTimers());

  it('lets a read go on at once when released, or when a search needs more rows', () => {
    const pace = new StartPace(10_000);
    expect(pace.between(() => true)).toBeUndefined();
    expect(pace.between(() => false)).toBeInstanceOf(Promise);
    pace.release();
    expect(pace.between(() => false)).toBeUndefined();
  });

  it('wakes a paused read on a nudge (held again after it) or on release, and releases itself after maxMs', async () => {
    vi.useFakeTimers();
    const pace = new StartPace(1_000);
    const woken: string[] = [];
    void pace.between(() => false)!.then(() => woken.push('first'));
    pace.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(woken).toEqual(['first']);
    // Nudged, not released: the next pause holds until the time is up.
    void pace.between(() => false)!.then(() => woken.push('second'));
    await vi.advanceTimersByTimeAsync(999);
    expect(woken).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(1);
    expect(woken).toEqual(['first', 'second']);
    expect(pace.between(() => false)).toBeUndefined();
  });
});

describe('a paced first build in the worker', () => {
  const name = `pace-${crypto.randomUUID()}`;
  // Three chunks: the word 'harbour' only in the first, 'lantern' only in the last, 'pier' in every one.
  const TOTAL = BUILD_CHUNKS * 2 + 10;
  beforeAll(async () => {
    setDatabase(new SextantDB(name));
    setPlain();
    await db().entries.bulkPut(
      Array.from({ length: TOTAL }, (_, i) =>
        reflection({ id: uuid(i + 1), title: i === 0 ? 'Harbour walk pier' : i === TOTAL - 1 ? 'Lantern review pier' : `Pier note ${i}` }),
      ),
    );
  });

  const search = (worker: SearchWorkerState, query: string, limit = 10) =>
    worker.handle({ id: 9, type: 'search', query, filters: {}, limit }) as Promise<{ hits?: { id: string }[] }>;
  /** The entries the worker has indexed so far (every title holds 'pier'). */
  const documents = async (worker: SearchWorkerState) => (await search(worker, 'pier', 10_000)).hits!.length;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('stops after the first chunk until a search needs more, then again, until released', async () => {
    const worker = new SearchWorkerState(undefined, { paceMs: 60_000 });
    const read = worker.prefetch(name);
    expect((await search(worker, 'harbour')).hits!.map((h) => h.id)).toEqual([uuid(1)]);
    await settle();
    expect(await documents(worker)).toBe(BUILD_CHUNKS);

    // A word only in the last chunk: the read goes on until it is found, and pauses again.
    expect((await search(worker, 'lantern')).hits!.map((h) => h.id)).toEqual([uuid(TOTAL)]);
    expect(await documents(worker)).toBe(TOTAL);

    // Released: the read ends.
    void worker.handle({ id: 3, type: 'release' });
    await read;
    expect(await documents(worker)).toBe(TOTAL);
  });

  it('pauses after one chunk, and a release lets it read the rest', async () => {
    const worker = new SearchWorkerState(undefined, { paceMs: 60_000 });
    let ended = false;
    const read = worker.prefetch(name).then(() => (ended = true));
    await settle();
    await settle();
    expect(await documents(worker)).toBe(BUILD_CHUNKS);
    expect(ended).toBe(false);
    // A release does not drop the early read: a first build still joins it.
    void worker.handle({ id: 1, type: 'release' });
    await read;
    await worker.handle({ id: 2, type: 'build', inPlace: true });
    const reply = await worker.handle({ id: 3, type: 'read-build', database: name });
    expect(reply).toMatchObject({ id: 3, documents: TOTAL });
  });

  it('a worker named for the journal (made for a start on the Search screen) keeps the pace until the page’s release', async () => {
    const posted: FromSearchWorker[] = [];
    const scope = {
      onmessage: null as ((e: MessageEvent<ToSearchWorker>) => void) | null,
      postMessage: (m: FromSearchWorker) => posted.push(m),
    };
    serveSearchWorker(scope, name);
    const ask = (msg: ToSearchWorker) => scope.onmessage!({ data: msg } as MessageEvent<ToSearchWorker>);
    const pierHits = async (id: number) => {
      ask({ id, type: 'search', query: 'pier', filters: {}, limit: 10_000 });
      await expect.poll(() => posted.some((m) => m.id === id)).toBe(true);
      return posted.find((m) => m.id === id)!.hits!.length;
    };
    await settle();
    await settle();
    expect(await pierHits(1)).toBe(BUILD_CHUNKS);
    ask({ id: 2, type: 'release' });
    await expect.poll(() => pierHits(3 + posted.length)).toBe(TOTAL);
  });

  it('never pauses without a pace (the page’s own worker, or where there are no workers)', async () => {
    const worker = new SearchWorkerState();
    await worker.prefetch(name);
    expect(await documents(worker)).toBe(TOTAL);
  });
});
