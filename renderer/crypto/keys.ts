/**
 * Key handling: the random 256-bit data key, wrapped under a key derived from the passphrase
 * (PBKDF2-SHA256 via WebCrypto) and under a key derived from the recovery key (HKDF-SHA256).
 * Wrapping uses XChaCha20-Poly1305 from @noble/ciphers (audited); nothing here is a home-made
 * primitive. Key derivation is asynchronous (WebCrypto) and runs before any database transaction.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { Keyring, type PassphraseKdf, type WrappedKey } from '../../shared/crypto/keyring';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/crypto/recoveryKey';
import { fromBase64, randomBytes, toBase64 } from './bytes';

/** PBKDF2-SHA256 iterations for new passphrases (OWASP's 2023 minimum); stored per keyring so it can be raised. */
export const KDF_ITERATIONS = 600_000;
const KEY_BYTES = 32;
const NONCE_BYTES = 24;
const SALT_BYTES = 16;

/** The passphrase or recovery key did not open the keyring (or the keyring was altered). */
export class WrongSecretError extends Error {
  constructor(what: 'passphrase' | 'recovery key' | 'backup') {
    super(
      what === 'passphrase'
        ? 'That passphrase is not the right one.'
        : what === 'recovery key'
          ? 'That recovery key does not open this journal.'
          : 'Neither a passphrase nor a recovery key: this backup opens with the passphrase that was current when it was made, or with the recovery key.',
    );
    this.name = 'WrongSecretError';
  }
}

const enc = new TextEncoder();

/** Derives the passphrase's key-encryption key. */
export async function passphraseKek(passphrase: string, kdf: PassphraseKdf): Promise<Uint8Array> {
  const started = performance.now();
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt) as BufferSource, iterations: kdf.iterations },
    base,
    KEY_BYTES * 8,
  );
  // Its duration, for the benchmark to tell the KDF from the rest of an unlock (no secret in it).
  performance.measure?.('sextant:passphrase-kdf', { start: started, duration: performance.now() - started });
  return new Uint8Array(bits);
}

/** Derives the recovery key's key-encryption key. */
export async function recoveryKek(recovery: Uint8Array, salt: string): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', recovery as BufferSource, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: fromBase64(salt) as BufferSource, info: enc.encode('sextant recovery key') },
    base,
    KEY_BYTES * 8,
  );
  return new Uint8Array(bits);
}

const purposeAad = (purpose: 'passphrase' | 'recovery') => enc.encode(`sextant/data-key/${purpose}`);

/** Encrypts the data key under a key-encryption key. */
export function wrapKey(kek: Uint8Array, dataKey: Uint8Array, purpose: 'passphrase' | 'recovery'): WrappedKey {
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = xchacha20poly1305(kek, nonce, purposeAad(purpose)).encrypt(dataKey);
  return { nonce: toBase64(nonce), ciphertext: toBase64(ciphertext) };
}

/** Decrypts the data key; throws WrongSecretError when the key-encryption key (or the wrapping) is wrong. */
export function unwrapKey(kek: Uint8Array, wrapped: WrappedKey, purpose: 'passphrase' | 'recovery'): Uint8Array {
  try {
    return xchacha20poly1305(kek, fromBase64(wrapped.nonce), purposeAad(purpose)).decrypt(fromBase64(wrapped.ciphertext));
  } catch {
    throw new WrongSecretError(purpose === 'passphrase' ? 'passphrase' : 'recovery key');
  }
}

function newPassphraseKdf(iterations: number): PassphraseKdf {
  return { name: 'PBKDF2-SHA256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/** A new keyring: a fresh data key and recovery key. The recovery key is returned once, for the person to keep. */
export async function createKeyring(
  passphrase: string,
  now: string,
  iterations = KDF_ITERATIONS,
): Promise<{ keyring: Keyring; dataKey: Uint8Array; recoveryKey: string }> {
  const dataKey = randomBytes(KEY_BYTES);
  const recovery = randomBytes(RECOVERY_KEY_BYTES);
  const kdf = newPassphraseKdf(iterations);
  const recoverySalt = toBase64(randomBytes(SALT_BYTES));
  const keyring: Keyring = {
    format: 'sextant-keyring',
    version: 1,
    cipher: 'XChaCha20-Poly1305',
    passphrase: { kdf, wrapped: wrapKey(await passphraseKek(passphrase, kdf), dataKey, 'passphrase') },
    recovery: {
      kdf: { name: 'HKDF-SHA256', salt: recoverySalt },
      wrapped: wrapKey(await recoveryKek(recovery, recoverySalt), dataKey, 'recovery'),
    },
    createdAt: now,
    passphraseSetAt: now,
  };
  return { keyring: Keyring.parse(keyring), dataKey, recoveryKey: formatRecoveryKey(recovery) };
}

/** Opens the keyring with the passphrase. */
export async function unlockWithPassphrase(keyring: Keyring, passphrase: string): Promise<Uint8Array> {
  return unwrapKey(await passphraseKek(passphrase, keyring.passphrase.kdf), keyring.passphrase.wrapped, 'passphrase');
}

/** Opens the keyring with the recovery key as the person typed it (throws InputError for a malformed key). */
export async function unlockWithRecoveryKey(keyring: Keyring, typed: string): Promise<Uint8Array> {
  const recovery = parseRecoveryKey(typed);
  return unwrapKey(await recoveryKek(recovery, keyring.recovery.kdf.salt), keyring.recovery.wrapped, 'recovery');
}

/**
 * Opens the keyring with whichever secret the person typed: the passphrase or, failing that, the
 * recovery key. Throws WrongSecretError (`what` picks its wording) when neither opens it.
 */
export async function unlockWithEither(
  keyring: Keyring,
  secret: string,
  what: 'passphrase' | 'backup' = 'passphrase',
): Promise<Uint8Array> {
  try {
    return await unlockWithPassphrase(keyring, secret);
  } catch (e) {
    if (!(e instanceof WrongSecretError)) throw e;
  }
  try {
    return await unlockWithRecoveryKey(keyring, secret);
  } catch (e) {
    // A secret that is not shaped like a recovery key was meant as a passphrase.
    if (e instanceof WrongSecretError || (e instanceof Error && e.name === 'InputError')) throw new WrongSecretError(what);
    throw e;
  }
}

/**
 * The keyring with the data key wrapped under a new passphrase (fresh salt, current parameters).
 * The data key and the recovery wrapping do not change, so nothing else is re-encrypted.
 */
export async function rewrapPassphrase(
  keyring: Keyring,
  dataKey: Uint8Array,
  passphrase: string,
  now: string,
  iterations = KDF_ITERATIONS,
): Promise<Keyring> {
  const kdf = newPassphraseKdf(iterations);
  return {
    ...keyring,
    passphrase: { kdf, wrapped: wrapKey(await passphraseKek(passphrase, kdf), dataKey, 'passphrase') },
    passphraseSetAt: now,
  };
}

/** Whether the keyring's passphrase parameters are below today's (then unlocking re-wraps it). */
export function needsKdfUpgrade(keyring: Keyring, iterations = KDF_ITERATIONS): boolean {
  return keyring.passphrase.kdf.iterations < iterations;
}
