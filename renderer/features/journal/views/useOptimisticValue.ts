import { useState } from 'react';

/**
 * A stored value with a pending local override: a toggle shows its new state at once, and the
 * override is dropped when the stored record changes (its `version`, e.g. updatedAt) or is
 * cleared with null after a failed save.
 */
export function useOptimisticValue<T>(stored: T, version: string): [T, (pending: T | null) => void] {
  const [pending, setPending] = useState<{ value: T; version: string } | null>(null);
  const current = pending && pending.version === version ? pending.value : stored;
  return [current, (value) => setPending(value === null ? null : { value, version })];
}
