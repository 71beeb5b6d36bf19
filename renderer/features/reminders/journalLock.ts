import { useSyncExternalStore } from 'react';

/**
 * The seam between reminders and the journal lock. While the journal is locked, reminders carry
 * no private text ("A follow-up is due") and open the lock screen. The passphrase lock connects
 * its state here with connectJournalLock(); until then the journal counts as unlocked.
 */
export interface JournalLockSource {
  isLocked(): boolean;
  /** Calls the listener whenever the lock state changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const UNLOCKED: JournalLockSource = { isLocked: () => false, subscribe: () => () => {} };
let source: JournalLockSource = UNLOCKED;
const listeners = new Set<() => void>();
let unsubscribeSource: () => void = () => {};

/** Connects the lock's state (call once at start; pass null to disconnect). */
export function connectJournalLock(next: JournalLockSource | null): void {
  unsubscribeSource();
  source = next ?? UNLOCKED;
  unsubscribeSource = source.subscribe(() => listeners.forEach((l) => l()));
  listeners.forEach((l) => l());
}

/** Whether the journal is locked right now. */
export function isJournalLocked(): boolean {
  return source.isLocked();
}

/** The lock state, kept current in a component. */
export function useJournalLocked(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, isJournalLocked);
}
