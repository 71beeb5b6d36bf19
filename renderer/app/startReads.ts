import { useEffect, useState } from 'react';
import { holdLiveQuery, useLiveQueryOrHeld, type HeldLiveQuery } from '../data/live';

// Reads a screen's first render needs, made as the app opens on that screen: a route's `warm`
// (routes.tsx) starts them once the journal is open, beside the theme read, and the first render
// waits for them with it. So that render already shows the content (an empty state, the data)
// instead of a heading alone, a live query started after the first commit and a second render.
// Only the screen's first mount uses a result: its live query takes over from its first answer.
const results = new Map<string, unknown>();
// Live queries started at start (liveAtStart), until the screen's hook takes them over, with the
// values their querier was made from (the hook's deps: it follows the query only for those).
const held = new Map<string, { query: HeldLiveQuery<unknown>; deps: readonly unknown[] }>();

/** How long a live query started at start waits for its screen to take it over. */
const UNTAKEN_MS = 10_000;

/** Reads `key`'s result for the first render; resolves when done (a failure leaves it to the screen's own query). */
export function readAtStart(key: string, read: () => Promise<unknown>): Promise<void> {
  return read().then(
    (value) => void results.set(key, value),
    () => undefined,
  );
}

/**
 * Starts the live query a screen follows with `useLiveQueryFromStart(key, querier, …)`, for its
 * first render: the screen's hook then takes this query over rather than running it again after
 * that render (at 10,000 entries the plan's input costs ~150 ms of the main thread per run).
 * Resolves with its first answer (undefined when it fails: left to the screen's own query).
 */
export function liveAtStart<T>(key: string, querier: () => Promise<T>, deps: readonly unknown[] = []): Promise<T | undefined> {
  held.get(key)?.query.stop();
  const live = { query: holdLiveQuery(querier) as HeldLiveQuery<unknown>, deps };
  held.set(key, live);
  const forget = () => {
    if (held.get(key) !== live) return;
    held.delete(key);
    live.query.stop();
  };
  return (live.query.first as Promise<T>).then(
    (value) => {
      // Not taken (the screen never came): it stops watching the journal.
      setTimeout(forget, UNTAKEN_MS);
      return value;
    },
    () => {
      forget();
      return undefined;
    },
  );
}

/** What `readAtStart(key, …)` or `liveAtStart(key, …)` read, while no screen has used it yet. */
export function resultAtStart<T>(key: string): T | undefined {
  return (results.get(key) ?? held.get(key)?.query.getValue()) as T | undefined;
}

/** A result read at start with the question it answers (a filter, a set of ids): used only for that question. */
export interface AnsweredAtStart<T> {
  question: string;
  value: T;
}

/**
 * What `readAtStart(key, …)` read for `question` (an AnsweredAtStart), for a screen's first
 * render: undefined if it answered another question or none was read; forgotten once the screen
 * is mounted (a later visit reads afresh). For a live query's first answer (its default result).
 */
export function useResultAtStart<T>(key: string, question: string): T | undefined {
  const start = resultAtStart<AnsweredAtStart<T>>(key);
  useEffect(() => void results.delete(key), [key]);
  return start?.question === question ? start.value : undefined;
}

/** Whether two lists of deps hold the same values (as React compares a hook's deps). */
const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * `useLiveQuery(querier, deps)` whose first render has the answer read at start under `key`, if
 * any: the live query `liveAtStart` started, followed from then on (not run again), or a result
 * `readAtStart` read, shown until the hook's own query answers. Taken by the first mount only (a
 * later visit reads afresh), and followed only while `deps` are those it was started with: once
 * they change, the hook runs its own query, for good (the one started at start then stops).
 */
export function useLiveQueryFromStart<T>(key: string, querier: () => Promise<T>, deps: unknown[]): T | undefined {
  // Read, not removed, in the initialiser (React may call it twice); forgotten once mounted.
  const [start] = useState(() => held.get(key));
  const [left, setLeft] = useState(false);
  const following = start !== undefined && !left && sameDeps(start.deps, deps);
  // Other deps: left for good (back to the first ones, the query started at start may have stopped).
  if (start && !left && !following) setLeft(true);
  const live = following ? (start.query as HeldLiveQuery<T>) : undefined;
  const result = useLiveQueryOrHeld(live, querier, deps, start && !following ? undefined : resultAtStart<T>(key));
  useEffect(() => {
    results.delete(key);
    if (start && held.get(key) === start) held.delete(key);
  }, [key, start]);
  // Taken but not (or no longer) followed: it stops watching the journal.
  useEffect(() => void (start && !following && start.query.stop()), [start, following]);
  return result;
}
