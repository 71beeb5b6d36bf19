/**
 * The one idle scheduler. Runs `run` at the first idle moment after `delayMs` (at the latest `idleTimeoutMs` after that).
 * Not at the first idle moment at once: while a screen waits for its data the page looks idle,
 * and work started then would delay its first rows (pass 0 when there is no screen to wait for). Without
 * requestIdleCallback (older WebKit), runs after the delay. Returns a cancel function.
 */
export function whenIdleAfter(delayMs: number, run: () => void, idleTimeoutMs = 3_000): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: idleTimeoutMs });
    else run();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
