/**
 * Live queries for the screens: `useLiveQuery(() => someRepositoryRead(), deps)` re-renders when
 * the data it read changes. Screens import it from here so that only renderer/data depends on
 * Dexie (the database and its hooks); what they query stays the repositories' functions.
 */
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';

export { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live query started before its screen renders (startReads.ts): one query of the database,
 * answered once for the first render and then followed by the screen's hook (`useHeldLiveQuery`),
 * which takes it over instead of running the same query again. It gives each new subscriber its
 * latest answer at once and, like Dexie's own, says whether it has one (`hasValue`, `getValue`).
 */
export interface HeldLiveQuery<T> {
  /** The first answer (rejects with the query's failure). */
  first: Promise<T>;
  hasValue(): boolean;
  getValue(): T | undefined;
  subscribe(next: (value: T) => void, error?: (e: unknown) => void): { unsubscribe(): void };
  /** Ends it: nobody follows it now, and nobody will (the query stops watching the database). */
  stop(): void;
}

export function holdLiveQuery<T>(querier: () => Promise<T>): HeldLiveQuery<T> {
  const followers = new Set<{ next: (value: T) => void; error?: (e: unknown) => void }>();
  let answered: { value: T } | null = null;
  let failed: { error: unknown } | null = null;
  let settleFirst: { resolve: (value: T) => void; reject: (e: unknown) => void };
  const first = new Promise<T>((resolve, reject) => (settleFirst = { resolve, reject }));
  // A caller may drop the first answer; the query's failure is then the screen's (its hook throws it).
  first.catch(() => undefined);
  const source = liveQuery(querier).subscribe({
    next: (value) => {
      answered = { value };
      failed = null;
      settleFirst.resolve(value);
      for (const f of [...followers]) f.next(value);
    },
    error: (error: unknown) => {
      failed = { error };
      settleFirst.reject(error);
      for (const f of [...followers]) f.error?.(error);
    },
  });
  let ending: ReturnType<typeof setTimeout> | undefined;
  return {
    first,
    hasValue: () => answered !== null,
    getValue: () => answered?.value,
    subscribe(next, error) {
      clearTimeout(ending);
      const follower = { next, error };
      followers.add(follower);
      if (failed) error?.(failed.error);
      else if (answered) next(answered.value);
      return {
        unsubscribe() {
          followers.delete(follower);
          // Not at once: React's development checks unmount and mount a screen's effects again straight away.
          if (followers.size === 0) ending = setTimeout(() => followers.size === 0 && source.unsubscribe(), 0);
        },
      };
    },
    stop: () => source.unsubscribe(),
  };
}

/**
 * `useLiveQuery(querier, deps, defaultResult)`, unless `held` is given: then the component follows
 * that query (its latest answer from the first render on) instead of starting the same one, and once
 * the component is unmounted the query stops. `held` may be dropped (given as undefined) later, never
 * replaced by another: the component then runs its own query.
 */
export function useLiveQueryOrHeld<T>(
  held: HeldLiveQuery<T> | undefined,
  querier: () => Promise<T>,
  deps: unknown[],
  defaultResult?: T,
): T | undefined {
  return useObservable(() => held ?? liveQuery(querier), [held, ...deps], defaultResult);
}
