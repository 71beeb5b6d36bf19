import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromSearchWorker, ToSearchWorker } from '../../../renderer/data/searchWorkerProtocol';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search worker’s script', () => {
  it('takes messages before the index’s code has run, and answers them, in order, once it has', async () => {
    const replies: FromSearchWorker[] = [];
    const scope = {
      onmessage: null as ((e: MessageEvent<ToSearchWorker>) => void) | null,
      postMessage: (reply: FromSearchWorker) => replies.push(reply),
    };
    vi.stubGlobal('self', scope);
    await import('../../../renderer/data/search.worker');
    // Posted straight away, before the index's code is evaluated (a task later).
    const post = (data: ToSearchWorker) => scope.onmessage!({ data } as MessageEvent<ToSearchWorker>);
    post({ id: 1, type: 'build', inPlace: true });
    post({ id: 2, type: 'people', rows: [] });
    post({ id: 3, type: 'search', query: 'roadmap', filters: {}, limit: 5 });
    expect(replies).toEqual([]);
    await vi.waitFor(() => expect(replies.map((r) => r.id)).toEqual([1, 2, 3]), { timeout: 20_000 });
    expect(replies[2]).toMatchObject({ id: 3, documents: 0, hits: [] });
    // From then on each message is answered as it comes.
    post({ id: 4, type: 'commit' });
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3, 4]);
  });
});
