/**
 * Turning encryption on and off, changing the passphrase, unlocking.
 *
 * Turning encryption on or off COPIES the journal into a second IndexedDB database ("<name>-sealed"
 * for the encrypted copy, "<name>" for the plain one), all records and the vault in ONE read-write
 * transaction whose last write is a generation number, then deletes the old database and has the
 * browser drop its records from its storage files (purge.ts). Why a copy: rewriting records in
 * place leaves their old text in the storage engine's files until it compacts them, while the
 * deletion of a whole database can be made to compact its key range at once. Why it is all-or-nothing: a copy
 * commits whole or not at all; at start, `chooseJournalDatabase` keeps the copy with the highest
 * generation (an unfinished copy has none) and deletes the other. So a window closed half-way
 * leaves the journal as it was (all plain, or all encrypted), never mixed.
 * Key derivation (WebCrypto, asynchronous) happens before any transaction opens.
 */
import Dexie, { type Table } from 'dexie';
import type { Keyring } from '../../../shared/crypto/keyring';
import {
  createKeyring,
  needsKdfUpgrade,
  rewrapPassphrase,
  unlockWithEither,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../crypto/keys';
import { currentKey, isEncrypted, setLocked, setOpeningOnly, setPlain, setUnlocked } from '../../crypto/session';
import { db, SextantDB, setDatabase } from '../db';
import { nowIso } from '../ids';
import { searchIndexStore } from '../searchIndex';
import { CLEAR_TABLES } from './middleware';
import { deleteLeftoverAnchors, purgeDatabase } from './purge';
import { readKeyring, writeKeyring, type VaultRow } from './vault';
import { writeInChunks } from '../chunkedWrites';

/** Records written per step between progress reports. */
const CHUNK = 500;
const SEALED_SUFFIX = '-sealed';

export type ProgressListener = (done: number, total: number) => void;

/** The database names of a journal's plain and encrypted copies. */
export function copyNames(name: string): { plain: string; sealed: string } {
  const plain = name.endsWith(SEALED_SUFFIX) ? name.slice(0, -SEALED_SUFFIX.length) : name;
  return { plain, sealed: plain + SEALED_SUFFIX };
}

/** Every table holding the journal (all but the vault), including tables added by later versions. */
export function journalTables(database = db()): Table[] {
  return database.tables.filter((t) => !CLEAR_TABLES.has(t.name));
}

async function generationOf(database: SextantDB): Promise<number | null> {
  const row = await database.vault.get('generation');
  return row?.name === 'generation' ? row.value : null;
}

/**
 * At start: points the app at the current copy of the journal named `plainName` (default: the
 * app's), deleting a leftover or unfinished other copy. The original plain journal counts as
 * generation 0; an encrypted copy without a generation was never finished. `listed`: the origin's
 * database names if already asked for (theme-boot.js asks before the main chunk runs); undefined
 * (or a failed ask) asks here.
 */
export async function chooseJournalDatabase(plainName = db().name, listed?: Promise<string[] | undefined>): Promise<void> {
  const { plain, sealed } = copyNames(plainName);
  const names = (await listed) ?? (await indexedDB.databases?.())?.map((d) => d.name);
  const existing = new Set(names ?? []);
  // A purge interrupted by closing the window: its anchors still to delete (purge.ts).
  for (const copy of [plain, sealed]) await deleteLeftoverAnchors(copy, names ?? []);
  if (!existing.has(sealed)) return;
  const sealedDb = new SextantDB(sealed);
  const sealedGen = await generationOf(sealedDb);
  let plainGen = -1;
  if (existing.has(plain)) {
    const plainDb = new SextantDB(plain);
    plainGen = (await generationOf(plainDb)) ?? 0;
    plainDb.close();
  }
  if (sealedGen !== null && sealedGen > plainGen) {
    setDatabase(sealedDb);
    if (existing.has(plain)) await purgeDatabase(plain, { quiet: sealedDb.backendDB() });
  } else {
    sealedDb.close();
    await Dexie.delete(sealed);
    if (db().name !== plain) setDatabase(new SextantDB(plain));
  }
}

/** Reads the vault at start and sets this window's state: 'locked' when the journal is encrypted. */
export async function loadEncryptionState(): Promise<'plain' | 'locked'> {
  const keyring = await readKeyring();
  if (keyring) setLocked();
  else setPlain();
  return keyring ? 'locked' : 'plain';
}

/**
 * Copies the journal into `targetName` under a new sealing state, in one transaction ending with
 * the vault rows given; then makes the copy current and deletes the old database. On failure the
 * unfinished copy is deleted and the old state restored.
 */
async function copyJournal(
  targetName: string,
  switchState: () => void,
  restoreState: () => void,
  vault: (rows: VaultRow[], generation: number) => VaultRow[],
  onProgress: ProgressListener,
): Promise<void> {
  const source = db();
  const tables = journalTables(source);
  const read = await source.transaction('r', [...tables, source.vault], async () => {
    const out: [string, unknown[]][] = [];
    for (const t of tables) out.push([t.name, await t.toArray()]);
    return { rows: out, vault: await source.vault.toArray(), generation: (await generationOf(source)) ?? 0 };
  });
  const total = read.rows.reduce((n, [, rows]) => n + rows.length, 0);
  onProgress(0, total);
  await Dexie.delete(targetName);
  const target = new SextantDB(targetName);
  try {
    await target.open();
    switchState();
    let done = 0;
    await target.transaction('rw', target.tables, async () => {
      for (const [name, rows] of read.rows) {
        await writeInChunks(
          rows,
          CHUNK,
          (chunk) => target.table(name).bulkPut(chunk),
          (n) => {
            done += n;
            onProgress(done, total);
          },
        );
      }
      // The generation goes last: its presence means the copy is complete.
      await target.vault.bulkPut(vault(read.vault, read.generation + 1));
    });
  } catch (e) {
    restoreState();
    target.close();
    await Dexie.delete(targetName);
    throw e;
  }
  setDatabase(target);
  source.close();
  // The old copy's text leaves the storage files too (purge.ts; the window's reads of the new copy
  // wait while the old one is deleted). The search index follows the new copy afterwards, so that
  // no read holds the storage engine's files meanwhile.
  await purgeDatabase(source.name, { quiet: target.backendDB() });
  searchIndexStore.follow(target);
}

/** A new keyring for turning encryption on: nothing is written yet (the person first saves the recovery key). */
export async function prepareEncryption(
  passphrase: string,
  iterations?: number,
): Promise<{ keyring: Keyring; dataKey: Uint8Array; recoveryKey: string }> {
  if (isEncrypted()) throw new Error('The journal is already encrypted.');
  return createKeyring(passphrase, nowIso(), iterations);
}

const keepPrefs = (rows: VaultRow[]) => rows.filter((r) => r.name === 'prefs');

/** Encrypts every record into the encrypted copy and stores the keyring, all or nothing. The journal stays unlocked afterwards. */
export async function turnEncryptionOn(
  prepared: { keyring: Keyring; dataKey: Uint8Array },
  onProgress: ProgressListener = () => {},
): Promise<void> {
  if (isEncrypted()) throw new Error('The journal is already encrypted.');
  await copyJournal(
    copyNames(db().name).sealed,
    () => setUnlocked(prepared.dataKey),
    () => setPlain(),
    (rows, generation) => [...keepPrefs(rows), { name: 'keyring', value: prepared.keyring }, { name: 'generation', value: generation }],
    onProgress,
  );
}

async function requireKeyring(): Promise<Keyring> {
  const keyring = await readKeyring();
  if (!keyring) throw new Error('The journal is not encrypted.');
  return keyring;
}

/** Decrypts every record into the plain copy (after checking the passphrase or recovery key), all or nothing. */
export async function turnEncryptionOff(secret: string, onProgress: ProgressListener = () => {}): Promise<void> {
  const key = await unlockWithEither(await requireKeyring(), secret);
  await copyJournal(
    copyNames(db().name).plain,
    () => setOpeningOnly(key),
    () => setUnlocked(key),
    // The OS-wrapped key is useless without encryption: it is dropped with the keyring.
    (rows, generation) => [
      ...keepPrefs(rows).map((r) => (r.name === 'prefs' ? { ...r, value: { autoLockMinutes: r.value.autoLockMinutes } } : r)),
      { name: 'generation', value: generation },
    ],
    onProgress,
  );
  setPlain();
}

/** Wraps the same data key under a new passphrase: one write, nothing re-encrypted. Accepts the current passphrase or the recovery key. */
export async function changePassphrase(current: string, next: string, iterations?: number): Promise<void> {
  const keyring = await requireKeyring();
  const key = await unlockWithEither(keyring, current);
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
