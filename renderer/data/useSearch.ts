import { useEffect, useState } from 'react';
import type { SearchFilters, SearchHit } from '../../shared/search';
import { checkHits } from './hitRecords';
import { searchIndexStore, startSearchIndex, startSearchIndexWhenIdle, useSearchIndexState, type SearchIndexState } from './searchIndex';

/**
 * Searches the app's index (in its worker) as the query or filters change, and again whenever the
 * index does: a query typed while the index is being built gets its results once it is ready.
 * `settled` says whether `hits` answer the current query on the current index (until then they
 * are the previous answer, or none while the index is being built and the query has changed). `unchecked`: `hits` came from a saved index not yet checked against
 * the journal (asked while it was): each hit's record was read and only those still matching are
 * in `hits` (see checkHits), but changes the check has not reached may still add matches; it
 * stays so until an answer asked after the check replaces them. `start: 'now'` builds the index at once (the search screen); 'idle'
 * once the app is idle (the palette, mounted with the app, so the first screen never waits for it).
 */
export function useSearch(
  query: string,
  filters: SearchFilters,
  limit = 200,
  start: 'now' | 'idle' = 'now',
): { hits: SearchHit[]; index: SearchIndexState; settled: boolean; unchecked: boolean } {
  useEffect(() => {
    if (start === 'idle') return startSearchIndexWhenIdle();
    void startSearchIndex();
  }, [start]);
  const index = useSearchIndexState();
  const question = JSON.stringify([limit, query, filters]);
  const request = JSON.stringify([index.version, question, !!index.unchecked]);
  const [answer, setAnswer] = useState<{ request: string; question: string; hits: SearchHit[]; unchecked: boolean }>({
    request: '',
    question: '',
    hits: [],
    unchecked: false,
  });
  useEffect(() => {
    let current = true;
    const [, asked, unchecked] = JSON.parse(request) as [number, string, boolean];
    const [max, q, f] = JSON.parse(asked) as [number, string, SearchFilters];
    searchIndexStore
      .search(q, f, max)
      // From an index not yet checked: each hit's record is read before the answer is given, so a
      // list (and its count) never holds one deleted or changed while the app was closed.
      .then((hits) => (unchecked && hits.length > 0 ? checkHits(hits, f) : hits))
      .then(
        (hits) => current && setAnswer({ request, question: asked, hits, unchecked }),
        // A stopped or failed index: its state says so (status 'failed'); the old answer stays.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [request]);
  // While the index is being filled, a search that finds nothing yet is answered only once it
  // does (the worker holds it: searchWorkerProtocol.ts); the hits of an earlier query are not
  // shown for this one meanwhile (the screen says it is indexing). Once ready, they stay until the
  // answer replaces them a few milliseconds later (no flicker while typing).
  const stale = index.status !== 'ready' && answer.question !== question;
  return { hits: stale ? [] : answer.hits, index, settled: answer.request === request, unchecked: answer.unchecked };
}
