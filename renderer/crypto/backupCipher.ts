/** Sealing and opening backup files (the format is in shared/crypto/backupEnvelope.ts). */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { EncryptedBackup, looksEncrypted } from '../../shared/crypto/backupEnvelope';
import type { Keyring } from '../../shared/crypto/keyring';
import { InputError, parseOrThrow } from '../../shared/errors';
import { parseJsonSafely } from '../../shared/safeJson';
import { MAX_BACKUP_BYTES } from '../../shared/backup/format';
import { fromBase64, randomBytes, toBase64 } from './bytes';
import { unlockWithEither } from './keys';

const aad = (exportedAt: string) => new TextEncoder().encode(`sextant/backup/v1/${exportedAt}`);

/** The backup JSON sealed under the data key, with the keyring that opens it. */
export function sealBackup(json: string, dataKey: Uint8Array, keyring: Keyring, exportedAt: string): string {
  const nonce = randomBytes(24);
  const ciphertext = xchacha20poly1305(dataKey, nonce, aad(exportedAt)).encrypt(new TextEncoder().encode(json));
  const envelope: EncryptedBackup = {
    format: 'sextant-encrypted-backup',
    formatVersion: 1,
    exportedAt,
    keyring,
    nonce: toBase64(nonce),
    ciphertext: toBase64(ciphertext),
  };
  return `${JSON.stringify(envelope)}\n`;
}

/** The encrypted envelope when the file is one (validated), null for a plain backup. Throws InputError for a damaged envelope. */
export function readEncryptedBackup(input: Uint8Array | string): EncryptedBackup | null {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  // Cheap check first: a plain backup is parsed by its own reader.
  if (!text.slice(0, 200).includes('sextant-encrypted-backup')) return null;
  const value = parseJsonSafely(text, { maxBytes: Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 10_000, what: 'encrypted backup' });
  if (!looksEncrypted(value)) return null;
  return parseOrThrow(EncryptedBackup, value, 'This encrypted backup file is damaged');
}

/** Opens an encrypted backup with the passphrase current when it was made, or the recovery key; returns the plain backup JSON. */
export async function openBackup(envelope: EncryptedBackup, secret: string): Promise<string> {
  const key = await unlockWithEither(envelope.keyring, secret, 'backup');
  try {
    const plain = xchacha20poly1305(key, fromBase64(envelope.nonce), aad(envelope.exportedAt)).decrypt(fromBase64(envelope.ciphertext));
    return new TextDecoder().decode(plain);
  } catch {
    throw new InputError('This encrypted backup file is damaged', [
      { where: 'ciphertext', message: 'does not decrypt: the file was altered or is incomplete' },
    ]);
  }
}
