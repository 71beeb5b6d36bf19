import { lazy, type ComponentType } from 'react';

/**
 * A screen loaded on first use (its own chunk), for React.lazy with named exports: the first
 * screen of the app then never pays for the code of the others (charts, Markdown, backups).
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
