import { describe, expect, it, vi } from 'vitest';
import type { FromSearchWorker, SearchWorkerState, ToSearchWorker } from '../../../renderer/data/searchWorkerProtocol';
import { JournalIndex } from '../../../shared/search/journalIndex';
import { encodeSnapshot } from '../../../shared/search/snapshot';
import { person, reflection, uuid } from '../../shared/builders';

// Messages the page posts while the worker has not loaded the schemas yet (it loads them only for
// a row its quick checks refuse, or to read a saved index: issue 12). A message that waits for them
// holds the messages after it, so each is handled, and answered, in the order sent. This file
// loads the schemas only through the worker (no import of shared/search's index, which provides
// them), and each test starts from fresh modules: the schemas not loaded.

async function freshWorker(): Promise<SearchWorkerState> {
  vi.resetModules();
  const { SearchWorkerState } = await import('../../../renderer/data/searchWorkerProtocol');
  return new SearchWorkerState();
}

/** Posts messages as the page does (no waiting between them); the replies in the order they come. */
function post(worker: SearchWorkerState, messages: ToSearchWorker[]): Promise<FromSearchWorker[]> {
  const replies: FromSearchWorker[] = [];
  const done = messages.map((m) => {
    const reply = worker.handle(m);
    if (reply instanceof Promise) return reply.then((r) => void replies.push(r));
    replies.push(reply);
    return Promise.resolve();
  });
  return Promise.all(done).then(() => replies);
}

describe('the search worker before the schemas are loaded (issue 12)', () => {
  it('indexes the rows the page posts in order, a row the quick checks refuse included', async () => {
    const worker = await freshWorker();
    const replies = await post(worker, [
      { id: 1, type: 'build', inPlace: true },
      { id: 2, type: 'people', rows: [person({ id: uuid(900), name: 'Orla Finch' })] },
      // The second row needs the schema (an upper-case tag, lower-cased by it); the first is in at once.
      {
        id: 3,
        type: 'entries',
        rows: [reflection({ id: uuid(1), title: 'Note on cedar' }), reflection({ id: uuid(2), title: 'Note on dingo', tags: ['Career'] })],
      },
      { id: 4, type: 'search', query: 'dingo', filters: { tag: 'career' }, limit: 10 },
      { id: 5, type: 'commit' },
      { id: 6, type: 'search', query: 'cedar', filters: {}, limit: 10 },
    ]);
    // Answered in order; the search after the chunk sees all of it (1 person, 2 entries).
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(replies.map((r) => r.documents)).toEqual([0, 1, 3, 3, 3, 3]);
    expect(replies[3]!.hits!.map((h) => h.id)).toEqual([uuid(2)]);
    expect(replies[5]!.hits!.map((h) => h.id)).toEqual([uuid(1)]);
  });

  it('reads a saved index the page posts once the schemas are in, and words a damaged one as before', async () => {
    const saved = new JournalIndex();
    saved.addEntries([reflection({ id: uuid(1), title: 'Note on cedar' })]);
    const text = encodeSnapshot(saved.exportState());
    const worker = await freshWorker();
    const replies = await post(worker, [
      { id: 1, type: 'load-start' },
      { id: 2, type: 'load-text', text },
      { id: 3, type: 'load-end' },
      { id: 4, type: 'search', query: 'cedar', filters: {}, limit: 10 },
    ]);
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(replies.map((r) => r.error)).toEqual([undefined, undefined, undefined, undefined]);
    expect(replies[3]!.hits!.map((h) => h.id)).toEqual([uuid(1)]);
    // A segment whose words are not a list: the schema's path in the message, the index emptied.
    const damaged = text.replace('"words":[', '"words":{"x":[').replace('],"numbers"', ']},"numbers"');
    const [, , end] = await post(worker, [
      { id: 5, type: 'load-start' },
      { id: 6, type: 'load-text', text: damaged },
      { id: 7, type: 'load-end' },
    ]);
    expect(end!.error).toBe('The saved search index cannot be used: unexpected content (words).');
    expect(end!.documents).toBe(0);
  });
});
