/**
 * The encryption state of this window: whether the journal is encrypted, and the data key while
 * it is unlocked. The key lives only here (one reference, never logged or persisted); locking
 * zeroes it and reloads the renderer, so no decrypted record, cache or search index survives.
 */
let dataKey: Uint8Array | null = null;
let encrypted = false;
const listeners = new Set<() => void>();

/** Calls the listener whenever the journal locks or unlocks; returns the unsubscribe function. */
export function subscribeToLock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs `change` and tells the listeners when the locked state flipped. */
function changing(change: () => void): void {
  const before = isLocked();
  change();
  if (isLocked() !== before) listeners.forEach((l) => l());
}

/** Thrown when the journal is encrypted and locked and something tries to read or write it. */
export class JournalLockedError extends Error {
  constructor() {
    super('The journal is locked. Unlock it to read or change it.');
    this.name = 'JournalLockedError';
  }
}

/** Whether the journal is stored encrypted. */
export function isEncrypted(): boolean {
  return encrypted;
}

/** Whether the journal is encrypted and its key is not in memory. */
export function isLocked(): boolean {
  return encrypted && dataKey === null;
}

/** The data key writes are sealed with: null for a plain journal; throws when encrypted and locked. */
export function sealingKey(): Uint8Array | null {
  if (!encrypted) return null;
  if (!dataKey) throw new JournalLockedError();
  return dataKey;
}

/** The data key to open sealed records with (a plain journal may still be mid-migration); throws when absent. */
export function openingKey(): Uint8Array {
  if (!dataKey) throw new JournalLockedError();
  return dataKey;
}

/** A plain journal: nothing sealed on write. */
export function setPlain(): void {
  changing(() => {
    forgetKey();
    encrypted = false;
  });
}

/** An encrypted journal, locked until `setUnlocked`. */
export function setLocked(): void {
  changing(() => {
    forgetKey();
    encrypted = true;
  });
}

/** An encrypted journal, unlocked with its data key (records are sealed on write from now on). */
export function setUnlocked(key: Uint8Array): void {
  changing(() => {
    if (dataKey && dataKey !== key) dataKey.fill(0);
    dataKey = key;
    encrypted = true;
  });
}

/** A plain journal whose old key is still needed to read records (turning encryption off). */
export function setOpeningOnly(key: Uint8Array): void {
  changing(() => {
    dataKey = key;
    encrypted = false;
  });
}

/** A copy of the data key for work that outlives a state change (a backup being written). */
export function currentKey(): Uint8Array | null {
  return dataKey;
}

function forgetKey(): void {
  dataKey?.fill(0);
  dataKey = null;
}
