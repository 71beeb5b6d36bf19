import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isEncrypted, isLocked, JournalLockedError, setLocked, setPlain } from '../../../renderer/crypto/session';
import { WrongSecretError } from '../../../renderer/crypto/keys';
import { SEALED } from '../../../renderer/crypto/records';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import {
  changePassphrase,
  chooseJournalDatabase,
  loadEncryptionState,
  prepareEncryption,
  turnEncryptionOff,
  turnEncryptionOn,
  unlockJournal,
} from '../../../renderer/data/encryption/journalEncryption';
import { readKeyring } from '../../../renderer/data/encryption/vault';
import { setClock } from '../../../renderer/data/ids';
import { deleteEntry, getEntry, listEntries, saveEntry } from '../../../renderer/data/repositories/entries';
import { listTags } from '../../../renderer/data/aggregates';
import { countEntries, pageEntries } from '../../../renderer/data/repositories/entryPages';
import { listPeople, savePerson } from '../../../renderer/data/repositories/people';
import { getProfile, saveProfile } from '../../../renderer/data/repositories/settings';
import { TABLE_NAMES } from '../../../shared/backup/format';
import { DEFAULT_PROFILE } from '../../../shared/schemas';
import { journalArbitrary } from './journalArbitrary';
import { conversation, person, reflection, uuid } from '../../shared/builders';

const FAST = 100_000;
const PASS = 'maple orbit velvet canyon';
const PHRASE = 'moonlit harbor quorum';
let name: string;

beforeEach(() => {
  name = 't-' + crypto.randomUUID();
  setDatabase(new SextantDB(name));
  setPlain();
  setClock(() => '2026-03-01T10:00:00.000Z');
});
afterEach(() => setPlain());

/** Every stored row of every table, read with plain IndexedDB (no middleware), as one JSON text. */
async function rawDump(): Promise<{ text: string; rows: Record<string, Record<string, unknown>[]> }> {
  const raw = new Dexie(db().name);
  await raw.open();
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const t of raw.tables) rows[t.name] = await t.toArray();
  raw.close();
  const text = JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
  return { text, rows };
}

async function titleOf(id: string): Promise<string | undefined> {
  const e = await getEntry(id);
  return e && 'title' in e ? e.title : undefined;
}

async function writeJournal() {
  await savePerson({ ...person({ id: uuid(1), name: 'Ada Quist', company: 'Fjordline' }) });
  await savePerson({ ...person({ id: uuid(2), name: 'Bo Berg', company: 'Acme' }) });
  await saveEntry({ ...reflection({ id: uuid(10), title: `Notes on ${PHRASE}`, tags: ['harbor-tag'] }) });
  await saveEntry({ ...conversation({ id: uuid(11), personId: uuid(1), notes: `Ada said ${PHRASE}` }) });
  await saveProfile({ ...DEFAULT_PROFILE, name: 'Rin Okafor', personalStatement: PHRASE });
}

async function encrypt() {
  const prepared = await prepareEncryption(PASS, FAST);
  await turnEncryptionOn(prepared);
  return prepared;
}

describe('encryption at rest', () => {
  it('before encryption, the raw store holds the phrase and the names (so the check below can fail)', async () => {
    await writeJournal();
    const { text } = await rawDump();
    expect(text).toContain(PHRASE);
    expect(text).toContain('Ada Quist');
  });

  it('after turning it on, raw records keep only ids, kinds, dates and index fields in clear; the app reads everything', async () => {
    await writeJournal();
    const progress: [number, number][] = [];
    const prepared = await prepareEncryption(PASS, FAST);
    await turnEncryptionOn(prepared, (d, t) => progress.push([d, t]));
    // 2 people + 2 entries + 1 setting, then the derived rows kept at write time (Ada's
    // conversation summary, the path facts of both entries and the one row of tag counts), in
    // one chunk per table.
    expect(progress).toEqual([
      [0, 9],
      [2, 9],
      [4, 9],
      [5, 9],
      [6, 9],
      [8, 9],
      [9, 9],
    ]);
    const { text, rows } = await rawDump();
    expect(text).not.toContain(PHRASE);
    expect(text).not.toContain('Ada Quist');
    expect(text).not.toContain('Rin Okafor');
    expect(text).not.toContain('harbor-tag');
    expect(text).not.toContain('Fjordline');
    const entry = rows.entries!.find((r) => r.id === uuid(11))!;
    expect(Object.keys(entry).sort()).toEqual([SEALED, 'date', 'id', 'kind', 'personId', 'skills', 'updatedAt'].sort());
    expect(Object.keys(rows.people![0]!).sort()).toEqual([SEALED, 'id', 'updatedAt']);
    expect(rows.vault!.map((r) => r.name).sort()).toEqual(['generation', 'keyring']);

    expect(await titleOf(uuid(10))).toBe(`Notes on ${PHRASE}`);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ada Quist', 'Bo Berg']);
    expect((await getProfile()).name).toBe('Rin Okafor');
    expect((await listEntries({ tag: 'harbor-tag' })).map((e) => e.id)).toEqual([uuid(10)]);
    expect(await listTags()).toEqual(['harbor-tag']);
    // A skill's entries are paged by its per-day counts (kept at write time) and the date index: the one tagged entry, counted once.
    await saveEntry({ ...reflection({ id: uuid(12), title: 'Tagged', date: '2026-02-02', skills: ['strategy'] }) });
    expect((await pageEntries({ skill: 'strategy' }, null, 10)).entries.map((e) => e.id)).toEqual([uuid(12)]);
    expect(await countEntries({ skill: 'strategy' })).toBe(1);
    expect(isEncrypted()).toBe(true);
  });

  it('new writes while unlocked are sealed too', async () => {
    await encrypt();
    await saveEntry({ ...reflection({ id: uuid(20), title: `Later ${PHRASE}`, tags: ['quayside-tag', 'harbor-tag'] }) });
    const { text } = await rawDump();
    expect(text).not.toContain(PHRASE);
    expect(text).not.toContain('quayside-tag');
    expect(await titleOf(uuid(20))).toBe(`Later ${PHRASE}`);
    // The tag list comes from the sealed counts (the tag index holds nothing to list).
    expect(await listTags()).toEqual(['harbor-tag', 'quayside-tag']);
    await saveEntry({ ...reflection({ id: uuid(21), title: 'Another', tags: ['harbor-tag'] }) });
    await saveEntry({ ...(await getEntry(uuid(20)))!, tags: ['quayside-tag'] });
    expect(await listTags()).toEqual(['harbor-tag', 'quayside-tag']);
    await deleteEntry(uuid(21));
    expect(await listTags()).toEqual(['quayside-tag']);
  });

  it('locked: reads and writes are refused, nothing is written; a wrong passphrase keeps it locked; the right one opens it', async () => {
    await writeJournal();
    await encrypt();
    setLocked();
    expect(await loadEncryptionState()).toBe('locked');
    await expect(getEntry(uuid(10))).rejects.toThrow(JournalLockedError);
    await expect(saveEntry({ ...reflection({ id: uuid(30), title: 'While locked' }) })).rejects.toThrow(JournalLockedError);
    await expect(unlockJournal('wrong passphrase!!', 'passphrase', FAST)).rejects.toThrow(WrongSecretError);
    expect(isLocked()).toBe(true);
    await unlockJournal(PASS, 'passphrase', FAST);
    expect(isLocked()).toBe(false);
    expect(await titleOf(uuid(10))).toBe(`Notes on ${PHRASE}`);
    expect(await getEntry(uuid(30))).toBeUndefined();
  });

  it('the recovery key unlocks; changing the passphrase re-wraps the key only (records untouched)', async () => {
    await writeJournal();
    const { recoveryKey } = await encrypt();
    const before = (await rawDump()).rows.entries;
    setLocked();
    await unlockJournal(recoveryKey, 'recovery');
    await changePassphrase(recoveryKey, 'a brand new passphrase', FAST);
    expect((await rawDump()).rows.entries).toEqual(before);
    setLocked();
    await expect(unlockJournal(PASS, 'passphrase', FAST)).rejects.toThrow(WrongSecretError);
    await unlockJournal('a brand new passphrase', 'passphrase', FAST);
    expect((await getEntry(uuid(11)))?.kind).toBe('conversation');
  });

  it('unlocking with a keyring below the current iterations upgrades it (same passphrase, new salt)', async () => {
    await encrypt();
    const old = (await readKeyring())!;
    setLocked();
    await unlockJournal(PASS, 'passphrase', 200_000);
    const upgraded = (await readKeyring())!;
    expect(old.passphrase.kdf.iterations).toBe(FAST);
    expect(upgraded.passphrase.kdf.iterations).toBe(200_000);
    expect(upgraded.passphrase.kdf.salt).not.toBe(old.passphrase.kdf.salt);
    setLocked();
    await unlockJournal(PASS, 'passphrase', 200_000);
    expect(isLocked()).toBe(false);
  });

  it('turning it off decrypts in place and removes the keyring; a wrong passphrase changes nothing', async () => {
    await writeJournal();
    await encrypt();
    const sealed = await rawDump();
    await expect(turnEncryptionOff('not the passphrase')).rejects.toThrow(WrongSecretError);
    expect((await rawDump()).rows).toEqual(sealed.rows);
    await turnEncryptionOff(PASS);
    const { text, rows } = await rawDump();
    expect(text).toContain(PHRASE);
    // Plain journal (generation 0) -> encrypted copy (1) -> plain copy (2); no keyring left.
    expect(rows.vault).toEqual([{ name: 'generation', value: 2 }]);
    expect(isEncrypted()).toBe(false);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ada Quist', 'Bo Berg']);
  });

  it('a failure half-way through turning it on leaves the journal fully plain and the window in plain mode', async () => {
    for (let i = 0; i < 1200; i++) await saveEntry({ ...reflection({ id: uuid(1000 + i), title: `${PHRASE} ${i}` }) });
    const before = await rawDump();
    const prepared = await prepareEncryption(PASS, FAST);
    await expect(
      turnEncryptionOn(prepared, (done) => {
        if (done === 1000) throw new Error('window closed');
      }),
    ).rejects.toThrow('window closed');
    expect(isEncrypted()).toBe(false);
    expect(db().name).toBe(name);
    expect((await rawDump()).rows).toEqual(before.rows);
    expect(await readKeyring()).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(`${name}-sealed`);
  });

  it('a failure half-way through turning it off leaves the journal fully encrypted and still unlocked', { timeout: 60_000 }, async () => {
    await writeJournal();
    await db().entries.bulkPut(Array.from({ length: 1200 }, (_, i) => reflection({ id: uuid(1000 + i), title: `${PHRASE} ${i}` })));
    await encrypt();
    const sealed = await rawDump();
    await expect(
      turnEncryptionOff(PASS, (done) => {
        if (done === 1000) throw new Error('window closed');
      }),
    ).rejects.toThrow('window closed');
    expect(db().name).toBe(`${name}-sealed`);
    expect(isEncrypted()).toBe(true);
    expect(isLocked()).toBe(false);
    expect((await rawDump()).rows).toEqual(sealed.rows);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    expect(await titleOf(uuid(10))).toBe(`Notes on ${PHRASE}`);
  });

  it('changing the passphrase with a wrong current one writes nothing; the old passphrase still opens', async () => {
    await encrypt();
    const keyring = await readKeyring();
    await expect(changePassphrase('not the passphrase', 'another one entirely', FAST)).rejects.toThrow(WrongSecretError);
    expect(await readKeyring()).toEqual(keyring);
    setLocked();
    await unlockJournal(PASS, 'passphrase', FAST);
    expect(isLocked()).toBe(false);
  });

  it('the encrypted copy replaces the plain database, which is deleted (no scratch database left from the purge, only its three empty anchors until later)', async () => {
    await writeJournal();
    await encrypt();
    expect(db().name).toBe(`${name}-sealed`);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(`${name}-sealed`);
    expect(names).not.toContain(name);
    expect(names.filter((n) => n?.startsWith(name)).sort()).toEqual([
      `${name}-purge-1`,
      `${name}-purge-2`,
      `${name}-purge-3`,
      `${name}-sealed`,
    ]);
    await turnEncryptionOff(PASS);
    expect(db().name).toBe(name);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(`${name}-sealed`);
  });

  it('at start, an unfinished encrypted copy (window closed mid-way) is deleted and the plain journal kept', async () => {
    await writeJournal();
    // What a killed copy leaves: the database exists, some records, no generation.
    const partial = new SextantDB(`${name}-sealed`);
    await partial.people.put({ id: uuid(1), updatedAt: 'x' } as never);
    partial.close();
    setDatabase(new SextantDB('somewhere-else'));
    setDatabase(new SextantDB(name));
    await chooseJournalDatabase();
    expect(db().name).toBe(name);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(`${name}-sealed`);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ada Quist', 'Bo Berg']);
  });

  it('at start, uses the database names asked for before the main chunk ran, and asks itself when that ask failed', async () => {
    await writeJournal();
    await encrypt();
    const ask = vi.spyOn(indexedDB, 'databases');
    try {
      // The names given are trusted: a list without the sealed copy keeps the plain name, with no second ask.
      setDatabase(new SextantDB(name));
      await chooseJournalDatabase(undefined, Promise.resolve([name]));
      expect(db().name).toBe(name);
      await chooseJournalDatabase(undefined, Promise.resolve([`${name}-sealed`]));
      expect(db().name).toBe(`${name}-sealed`);
      expect(ask).not.toHaveBeenCalled();
      // A failed early ask (undefined): the names are asked for here.
      setDatabase(new SextantDB(name));
      await chooseJournalDatabase(undefined, Promise.resolve(undefined));
      expect(ask).toHaveBeenCalledTimes(1);
      expect(db().name).toBe(`${name}-sealed`);
    } finally {
      ask.mockRestore();
    }
  });

  it("at start, the anchors of a purge cut short by closing the window are deleted (either copy's), the journal kept", async () => {
    await writeJournal();
    await encrypt();
    // The encryption's own anchors are still there (deleted 1 s, 5 s and 15 s later), and one of an earlier purge of the encrypted copy.
    const earlier = new SextantDB(`${name}-sealed-purge-2`);
    await earlier.open();
    earlier.close();
    setDatabase(new SextantDB(name));
    await chooseJournalDatabase();
    expect(db().name).toBe(`${name}-sealed`);
    expect((await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith(name))).toEqual([`${name}-sealed`]);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ada Quist', 'Bo Berg']);
  });

  it('at start, a finished encrypted copy wins over a plain database left behind (closed before it was deleted)', async () => {
    await writeJournal();
    await encrypt();
    // Put a plain journal back as if its deletion never happened.
    const leftover = new SextantDB(name);
    await leftover.open();
    leftover.close();
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(name);
    setDatabase(new SextantDB(name));
    await chooseJournalDatabase();
    expect(db().name).toBe(`${name}-sealed`);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    setLocked();
    expect(await loadEncryptionState()).toBe('locked');
  });
});

describe('property: any journal round-trips through the encrypted database', () => {
  it('every record written with encryption on reads back equal, and no written text is in the raw rows', async () => {
    await encrypt();
    await fc.assert(
      fc.asyncProperty(journalArbitrary, async (journal) => {
        for (const t of TABLE_NAMES) await db().table(t).clear();
        for (const t of TABLE_NAMES) await db().table(t).bulkPut(journal[t]);
        for (const t of TABLE_NAMES) {
          const key = db().table(t).schema.primKey.keyPath as string;
          const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a[key]).localeCompare(String(b[key]));
          const back = ((await db().table(t).toArray()) as Record<string, unknown>[]).sort(byKey);
          expect(back).toEqual([...(journal[t] as Record<string, unknown>[])].sort(byKey));
        }
        // Raw: every entry's and person's row is sealed (its text is not readable without the key).
        const { rows } = await rawDump();
        for (const t of ['entries', 'people'] as const) for (const row of rows[t] ?? []) expect(row[SEALED]).toBeInstanceOf(Uint8Array);
      }),
      { numRuns: 25, seed: 909 },
    );
  });
});
