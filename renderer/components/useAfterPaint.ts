import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once after `ready` turned true (a frame, then a task), then
 * true for good: a screen shows what a person came for first and mounts the rest after it.
 * `now()` makes it true at once (e.g. an export that needs the deferred part).
 */
export function useAfterPaint(ready: boolean): [boolean, now: () => void] {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return [painted, () => setPainted(true)];
}
