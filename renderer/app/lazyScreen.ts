import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';
import { whenIdleAfter } from '../platform/idle';

/** A screen loaded on first use; `preload()` fetches its code ahead of time (idempotent while it succeeds) and resolves to its module. */
export type LazyScreen<P extends object = object, M = unknown> = ComponentType<P> & { preload: () => Promise<M>; isLoaded: () => boolean };

/** The props of the component a module exports under `name`. */
type PropsOf<M, K extends keyof M> = M[K] extends ComponentType<infer P> ? (P extends object ? P : object) : object;

// Bumped by retryFailedScreens(): screens whose load failed before it load again on their next render.
let retryGeneration = 0;

/** Lets every screen whose code failed to load try again on its next render ("Reload this screen"). */
export function retryFailedScreens(): void {
  retryGeneration++;
}

/**
 * A screen loaded on first use (its own chunk), for React.lazy with named exports: the first
 * screen of the app then never pays for the code of the others (charts, Markdown, backups).
 *
 * Once its code has arrived (preloaded, or loaded by an earlier visit) the screen renders its
 * component directly, without suspending: React.lazy suspends on its first render even when the
 * chunk is already there, and React keeps a revealed fallback up for at least 300 ms, so a screen
 * whose code was ready still appeared ~0.3 s late on a cold start.
 *
 * A failed load is not remembered for good: React.lazy keeps a rejected load forever, so once
 * retryFailedScreens() is called the screen's next render uses a fresh lazy component whose load
 * imports the chunk again. Only then: React renders again right after an error, and an automatic
 * retry there would request the chunk in a loop.
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyScreen<PropsOf<M, K>, M> {
  type P = PropsOf<M, K>;
  let loading: Promise<M> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (m) => {
        loaded = m[name] as ComponentType<P>;
        return m;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  let failed = false;
  const fresh = () =>
    lazy(async () => {
      try {
        return { default: (await preload())[name] as ComponentType<P> };
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  let current = fresh();
  let madeIn = retryGeneration;
  const Screen = (props: P) => {
    if (loaded) return createElement(loaded, props);
    if (failed && madeIn !== retryGeneration) {
      failed = false;
      madeIn = retryGeneration;
      current = fresh();
    }
    return createElement(current, props);
  };
  Screen.displayName = `LazyScreen(${String(name)})`;
  return Object.assign(Screen, { preload, isLoaded: () => loaded !== undefined });
}

/** Preloads screens (the likely next steps from the current one) when idle, a second after the current screen mounts. Returns a cancel function. */
export function preloadWhenIdle(screens: readonly Pick<LazyScreen, 'preload'>[], afterMs = 1_000): () => void {
  return whenIdleAfter(afterMs, () => {
    // A failed preload is not reported: visiting the screen retries and, failing again, shows the error screen.
    for (const s of screens) s.preload().catch(() => undefined);
  });
}

/**
 * True once the code of every one of `parts` has arrived (or failed to: rendering the part then
 * shows its error), after `wanted` turned true; false before. A screen renders a part loaded on
 * demand only then, so it never shows a Suspense fallback, which React keeps up for at least
 * 300 ms once revealed: the screen keeps what it showed until the part can render at once.
 */
export function usePreloaded(parts: readonly Pick<LazyScreen, 'preload' | 'isLoaded'>[], wanted: boolean): boolean {
  const [ready, setReady] = useState(() => parts.every((p) => p.isLoaded()));
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    const done = () => void (live && setReady(true));
    Promise.all(parts.map((p) => p.preload())).then(done, done);
    return () => {
      live = false;
    };
    // `parts` is a module-level list: only `wanted` starts the load.
  }, [parts, wanted, ready]);
  return ready;
}
