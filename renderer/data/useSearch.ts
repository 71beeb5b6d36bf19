import { useEffect, useRef, useState } from 'react';
import type { SearchFilters, SearchHit } from '../../shared/search';
import { checkHits } from './hitRecords';
import { searchIndexStore, startSearchIndex, startSearchIndexWhenIdle, useSearchIndexState, type SearchIndexState } from './searchIndex';

/** How many hits a search asks for unless told. */
const LIMIT = 200;

/** What the hook asks: the same question gives the same string. */
const questionOf = (limit: number, query: string, filters: SearchFilters) => JSON.stringify([limit, query, filters]);

/** A search answered for the hook: from an index not yet checked, each hit's record read first (see checkHits). */
function ask(
  query: string,
  filters: SearchFilters,
  limit: number,
  unchecked: () => boolean,
): Promise<{ hits: SearchHit[]; unchecked: boolean }> {
  return searchIndexStore.search(query, filters, limit).then(async (hits) => {
    const fromUnchecked = unchecked();
    if (!fromUnchecked || hits.length === 0) return { hits, unchecked: fromUnchecked };
    // Marked for the bench's traces (bench/searchTrace.mjs, MARKS=1).
    performance.mark?.('sextant:check-start');
    const checked = await checkHits(hits, filters);
    performance.mark?.('sextant:check-end');
    return { hits: checked, unchecked: true };
  });
}

/** A search asked before its screen has rendered (searchAhead), until the screen's hook takes it. */
let ahead: {
  question: string;
  answer?: { hits: SearchHit[]; unchecked: boolean };
  answered: Promise<{ hits: SearchHit[]; unchecked: boolean }>;
} | null = null;

/**
 * Asks the index now for what the Search screen will ask once it has rendered (the app opening
 * on it with a query in the address): the screen's first hits wait neither for its code and first
 * render nor for a round trip after them (issue 12). The screen's hook takes the answer (once);
 * whether its hits come from a saved index not yet checked is decided when they arrive (the
 * saved index is loaded after this is asked).
 */
export function searchAhead(query: string, filters: SearchFilters, limit = LIMIT): Promise<unknown> | undefined {
  if (!query.trim()) return undefined;
  const question = questionOf(limit, query, filters);
  const asked = { question, answered: ask(query, filters, limit, () => !!searchIndexStore.getState().unchecked) };
  ahead = asked;
  return asked.answered.then(
    (answer) => void (ahead === asked && Object.assign(asked, { answer })),
    () => (ahead = ahead === asked ? null : ahead),
  );
}

/** The search asked ahead for `question`, if any. */
const aheadFor = (question: string): typeof ahead => (ahead?.question === question ? ahead : null);

/**
 * Searches the app's index (in its worker) as the query or filters change, and again whenever the
 * index does: a query typed while the index is being built gets its results once it is ready.
 * `settled` says whether `hits` answer the current query on the current index (until then they
 * are the previous answer, or none while the index is being built and the query has changed). `answered`: `hits` answer
 * the current query and filters, if perhaps on an index changed since (asked again meanwhile). `unchecked`: `hits` came from a saved index not yet checked against
 * the journal (asked while it was): each hit's record was read and only those still matching are
 * in `hits` (see checkHits), but changes the check has not reached may still add matches; it
 * stays so until an answer asked after the check replaces them. `start: 'now'` builds the index at once (the search screen); 'idle'
 * once the app is idle (the palette, mounted with the app, so the first screen never waits for it).
 */
export function useSearch(
  query: string,
  filters: SearchFilters,
  limit = LIMIT,
  start: 'now' | 'idle' = 'now',
): { hits: SearchHit[]; index: SearchIndexState; settled: boolean; answered: boolean; unchecked: boolean } {
  useEffect(() => {
    if (start === 'idle') return startSearchIndexWhenIdle();
    void startSearchIndex();
  }, [start]);
  const index = useSearchIndexState();
  const question = questionOf(limit, query, filters);
  const request = JSON.stringify([index.version, question, !!index.unchecked]);
  // A search asked ahead for this question (searchAhead): already answered, the first render shows its hits.
  // Only the Search screen's hook (start 'now') takes it: the palette's, mounted with the app, never does.
  const [early] = useState(() => (start === 'now' ? aheadFor(question) : null));
  const [answer, setAnswer] = useState<{ request: string; question: string; hits: SearchHit[]; unchecked: boolean }>(() => ({
    request: '',
    question: early?.answer ? question : '',
    hits: early?.answer?.hits ?? [],
    unchecked: !!early?.answer?.unchecked,
  }));
  // Whether the first render showed that answer (else it is shown when it comes, or came: between
  // the first render and its effects, which the app runs a task later).
  const [aheadShown] = useState(() => !!early?.answer);
  // The searches asked: how many, the question of the last one, and the number of the one whose
  // answer is shown. While the index fills, every chunk taken in changes its version and asks
  // again; the answer to the search before (the first hits, held in the worker until they were
  // found) still shows until the newer one's arrives, instead of waiting for another round trip
  // through two busy threads (issue 12). An answer never replaces a later search's, nor one to
  // another question.
  // The search asked ahead (number 0), when it is still on its way, is one of them.
  const asked = useRef({ count: 0, question: '', shown: 0, mounted: true });
  useEffect(() => {
    const searches = asked.current;
    searches.mounted = true;
    // Taken by the Search screen (or not for it): not given to another.
    if (start === 'now') ahead = null;
    return () => {
      searches.mounted = false;
    };
  }, [start]);
  useEffect(() => {
    const searches = asked.current;
    const number = ++searches.count;
    const [, question, unchecked] = JSON.parse(request) as [number, string, boolean];
    searches.question = question;
    const show = (answered: Promise<{ hits: SearchHit[]; unchecked: boolean }>, n: number, of: string) =>
      answered.then(
        (a) => {
          if (!searches.mounted || n < searches.shown || question !== searches.question) return;
          searches.shown = n;
          setAnswer({ request: of, question, ...a });
        },
        // A stopped or failed index: its state says so (status 'failed'); the old answer stays.
        () => undefined,
      );
    if (number === 1 && early && !aheadShown && early.question === question) void show(early.answered, 0, '');
    const [max, q, f] = JSON.parse(question) as [number, string, SearchFilters];
    // From an index not yet checked: each hit's record is read before the answer is given, so a
    // list (and its count) never holds one deleted or changed while the app was closed.
    void show(
      ask(q, f, max, () => unchecked),
      number,
      request,
    );
  }, [request, early, aheadShown]);
  // While the index is being filled, a search that finds nothing yet is answered only once it
  // does (the worker holds it: searchWorkerProtocol.ts); the hits of an earlier query are not
  // shown for this one meanwhile (the screen says it is indexing). Once ready, they stay until the
  // answer replaces them a few milliseconds later (no flicker while typing).
  const stale = index.status !== 'ready' && answer.question !== question;
  return {
    hits: stale ? [] : answer.hits,
    index,
    settled: answer.request === request,
    answered: answer.question === question,
    unchecked: answer.unchecked,
  };
}
