/**
 * The vault table: the keyring (wrapped data keys, never a secret in clear) and the privacy
 * preferences. Read before unlocking, so it is stored in clear.
 */
import { z } from 'zod';
import { DEFAULT_PRIVACY_PREFS, Keyring, PrivacyPrefs } from '../../../shared/crypto/keyring';
import { parseOrThrow } from '../../../shared/errors';
import { db } from '../db';
import { built, lazySchema } from '../../../shared/schemas/lazy';

// Built on first use (shared/schemas/lazy.ts).
export const VaultRow = lazySchema(() =>
  z.discriminatedUnion('name', [
    z.strictObject({ name: z.literal('keyring'), value: built(Keyring) }),
    z.strictObject({ name: z.literal('prefs'), value: built(PrivacyPrefs) }),
    /** Which copy of the journal is current (see journalEncryption.ts): written last, in the copy's own transaction. */
    z.strictObject({ name: z.literal('generation'), value: z.number().int().nonnegative() }),
  ]),
);
export type VaultRow = z.infer<typeof VaultRow>;

/** The keyring, or null when the journal is not encrypted. Throws when it is there but damaged (never treated as "plain"). */
export async function readKeyring(): Promise<Keyring | null> {
  const row = await db().vault.get('keyring');
  if (!row) return null;
  return parseOrThrow(Keyring, row.value, 'The journal’s keyring is damaged');
}

/** Writes the keyring (inside the caller's transaction when there is one). */
export async function writeKeyring(keyring: Keyring): Promise<void> {
  await db().vault.put({ name: 'keyring', value: Keyring.parse(keyring) });
}

/** The privacy preferences (defaults when never saved or unreadable). */
export async function readPrivacyPrefs(): Promise<PrivacyPrefs> {
  const row = await db().vault.get('prefs');
  const parsed = PrivacyPrefs.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_PRIVACY_PREFS;
}

/** Saves the privacy preferences. */
export async function writePrivacyPrefs(prefs: PrivacyPrefs): Promise<PrivacyPrefs> {
  const value = parseOrThrow(PrivacyPrefs, prefs, 'The privacy settings can’t be saved');
  await db().vault.put({ name: 'prefs', value });
  return value;
}
