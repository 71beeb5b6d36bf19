import { createElement, lazy, type ComponentType } from 'react';
import { whenIdleAfter } from '../platform/idle';

/** A screen loaded on first use; `preload()` fetches its code ahead of time (idempotent while it succeeds). */
export type LazyScreen = ComponentType & { preload: () => Promise<unknown> };

/**
 * A screen loaded on first use (its own chunk), for React.lazy with named exports: the first
 * screen of the app then never pays for the code of the others (charts, Markdown, backups).
 *
 * A failed load is not remembered: React.lazy keeps a rejected load forever, so after a failure
 * the next render gets a fresh lazy component whose load imports the chunk again. The route's
 * error screen ("Reload this screen") is that next render.
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyScreen {
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const fresh = () =>
    lazy(async () => {
      try {
        return { default: (await preload())[name] as ComponentType };
      } catch (error) {
        current = fresh();
        throw error;
      }
    });
  let current = fresh();
  const Screen = (props: object) => createElement(current, props);
  return Object.assign(Screen, { preload });
}

/** Preloads screens (the likely next steps from the current one) when idle, a second after the current screen mounts. Returns a cancel function. */
export function preloadWhenIdle(screens: readonly LazyScreen[], afterMs = 1_000): () => void {
  return whenIdleAfter(afterMs, () => {
    // A failed preload is not reported: visiting the screen retries and, failing again, shows the error screen.
    for (const s of screens) s.preload().catch(() => undefined);
  });
}
