import { lazy, type ComponentType } from 'react';

/** A screen loaded on first use; `preload()` fetches its code ahead of time (idempotent). */
export type LazyScreen = ComponentType & { preload: () => Promise<unknown> };

/**
 * A screen loaded on first use (its own chunk), for React.lazy with named exports: the first
 * screen of the app then never pays for the code of the others (charts, Markdown, backups).
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyScreen {
  let loading: Promise<M> | undefined;
  const preload = () => (loading ??= load());
  const screen = lazy(async () => ({ default: (await preload())[name] as ComponentType }));
  return Object.assign(screen, { preload });
}

/** Preloads screens once the page is idle (the likely next steps from the current one). Returns a cancel function. */
export function preloadWhenIdle(screens: readonly LazyScreen[]): () => void {
  const run = () => { for (const s of screens) void s.preload(); };
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 500);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: 3_000 });
  return () => cancelIdleCallback(handle);
}
