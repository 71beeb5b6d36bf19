// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isLocked, setPlain, setUnlocked } from '../../../renderer/crypto/session';
import { lockNow } from '../../../renderer/features/privacy/lock';

beforeEach(() => {
  // The reload is a timer (one task later): never run here (jsdom cannot reload).
  vi.useFakeTimers();
  setUnlocked(new Uint8Array(32).fill(3));
});

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  setPlain();
  window.history.replaceState(null, '', '/');
});

describe('locking', () => {
  it('from the lock command (/lock): the reload opens Home after unlocking, not /lock, which would lock again at once', () => {
    window.history.pushState(null, '', '/index.html#/people');
    window.history.pushState({ idx: 1 }, '', '/index.html#/lock');
    const length = window.history.length;
    lockNow();
    expect(isLocked()).toBe(true);
    expect(window.location.pathname + window.location.hash).toBe('/index.html#/');
    // The entry was replaced, not added.
    expect(window.history.length).toBe(length);
  });

  it('from any other screen (the idle lock): the reload keeps the screen', () => {
    window.history.pushState(null, '', '/index.html#/journal?filter=reflection');
    lockNow();
    expect(isLocked()).toBe(true);
    expect(window.location.pathname + window.location.hash).toBe('/index.html#/journal?filter=reflection');
  });
});
