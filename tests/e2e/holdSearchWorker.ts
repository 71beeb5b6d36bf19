import type { BrowserContext, Route } from 'playwright-core';

// The search index's worker script (its own chunk).
const SEARCH_WORKER = /\/assets\/search\.worker-[\w-]+\.js$/;

/**
 * Holds back every request for the search worker's script in `context` (not answered, so no
 * worker runs and the index cannot answer) until `release()`, which lets those held and every
 * later one through. `held()`: how many requests are waiting (a positive sign a worker was asked for).
 */
export async function holdSearchWorker(context: BrowserContext): Promise<{ held: () => number; release: () => Promise<void> }> {
  const waiting: Route[] = [];
  let released = false;
  await context.route(SEARCH_WORKER, (route) => (released ? route.continue() : void waiting.push(route)));
  return {
    held: () => waiting.length,
    release: async () => {
      released = true;
      for (const route of waiting.splice(0)) await route.continue();
    },
  };
}
