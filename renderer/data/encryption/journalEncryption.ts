/**
 * Turning encryption on and off, changing the passphrase, unlocking. Every change of the stored
 * form runs as ONE read-write IndexedDB transaction over every journal table and the vault: it
 * reads every record, switches this window's sealing state, writes every record back and writes
 * (or removes) the keyring. IndexedDB commits a transaction whole or not at all, so a window
 * closed or a process killed half-way leaves the journal exactly as it was (all plain, or all
 * encrypted), never mixed. Key derivation (WebCrypto, asynchronous) happens before it opens.
 */
import type { Table } from 'dexie';
import type { Keyring } from '../../../shared/crypto/keyring';
import { InputError } from '../../../shared/errors';
import {
  createKeyring,
  needsKdfUpgrade,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  WrongSecretError,
} from '../../crypto/keys';
import { currentKey, isEncrypted, setLocked, setOpeningOnly, setPlain, setUnlocked } from '../../crypto/session';
import { db } from '../db';
import { nowIso } from '../ids';
import { CLEAR_TABLES } from './middleware';
import { readKeyring, readPrivacyPrefs, writeKeyring, writePrivacyPrefs } from './vault';

/** Records written per step between progress reports. */
const CHUNK = 500;

export type ProgressListener = (done: number, total: number) => void;

/** Every table holding the journal (all but the vault), including tables added by later versions. */
export function journalTables(): Table[] {
  return db().tables.filter((t) => !CLEAR_TABLES.has(t.name));
}

/** Reads the vault at start and sets this window's state: 'locked' when the journal is encrypted. */
export async function loadEncryptionState(): Promise<'plain' | 'locked'> {
  const keyring = await readKeyring();
  if (keyring) setLocked();
  else setPlain();
  return keyring ? 'locked' : 'plain';
}

/** Rewrites every record under a new sealing state, in one transaction; restores the old state if it fails. */
async function rewriteJournal(
  switchState: () => void,
  restoreState: () => void,
  finish: () => Promise<void>,
  onProgress: ProgressListener,
) {
  const tables = journalTables();
  try {
    await db().transaction('rw', [...tables, db().vault], async () => {
      const read: [Table, unknown[]][] = [];
      for (const t of tables) read.push([t, await t.toArray()]);
      const total = read.reduce((n, [, rows]) => n + rows.length, 0);
      let done = 0;
      onProgress(0, total);
      switchState();
      for (const [t, rows] of read) {
        for (let i = 0; i < rows.length; i += CHUNK) {
          const chunk = rows.slice(i, i + CHUNK);
          await t.bulkPut(chunk);
          done += chunk.length;
          onProgress(done, total);
        }
      }
      await finish();
    });
  } catch (e) {
    restoreState();
    throw e;
  }
}

/** A new keyring for turning encryption on: nothing is written yet (the person first saves the recovery key). */
export async function prepareEncryption(
  passphrase: string,
  iterations?: number,
): Promise<{ keyring: Keyring; dataKey: Uint8Array; recoveryKey: string }> {
  if (isEncrypted()) throw new Error('The journal is already encrypted.');
  return createKeyring(passphrase, nowIso(), iterations);
}

/** Encrypts every record and stores the keyring, all or nothing. The journal stays unlocked afterwards. */
export async function turnEncryptionOn(
  prepared: { keyring: Keyring; dataKey: Uint8Array },
  onProgress: ProgressListener = () => {},
): Promise<void> {
  if (isEncrypted()) throw new Error('The journal is already encrypted.');
  await rewriteJournal(
    () => setUnlocked(prepared.dataKey),
    () => setPlain(),
    () => writeKeyring(prepared.keyring),
    onProgress,
  );
}

/** Opens the keyring with the passphrase or, failing that, the recovery key; throws WrongSecretError. */
async function openKeyring(keyring: Keyring, secret: string): Promise<Uint8Array> {
  try {
    return await unlockWithPassphrase(keyring, secret);
  } catch (e) {
    if (!(e instanceof WrongSecretError)) throw e;
    try {
      return await unlockWithRecoveryKey(keyring, secret);
    } catch (e2) {
      if (e2 instanceof InputError || e2 instanceof WrongSecretError) throw e;
      throw e2;
    }
  }
}

async function requireKeyring(): Promise<Keyring> {
  const keyring = await readKeyring();
  if (!keyring) throw new Error('The journal is not encrypted.');
  return keyring;
}

/** Decrypts every record in place and removes the keyring (after checking the passphrase or recovery key), all or nothing. */
export async function turnEncryptionOff(secret: string, onProgress: ProgressListener = () => {}): Promise<void> {
  const key = await openKeyring(await requireKeyring(), secret);
  const prefs = await readPrivacyPrefs();
  await rewriteJournal(
    () => setOpeningOnly(key),
    () => setUnlocked(key),
    async () => {
      await db().vault.delete('keyring');
      // The OS-wrapped key is useless without encryption; drop it with the keyring.
      if (prefs.deviceWrappedKey) await writePrivacyPrefs({ autoLockMinutes: prefs.autoLockMinutes });
    },
    onProgress,
  );
  setPlain();
}

/** Wraps the same data key under a new passphrase: one write, nothing re-encrypted. Accepts the current passphrase or the recovery key. */
export async function changePassphrase(current: string, next: string, iterations?: number): Promise<void> {
  const keyring = await requireKeyring();
  const key = await openKeyring(keyring, current);
  await writeKeyring(await rewrapPassphrase(keyring, key, next, nowIso(), iterations));
}

/**
 * Unlocks with the passphrase (or, with `recovery`, the recovery key). A keyring whose KDF
 * parameters are below today's is re-wrapped with them at once (the parameter upgrade).
 */
export async function unlockJournal(secret: string, how: 'passphrase' | 'recovery' = 'passphrase', iterations?: number): Promise<void> {
  const keyring = await requireKeyring();
  const key = how === 'passphrase' ? await unlockWithPassphrase(keyring, secret) : await unlockWithRecoveryKey(keyring, secret);
  if (how === 'passphrase' && needsKdfUpgrade(keyring, iterations))
    await writeKeyring(await rewrapPassphrase(keyring, key, secret, keyring.passphraseSetAt, iterations));
  setUnlocked(key);
}

/** Unlocks with a data key obtained another way (the operating system's key store). */
export function unlockWithDataKey(key: Uint8Array): void {
  setUnlocked(key);
}

/** The data key while unlocked (for encrypted backups and the OS key store); null otherwise. */
export function unlockedKey(): Uint8Array | null {
  return isEncrypted() ? currentKey() : null;
}
