/**
 * "Unlock with this computer's account": the journal's data key encrypted by Electron
 * safeStorage (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux). Written against
 * an injected safeStorage so it is tested without Electron.
 */
import type { KeyStoreStatus } from '../shared/ipc';

/** The parts of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Uint8Array): string;
  /** Linux only: which secret store safeStorage uses ('basic_text' means none: a hard-coded key). */
  getSelectedStorageBackend?(): string;
}

export interface KeyStore {
  status(): KeyStoreStatus;
  protect(data: Uint8Array): Uint8Array<ArrayBuffer>;
  unprotect(data: Uint8Array): Uint8Array<ArrayBuffer>;
}

/** The key store over safeStorage; refuses to work where it would not protect anything. */
export function createKeyStore(safeStorage: SafeStorageLike, platform: string): KeyStore {
  const status = (): KeyStoreStatus => {
    if (!safeStorage.isEncryptionAvailable())
      return { available: false, reason: 'This computer offers no key store to Sextant (safeStorage is unavailable).' };
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text')
      return {
        available: false,
        reason: 'No system keyring (GNOME Keyring or KWallet) is running, so the key could only be stored with a fixed password.',
      };
    return { available: true };
  };
  const requireAvailable = () => {
    const s = status();
    if (!s.available) throw new Error(s.reason);
  };
  return {
    status,
    protect(data) {
      requireAvailable();
      // safeStorage takes strings: the key goes in as base64 and comes back as bytes.
      return new Uint8Array(safeStorage.encryptString(Buffer.from(data).toString('base64')));
    },
    unprotect(data) {
      requireAvailable();
      return new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(data)), 'base64'));
    },
  };
}
