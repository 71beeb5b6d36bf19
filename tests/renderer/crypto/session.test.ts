import { afterEach, describe, expect, it } from 'vitest';
import {
  currentKey,
  isLocked,
  JournalLockedError,
  openingKey,
  sealingKey,
  setLocked,
  setOpeningOnly,
  setPlain,
  setUnlocked,
  subscribeToLock,
} from '../../../renderer/crypto/session';
import { connectJournalLock, isJournalLocked } from '../../../renderer/features/reminders/journalLock';

afterEach(() => {
  connectJournalLock(null);
  setPlain();
});

describe('the lock state, as the reminders see it', () => {
  it('tells listeners only when the journal locks or unlocks', () => {
    const seen: boolean[] = [];
    const off = subscribeToLock(() => seen.push(isLocked()));
    setLocked(); // plain -> locked
    setUnlocked(new Uint8Array(32).fill(7)); // locked -> unlocked
    setUnlocked(new Uint8Array(32).fill(8)); // still unlocked: no call
    setLocked(); // unlocked -> locked
    setOpeningOnly(new Uint8Array(32).fill(9)); // locked -> plain with a key: unlocked
    setPlain(); // still not locked: no call
    off();
    setLocked(); // unsubscribed
    expect(seen).toEqual([true, false, true, false]);
  });

  it('reaches the reminders seam once connected (as renderer/main.tsx does)', () => {
    expect(isJournalLocked()).toBe(false);
    connectJournalLock({ isLocked, subscribe: subscribeToLock });
    setLocked();
    expect(isJournalLocked()).toBe(true);
    setUnlocked(new Uint8Array(32).fill(1));
    expect(isJournalLocked()).toBe(false);
  });
});

describe('the data key on lock', () => {
  it('is zeroed in place and dropped: the bytes a caller held are all 0 and no function gives a key back', () => {
    const key = new Uint8Array(32).fill(0xab);
    setUnlocked(key);
    expect(sealingKey()).toBe(key);
    setLocked();
    expect([...key]).toEqual(new Array(32).fill(0));
    expect(currentKey()).toBeNull();
    expect(() => sealingKey()).toThrow(JournalLockedError);
    expect(() => openingKey()).toThrow(JournalLockedError);
  });

  it('a key replaced by another (a new unlock) is zeroed too', () => {
    const first = new Uint8Array(32).fill(5);
    setUnlocked(first);
    setUnlocked(new Uint8Array(32).fill(6));
    expect([...first]).toEqual(new Array(32).fill(0));
    expect([...currentKey()!]).toEqual(new Array(32).fill(6));
  });
});
