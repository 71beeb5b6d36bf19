// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { SearchHit } from '../../../shared/search';
import type { SearchIndexState } from '../../../renderer/data/searchIndex';

// The index, by hand: its state and each search's answer are set by the test.
const index = vi.hoisted(() => {
  let state: SearchIndexState = { status: 'building', version: 1, documents: 500 };
  const listeners = new Set<() => void>();
  // Every search asked, in order, with what answers it.
  const asked: { query: string; resolve: (hits: SearchHit[]) => void }[] = [];
  let released = 0;
  return {
    /** The Search screen said it has shown its first answer (releaseSearchStart), how many times. */
    released: () => released,
    release: () => void released++,
    get: () => state,
    set(patch: Partial<SearchIndexState>) {
      state = { ...state, ...patch, version: state.version + 1 };
      for (const l of listeners) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    /** Answers the last search asked for `query` (or its `nth`, from 0). */
    answer(query: string, hits: SearchHit[], nth?: number) {
      const of = asked.filter((a) => a.query === query);
      of[nth ?? of.length - 1]!.resolve(hits);
    },
    asked: (query: string) => asked.filter((a) => a.query === query).length,
    search: (query: string) => new Promise<SearchHit[]>((resolve) => asked.push({ query, resolve })),
  };
});

vi.mock('../../../renderer/data/searchIndex', async () => {
  const { useSyncExternalStore } = await import('react');
  return {
    searchIndexStore: { search: index.search, getState: index.get },
    startSearchIndex: () => Promise.resolve(),
    startSearchIndexWhenIdle: () => () => undefined,
    releaseSearchStart: index.release,
    useSearchIndexState: () => useSyncExternalStore(index.subscribe, index.get),
  };
});

const { searchAhead, useSearch } = await import('../../../renderer/data/useSearch');
const { SearchPage } = await import('../../../renderer/features/search/SearchPage');
const { db, SextantDB, setDatabase } = await import('../../../renderer/data/db');
const { person, uuid } = await import('../../shared/builders');

const hit = (id: string): SearchHit => ({ id, refId: id, type: 'reflection', title: id, terms: [], skills: [], tags: [], score: 1 });

afterEach(cleanup);

describe('useSearch while the index is being built', () => {
  it('does not show an earlier query’s hits for a new one while indexing; once ready, keeps them until the answer comes', async () => {
    const { result, rerender } = renderHook(({ q }) => useSearch(q, {}), { initialProps: { q: 'roadmap' } });
    expect(result.current.hits).toEqual([]);
    await act(async () => index.answer('roadmap', [hit('a')]));
    expect(result.current.hits.map((h) => h.id)).toEqual(['a']);
    expect(result.current.settled).toBe(true);

    // A new query during the build: its search waits in the worker; the roadmap hits are not its answer.
    rerender({ q: 'roadmaps' });
    expect(result.current.hits).toEqual([]);
    expect(result.current.settled).toBe(false);
    expect(result.current.answered).toBe(false);
    await act(async () => index.answer('roadmaps', [hit('b')]));
    expect(result.current.hits.map((h) => h.id)).toEqual(['b']);

    expect(result.current.answered).toBe(true);

    // A progress report (the version changes) keeps the same query's hits on screen meanwhile.
    act(() => index.set({ documents: 1000 }));
    expect(result.current.hits.map((h) => h.id)).toEqual(['b']);
    expect(result.current.settled).toBe(false);
    expect(result.current.answered).toBe(true);

    // Ready: while typing, the previous answer stays until the next one replaces it (no flicker).
    act(() => index.set({ status: 'ready', documents: 10_000 }));
    await act(async () => index.answer('roadmaps', [hit('b'), hit('c')]));
    rerender({ q: 'roadmap' });
    expect(result.current.hits.map((h) => h.id)).toEqual(['b', 'c']);
    expect(result.current.settled).toBe(false);
    expect(result.current.answered).toBe(false);
    await act(async () => index.answer('roadmap', [hit('a')]));
    expect(result.current.hits.map((h) => h.id)).toEqual(['a']);
  });

  it('shows the answer to the search before a progress report while the search it made is on its way, never over a later answer or for another question', async () => {
    act(() => index.set({ status: 'building', documents: 500 }));
    const { result, rerender } = renderHook(({ q }) => useSearch(q, {}), { initialProps: { q: 'vision' } });
    // Another chunk is in: the hook asks again; the first search's answer (held in the worker
    // until its chunk came) is shown at once, not dropped for the next one's.
    act(() => index.set({ documents: 1000 }));
    expect(index.asked('vision')).toBe(2);
    await act(async () => index.answer('vision', [hit('a')], 0));
    expect(result.current.hits.map((h) => h.id)).toEqual(['a']);
    expect(result.current.settled).toBe(false);
    await act(async () => index.answer('vision', [hit('a'), hit('b')], 1));
    expect(result.current.hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(result.current.settled).toBe(true);

    // Answers in the other order: the earlier one does not replace the later.
    act(() => index.set({ documents: 1500 }));
    act(() => index.set({ documents: 2000 }));
    await act(async () => index.answer('vision', [hit('c')], 3));
    await act(async () => index.answer('vision', [hit('d')], 2));
    expect(result.current.hits.map((h) => h.id)).toEqual(['c']);
    expect(result.current.settled).toBe(true);

    // A search for the query before the one typed now: not shown for it.
    act(() => index.set({ documents: 2500 }));
    rerender({ q: 'visions' });
    await act(async () => index.answer('vision', [hit('e')], 4));
    expect(result.current.hits).toEqual([]);
    await act(async () => index.answer('visions', [hit('f')]));
    expect(result.current.hits.map((h) => h.id)).toEqual(['f']);
  });

  it('shows in its first render the hits of the search asked ahead for its question, then its own answer', async () => {
    act(() => index.set({ status: 'building', documents: 500 }));
    void searchAhead('okapi', {});
    expect(index.asked('okapi')).toBe(1);
    await act(async () => index.answer('okapi', [hit('x')], 0));
    const { result } = renderHook(() => useSearch('okapi', {}));
    expect(result.current.hits.map((h) => h.id)).toEqual(['x']);
    expect(result.current.settled).toBe(false);
    // The hook asks too (the index may have more by now); its answer replaces the one asked ahead.
    expect(index.asked('okapi')).toBe(2);
    await act(async () => index.answer('okapi', [hit('x'), hit('y')], 1));
    expect(result.current.hits.map((h) => h.id)).toEqual(['x', 'y']);
    expect(result.current.settled).toBe(true);
  });

  it('shows the answer asked ahead when it comes after the first render, unless its own came first; never for another question', async () => {
    act(() => index.set({ status: 'building', documents: 500 }));
    void searchAhead('kiwi', {});
    const first = renderHook(() => useSearch('kiwi', {}));
    expect(first.result.current.hits).toEqual([]);
    await act(async () => index.answer('kiwi', [hit('k')], 0));
    expect(first.result.current.hits.map((h) => h.id)).toEqual(['k']);
    first.unmount();

    void searchAhead('lime', {});
    const second = renderHook(() => useSearch('lime', {}));
    await act(async () => index.answer('lime', [hit('own')], 1));
    await act(async () => index.answer('lime', [hit('ahead')], 0));
    expect(second.result.current.hits.map((h) => h.id)).toEqual(['own']);
    second.unmount();

    void searchAhead('mango', {});
    const third = renderHook(() => useSearch('melon', {}));
    await act(async () => index.answer('mango', [hit('m')], 0));
    expect(third.result.current.hits).toEqual([]);
    // Taken (or passed over) by the screen that mounted: a later screen asks for itself.
    const fourth = renderHook(() => useSearch('mango', {}));
    expect(fourth.result.current.hits).toEqual([]);
  });

  it('shows the answer asked ahead that comes between its first render and its effects', async () => {
    act(() => index.set({ status: 'building', documents: 500 }));
    void searchAhead('fig', {});
    // Outside act, as in the app: the effects run in a task after the commit, and the answer comes
    // in between (here resolved in a layout effect, during the commit).
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const shown: string[][] = [];
    function Screen() {
      const { hits } = useSearch('fig', {});
      shown.push(hits.map((h) => h.id));
      useLayoutEffect(() => {
        if (shown.length === 1) index.answer('fig', [hit('f')], 0);
      }, []);
      return null;
    }
    const root = createRoot(document.createElement('div'));
    try {
      root.render(<Screen />);
      await vi.waitFor(() => expect(shown.at(-1)).toEqual(['f']));
      // First without it (not yet answered), then with it, though the screen's own search has no answer yet.
      expect(shown[0]).toEqual([]);
      expect(index.asked('fig')).toBe(2);
    } finally {
      root.unmount();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  });

  it('leaves the answer asked ahead to the Search screen: the palette’s search (mounted with the app) does not take it', async () => {
    act(() => index.set({ status: 'building', documents: 500 }));
    void searchAhead('pear', {});
    renderHook(() => useSearch('', {}, 8, 'idle'));
    const screen = renderHook(() => useSearch('pear', {}));
    await act(async () => index.answer('pear', [hit('p')], 0));
    expect(screen.result.current.hits.map((h) => h.id)).toEqual(['p']);
  });
});

/** The Search screen at `/search?q=<query>` over a journal of one person (not empty: the index answers), the index in `state`. */
async function openSearchScreen(query: string, state: SearchIndexState['status']) {
  setDatabase(new SextantDB(`search-screen-${query}`));
  await db().people.put(person({ id: uuid(1), name: `${query} Abbot` }));
  act(() => index.set({ status: state, documents: 3 }));
  const router = createMemoryRouter([{ path: '/search', element: <SearchPage /> }], { initialEntries: [`/search?q=${query}`] });
  return { router, open: () => render(<RouterProvider router={router} />) };
}

describe('the Search screen’s status as the index changes under the same query', () => {
  it('keeps the last count while the same query is asked again, and says "Searching…" only for a new one', async () => {
    const { router, open } = await openSearchScreen('quill', 'ready');
    open();
    const status = () => screen.getByRole('status');
    await act(async () => index.answer('quill', [hit('q1'), hit('q2')]));
    expect(status().textContent).toBe('2 matches.');

    // The index changes (a save elsewhere): asked again, the two matches stay said meanwhile.
    const before = index.asked('quill');
    act(() => index.set({ documents: 4 }));
    expect(index.asked('quill')).toBe(before + 1);
    expect(status().textContent).toBe('2 matches.');
    expect(status().getAttribute('data-state')).toBe('results');
    await act(async () => index.answer('quill', [hit('q1'), hit('q2'), hit('q3')]));
    expect(status().textContent).toBe('3 matches.');

    // Another query: "Searching…" until its own answer.
    await act(async () => router.navigate('/search?q=quills', { replace: true }));
    expect(status().textContent).toBe('Searching…');
    await act(async () => index.answer('quills', [hit('q4')]));
    expect(status().textContent).toBe('1 match.');

    // Nothing found, then the index changes: "Searching…" again, not "Nothing matches" from the
    // answer the changed index may contradict (a check that caught up with a new entry).
    await act(async () => router.navigate('/search?q=quokka', { replace: true }));
    await act(async () => index.answer('quokka', []));
    expect(status().textContent).toBe('Nothing matches.');
    act(() => index.set({ documents: 5 }));
    expect(status().textContent).toBe('Searching…');
    await act(async () => index.answer('quokka', [hit('q5')]));
    expect(status().textContent).toBe('1 match.');
  });
});

describe('the Search screen releases the index’s worker once its first answer is painted', () => {
  it('not while it says "Indexing…" with nothing to show; after a frame once the first results are in', async () => {
    const { open } = await openSearchScreen('wren', 'building');
    const before = index.released();
    open();
    expect(screen.getByRole('status').getAttribute('data-state')).toBe('indexing');
    // Frames pass: still nothing shown, the worker keeps its pace.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(index.released()).toBe(before);
    await act(async () => index.answer('wren', [hit('w1')]));
    expect(index.released()).toBe(before);
    await waitFor(() => expect(index.released()).toBe(before + 1));
  });
});
