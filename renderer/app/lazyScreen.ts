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

/**
 * Preloads screens (the likely next steps from the current one) a moment after the current screen
 * mounts, once the page is idle. Not at the first idle moment: while the screen waits for its data
 * the page looks idle, and compiling other screens then would delay its first rows. Returns a
 * cancel function.
 */
export function preloadWhenIdle(screens: readonly LazyScreen[], afterMs = 1_000): () => void {
  const run = () => { for (const s of screens) void s.preload(); };
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 3_000 });
    else run();
  }, afterMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
