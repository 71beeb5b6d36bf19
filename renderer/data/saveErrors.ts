/** What went wrong with a write, in words a person can act on (IndexedDB and Dexie error shapes are known only here). */
import { SaveConflictError } from './revisions';

/** True for the browser's "storage full" failure, however Dexie wrapped it. */
export function isStorageFull(e: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const { name, message } = cur as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || (typeof message === 'string' && /QuotaExceeded|quota/i.test(message))) return true;
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** The storage-full message: what happened, that nothing was lost, and what to do. */
export const STORAGE_FULL_MESSAGE =
  "Your computer's disk is full, so this change couldn't be saved. Nothing is lost: what you wrote is still here, and everything saved before is safe. Free some disk space (or export a backup from Settings > Your data), then save again.";

/** One sentence for a failed write of `what` ("the follow-up", "this entry"). */
export function saveFailureMessage(e: unknown, what: string): string {
  if (e instanceof SaveConflictError) {
    return e.theirs === null
      ? `Nothing was changed: ${what} was deleted in another window.`
      : `Nothing was changed: ${what} was changed in another window in the meantime, and that newer version is kept.`;
  }
  if (isStorageFull(e)) return STORAGE_FULL_MESSAGE;
  return `Nothing was saved: ${e instanceof Error ? e.message : String(e)}`;
}
