import { useEffect } from 'react';
import { useLiveQuery } from '../data/live';

// Reads a screen's first render needs, made as the app opens on that screen: a route's `warm`
// (routes.tsx) starts them once the journal is open, beside the theme read, and the first render
// waits for them with it. So that render already shows the content (an empty state, the data)
// instead of a heading alone, a live query started after the first commit and a second render.
// Only the screen's first mount uses a result: its live query takes over from its first answer.
const results = new Map<string, unknown>();

/** Reads `key`'s result for the first render; resolves when done (a failure leaves it to the screen's own query). */
export function readAtStart(key: string, read: () => Promise<unknown>): Promise<void> {
  return read().then(
    (value) => void results.set(key, value),
    () => undefined,
  );
}

/** What `readAtStart(key, …)` read, while no screen has used it yet. */
export function resultAtStart<T>(key: string): T | undefined {
  return results.get(key) as T | undefined;
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

/**
 * `useLiveQuery(querier, deps)` whose first render has the result read at start under `key`, if
 * any (then forgotten: a later visit reads afresh). Before its own first answer it shows that one.
 */
export function useLiveQueryFromStart<T>(key: string, querier: () => Promise<T>, deps: unknown[]): T | undefined {
  const result = useLiveQuery(querier, deps, resultAtStart<T>(key));
  useEffect(() => void results.delete(key), [key]);
  return result;
}
