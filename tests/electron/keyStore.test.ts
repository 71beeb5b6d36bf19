import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createIpcHandlers, guardedHandler, type IpcDeps } from '../../electron/ipc';
import { createKeyStore, type SafeStorageLike } from '../../electron/keyStore';
import { LOCKING_POWER_EVENTS, lockOnPowerEvents } from '../../electron/powerLock';
import { InputError } from '../../shared/errors';

/** A stand-in for safeStorage: "encrypts" by reversing and prefixing, so a round trip is checkable. */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): SafeStorageLike & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString(plain) {
      calls.push(plain);
      return Buffer.from('v10' + [...plain].reverse().join(''));
    },
    decryptString(buf) {
      const s = Buffer.from(buf).toString();
      if (!s.startsWith('v10')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...s.slice(3)].reverse().join('');
    },
  };
}

const trusted = { sender: 'ours', senderFrame: { url: 'app://sextant/index.html', parent: null } };
const isOurs = (c: unknown) => c === 'ours';

describe('OS key store (safeStorage)', () => {
  it('protects the data key as base64 text through safeStorage and gives the same bytes back', () => {
    const safe = fakeSafeStorage();
    const store = createKeyStore(safe, 'darwin');
    const key = new Uint8Array(32).map((_, i) => i);
    const wrapped = store.protect(key);
    expect(safe.calls).toEqual([Buffer.from(key).toString('base64')]);
    expect(Buffer.from(wrapped).toString()).not.toContain(Buffer.from(key).toString('base64'));
    expect(store.unprotect(wrapped)).toEqual(key);
  });

  it('is unavailable with a reason when safeStorage is, and on Linux without a keyring (basic_text)', () => {
    expect(createKeyStore(fakeSafeStorage(false), 'win32').status()).toEqual({
      available: false,
      reason: 'This computer offers no key store to Sextant (safeStorage is unavailable).',
    });
    const linux = createKeyStore(fakeSafeStorage(true, 'basic_text'), 'linux');
    expect(linux.status().available).toBe(false);
    expect(linux.status().reason).toMatch(/No system keyring/);
    expect(() => linux.protect(new Uint8Array(32))).toThrow(/No system keyring/);
    expect(createKeyStore(fakeSafeStorage(true, 'basic_text'), 'darwin').status()).toEqual({ available: true });
  });

  it('the keystore channels validate their argument: bytes of 1 to 4,096, nothing else', async () => {
    const keyStore = createKeyStore(fakeSafeStorage(), 'linux');
    const handlers = createIpcHandlers({ keyStore } as unknown as IpcDeps);
    const protect = guardedHandler('keystore:protect', handlers['keystore:protect'], isOurs);
    await expect(protect(trusted, 'a string')).rejects.toThrow(InputError);
    await expect(protect(trusted, new Uint8Array(0))).rejects.toThrow('must be 1 to 4,096 bytes');
    await expect(protect(trusted, new Uint8Array(5000))).rejects.toThrow('must be 1 to 4,096 bytes');
    const wrapped = await protect(trusted, new Uint8Array([1, 2, 3]));
    const unprotect = guardedHandler('keystore:unprotect', handlers['keystore:unprotect'], isOurs);
    expect(await unprotect(trusted, wrapped)).toEqual(new Uint8Array([1, 2, 3]));
    const status = guardedHandler('keystore:status', handlers['keystore:status'], isOurs);
    expect(await status(trusted, undefined)).toEqual({ available: true });
    await expect(status(trusted, 'extra')).rejects.toThrow(InputError);
    await expect(protect({ ...trusted, senderFrame: { url: 'https://evil.example/', parent: null } }, new Uint8Array([1]))).rejects.toThrow(
      /untrusted sender/,
    );
  });
});

describe('locking on power events', () => {
  it('sends lock-journal when the screen locks and when the computer suspends, and on nothing else', () => {
    const listeners = new Map<string, () => void>();
    const send = vi.fn();
    lockOnPowerEvents({ on: (event, fn) => listeners.set(event, fn) }, send);
    expect([...listeners.keys()]).toEqual(['lock-screen', 'suspend']);
    expect(LOCKING_POWER_EVENTS).toEqual(['lock-screen', 'suspend']);
    listeners.get('lock-screen')!();
    expect(send).toHaveBeenCalledWith('lock-journal');
    listeners.get('suspend')!();
    expect(send).toHaveBeenCalledTimes(2);
  });
});
