/**
 * The journal's keyring: how the random data key is kept, wrapped (encrypted) once by a key
 * derived from the passphrase and once by a key derived from the recovery key. It holds no
 * secret in the clear, so it is stored unencrypted next to the journal and copied into every
 * encrypted backup. The parameters travel with each wrapping so they can be raised later.
 */
import { z } from 'zod';
import { IsoDateTime } from '../schemas/common';
import { built, lazySchema } from '../schemas/lazy';

// Built on first use (shared/schemas/lazy.ts).
const Base64 = lazySchema(() =>
  z
    .string()
    .max(2_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
);

/** The passphrase KDF: PBKDF2-SHA256 through WebCrypto (OWASP 2023: at least 600,000 iterations). */
export const PassphraseKdf = lazySchema(() =>
  z.strictObject({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(100_000, 'must be at least 100,000').max(20_000_000),
    salt: built(Base64),
  }),
);
export type PassphraseKdf = z.infer<typeof PassphraseKdf>;

/** The recovery key is 256 random bits, so a fast KDF (HKDF-SHA256) is enough to separate its use. */
export const RecoveryKdf = lazySchema(() => z.strictObject({ name: z.literal('HKDF-SHA256'), salt: built(Base64) }));
export type RecoveryKdf = z.infer<typeof RecoveryKdf>;

/** A data key encrypted with XChaCha20-Poly1305 under a key-encryption key. */
export const WrappedKey = lazySchema(() => z.strictObject({ nonce: built(Base64), ciphertext: built(Base64) }));
export type WrappedKey = z.infer<typeof WrappedKey>;

export const Keyring = lazySchema(() =>
  z.strictObject({
    format: z.literal('sextant-keyring'),
    version: z.literal(1),
    /** The content cipher used for records and backups. */
    cipher: z.literal('XChaCha20-Poly1305'),
    passphrase: z.strictObject({ kdf: built(PassphraseKdf), wrapped: built(WrappedKey) }),
    recovery: z.strictObject({ kdf: built(RecoveryKdf), wrapped: built(WrappedKey) }),
    createdAt: built(IsoDateTime),
    /** When the passphrase was last set (a backup made earlier needs the passphrase current then). */
    passphraseSetAt: built(IsoDateTime),
  }),
);
export type Keyring = z.infer<typeof Keyring>;

/** Minutes of inactivity before the journal locks itself; null means never. */
export const AutoLockMinutes = lazySchema(() =>
  z
    .number()
    .int()
    .min(1, 'must be at least 1 minute')
    .max(24 * 60, 'must be at most 1,440 minutes')
    .nullable(),
);
export const DEFAULT_AUTO_LOCK_MINUTES = 15;

/** The clear-text privacy preferences (nothing in them reveals the journal). */
export const PrivacyPrefs = lazySchema(() =>
  z.strictObject({
    autoLockMinutes: built(AutoLockMinutes),
    /** The data key encrypted by the operating system (Electron safeStorage), when the person chose it. */
    deviceWrappedKey: built(Base64).optional(),
  }),
);
export type PrivacyPrefs = z.infer<typeof PrivacyPrefs>;

export const DEFAULT_PRIVACY_PREFS: PrivacyPrefs = { autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES };
