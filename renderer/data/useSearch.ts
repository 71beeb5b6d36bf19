import { useEffect, useMemo } from 'react';
import { searchIndex, type SearchFilters, type SearchHit } from '../../shared/search';
import { searchIndexStore, startSearchIndex, startSearchIndexWhenIdle, useSearchIndexState, type SearchIndexState } from './searchIndex';

/**
 * Searches the app's index as the query or filters change, and again whenever the index does.
 * `start: 'now'` builds the index at once (the search screen); 'idle' once the app is idle (the
 * palette, mounted with the app, so the first screen never waits for it).
 */
export function useSearch(
  query: string,
  filters: SearchFilters,
  limit = 200,
  start: 'now' | 'idle' = 'now',
): { hits: SearchHit[]; index: SearchIndexState } {
  useEffect(() => {
    if (start === 'idle') return startSearchIndexWhenIdle();
    void startSearchIndex();
  }, [start]);
  const index = useSearchIndexState();
  const key = JSON.stringify(filters);
  // Searching is synchronous and takes a few milliseconds, so it runs during render: no debounce.
  // The filters are compared by value (key), and the index object is mutated in place, so its version stands for it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const hits = useMemo(() => searchIndex(searchIndexStore.index, query, filters, limit), [query, key, limit, index.version]);
  return { hits, index };
}
