/**
 * An encrypted backup file: the plain backup JSON sealed with the journal's data key
 * (XChaCha20-Poly1305), next to the keyring as it was when the backup was made. So the file opens
 * with the passphrase that was current then, or with the recovery key, on any computer.
 */
import { z } from 'zod';
import { IsoDateTime } from '../schemas/common';
import { Keyring } from './keyring';
import { MAX_BACKUP_BYTES } from '../backup/format';

export const ENCRYPTED_BACKUP_FORMAT = 'sextant-encrypted-backup';

export const EncryptedBackup = z.strictObject({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: IsoDateTime,
  keyring: Keyring,
  nonce: z.string().regex(/^[A-Za-z0-9+/]{32}$/, 'must be 24 bytes in base64'),
  ciphertext: z
    .string()
    .max(Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});
export type EncryptedBackup = z.infer<typeof EncryptedBackup>;

/** Whether parsed JSON claims to be an encrypted backup (then it is validated as one). */
export function looksEncrypted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_BACKUP_FORMAT;
}
