import { lazy, type ComponentType } from 'react';
import { whenIdleAfter } from './idle';

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

/** Preloads screens (the likely next steps from the current one) when idle, a second after the current screen mounts. Returns a cancel function. */
export function preloadWhenIdle(screens: readonly LazyScreen[], afterMs = 1_000): () => void {
  return whenIdleAfter(afterMs, () => {
    for (const s of screens) void s.preload();
  });
}
