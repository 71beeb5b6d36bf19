import { useEffect, useState } from 'react';

/** Runs `run` once the browser has painted the next frame (a frame, then a task); returns a cancel function. */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * False until the browser has painted once after `ready` turned true (a frame, then a task), then
 * true for good: a screen shows what a person came for first and mounts the rest after it.
 * `now()` makes it true at once (e.g. an export that needs the deferred part).
 */
export function useAfterPaint(ready: boolean): [boolean, now: () => void] {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [ready, painted]);
  return [painted, () => setPainted(true)];
}
