// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { SearchHit } from '../../../shared/search';
import type { SearchIndexState } from '../../../renderer/data/searchIndex';

// The index, by hand: its state and each search's answer are set by the test.
const index = vi.hoisted(() => {
  let state: SearchIndexState = { status: 'building', version: 1, documents: 500 };
  const listeners = new Set<() => void>();
  const answers = new Map<string, (hits: SearchHit[]) => void>();
  return {
    get: () => state,
    set(patch: Partial<SearchIndexState>) {
      state = { ...state, ...patch, version: state.version + 1 };
      for (const l of listeners) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    answers,
    search: (query: string) => new Promise<SearchHit[]>((resolve) => answers.set(query, resolve)),
  };
});

vi.mock('../../../renderer/data/searchIndex', async () => {
  const { useSyncExternalStore } = await import('react');
  return {
    searchIndexStore: { search: index.search },
    startSearchIndex: () => Promise.resolve(),
    startSearchIndexWhenIdle: () => () => undefined,
    useSearchIndexState: () => useSyncExternalStore(index.subscribe, index.get),
  };
});

const { useSearch } = await import('../../../renderer/data/useSearch');

const hit = (id: string): SearchHit => ({ id, refId: id, type: 'reflection', title: id, terms: [], skills: [], tags: [], score: 1 });

afterEach(cleanup);

describe('useSearch while the index is being built', () => {
  it('does not show an earlier query’s hits for a new one while indexing; once ready, keeps them until the answer comes', async () => {
    const { result, rerender } = renderHook(({ q }) => useSearch(q, {}), { initialProps: { q: 'roadmap' } });
    expect(result.current.hits).toEqual([]);
    await act(async () => index.answers.get('roadmap')!([hit('a')]));
    expect(result.current.hits.map((h) => h.id)).toEqual(['a']);
    expect(result.current.settled).toBe(true);

    // A new query during the build: its search waits in the worker; the roadmap hits are not its answer.
    rerender({ q: 'roadmaps' });
    expect(result.current.hits).toEqual([]);
    expect(result.current.settled).toBe(false);
    await act(async () => index.answers.get('roadmaps')!([hit('b')]));
    expect(result.current.hits.map((h) => h.id)).toEqual(['b']);

    // A progress report (the version changes) keeps the same query's hits on screen meanwhile.
    act(() => index.set({ documents: 1000 }));
    expect(result.current.hits.map((h) => h.id)).toEqual(['b']);
    expect(result.current.settled).toBe(false);

    // Ready: while typing, the previous answer stays until the next one replaces it (no flicker).
    act(() => index.set({ status: 'ready', documents: 10_000 }));
    await act(async () => index.answers.get('roadmaps')!([hit('b'), hit('c')]));
    rerender({ q: 'roadmap' });
    expect(result.current.hits.map((h) => h.id)).toEqual(['b', 'c']);
    expect(result.current.settled).toBe(false);
    await act(async () => index.answers.get('roadmap')!([hit('a')]));
    expect(result.current.hits.map((h) => h.id)).toEqual(['a']);
  });
});
