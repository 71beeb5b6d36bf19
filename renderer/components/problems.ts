/**
 * The one way a failure nobody awaited reaches the person: `reportError` (or `fireAndReport` for
 * a promise started and left to run) turns it into a short message that the app shows as a
 * non-blocking error toast (see useProblemToasts in App.tsx); `installGlobalErrorHandlers` does
 * the same for unhandled rejections and uncaught errors. Nothing is swallowed: each problem is
 * also written to the console with its stack. The one exception is the browser's ResizeObserver
 * loop notice (see `isResizeObserverLoopNotice`), which reports no failure.
 */

export interface Problem {
  id: number;
  /** A sentence for the person: what failed, then the error's own message. */
  text: string;
}

type Listener = (problem: Problem) => void;
const listeners = new Set<Listener>();
// Problems reported before anything listens (during start) wait here and are shown once it does.
const waiting: Problem[] = [];
let next = 1;

/** The error's message in plain words (an Error's message, or the thrown value as text). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Reports a failure: `what` says what was being done, in words ("Saving the theme"). */
export function reportError(error: unknown, what = 'Something in the background'): void {
  console.error(`${what} failed:`, error);
  const problem = { id: next++, text: `${what} failed: ${errorMessage(error)}` };
  if (listeners.size === 0) waiting.push(problem);
  for (const l of listeners) l(problem);
}

/** Runs a promise without waiting for it, reporting its failure instead of dropping it. */
export function fireAndReport(promise: Promise<unknown>, what: string): void {
  promise.catch((error: unknown) => reportError(error, what));
}

/** Listens for reported problems (those reported before it are delivered at once); returns an unsubscribe function. */
export function onProblem(listener: Listener): () => void {
  listeners.add(listener);
  for (const p of waiting.splice(0)) listener(p);
  return () => listeners.delete(listener);
}

/**
 * The browser's notice that a ResizeObserver callback changed a size it observes, so the rest of
 * this frame's observations wait for the next frame ("ResizeObserver loop completed with
 * undelivered notifications"; "... limit exceeded" in older engines). The virtual lists measure
 * their rows this way; nothing failed and nothing is lost, so it is not shown as a problem.
 */
export function isResizeObserverLoopNotice(message: unknown): boolean {
  return typeof message === 'string' && message.startsWith('ResizeObserver loop ');
}

/** Turns unhandled promise rejections and uncaught errors into reported problems (once, at start). */
export function installGlobalErrorHandlers(target: Window = window): void {
  target.addEventListener('unhandledrejection', (e) => reportError(e.reason, 'A background task'));
  target.addEventListener('error', (e) => {
    // Resource load errors (an image, a script tag) have no error object and are not ours to report.
    if (e.error === undefined && !e.message) return;
    if (!(e.error instanceof Error) && isResizeObserverLoopNotice(e.message)) return;
    reportError(e.error ?? e.message, 'Something on this screen');
  });
}
