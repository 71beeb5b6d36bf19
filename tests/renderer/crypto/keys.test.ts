import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../../../shared/crypto/keyring';
import { InputError } from '../../../shared/errors';
import { fromBase64, toBase64 } from '../../../renderer/crypto/bytes';
import {
  createKeyring,
  KDF_ITERATIONS,
  needsKdfUpgrade,
  rewrapPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  WrongSecretError,
} from '../../../renderer/crypto/keys';
import { isSealed, openRecord, randomNonces, sealRecord, SEALED, TamperedRecordError } from '../../../renderer/crypto/records';

// The schema's floor, to keep tests quick; one test uses the real default.
const FAST = 100_000;
const NOW = '2026-03-01T10:00:00.000Z';

describe('key wrapping', () => {
  it('a new keyring uses PBKDF2-SHA256 with 600,000 iterations and a 16-byte salt, and opens with its passphrase', async () => {
    const { keyring, dataKey } = await createKeyring('maple orbit velvet canyon', NOW);
    expect(Keyring.parse(keyring)).toEqual(keyring);
    expect(keyring.passphrase.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(KDF_ITERATIONS).toBe(600_000);
    expect(fromBase64(keyring.passphrase.kdf.salt)).toHaveLength(16);
    expect(dataKey).toHaveLength(32);
    expect(await unlockWithPassphrase(keyring, 'maple orbit velvet canyon')).toEqual(dataKey);
  });

  it('refuses a wrong passphrase with WrongSecretError', async () => {
    const { keyring } = await createKeyring('maple orbit velvet canyon', NOW, FAST);
    await expect(unlockWithPassphrase(keyring, 'maple orbit velvet canyoN')).rejects.toThrow(WrongSecretError);
    await expect(unlockWithPassphrase(keyring, 'maple orbit velvet canyoN')).rejects.toThrow('That passphrase is not the right one.');
  });

  it('the recovery key opens the same data key; a different valid-looking key does not', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring('maple orbit velvet canyon', NOW, FAST);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await unlockWithRecoveryKey(keyring, recoveryKey.toLowerCase())).toEqual(dataKey);
    const other = (await createKeyring('x', NOW, FAST)).recoveryKey;
    await expect(unlockWithRecoveryKey(keyring, other)).rejects.toThrow(WrongSecretError);
    await expect(unlockWithRecoveryKey(keyring, 'not a key')).rejects.toThrow(InputError);
  });

  it('changing the passphrase keeps the data key and the recovery wrapping; the old passphrase stops working', async () => {
    const { keyring, dataKey, recoveryKey } = await createKeyring('first passphrase here', NOW, FAST);
    const next = await rewrapPassphrase(keyring, dataKey, 'second passphrase here', '2026-04-01T00:00:00.000Z', FAST);
    expect(next.recovery).toEqual(keyring.recovery);
    expect(next.passphrase.kdf.salt).not.toBe(keyring.passphrase.kdf.salt);
    expect(next.passphraseSetAt).toBe('2026-04-01T00:00:00.000Z');
    expect(await unlockWithPassphrase(next, 'second passphrase here')).toEqual(dataKey);
    await expect(unlockWithPassphrase(next, 'first passphrase here')).rejects.toThrow(WrongSecretError);
    expect(await unlockWithRecoveryKey(next, recoveryKey)).toEqual(dataKey);
  });

  it('a wrapped key with one bit flipped, or wrapped for the other purpose, does not open', async () => {
    const { keyring, dataKey } = await createKeyring('maple orbit velvet canyon', NOW, FAST);
    const bytes = fromBase64(keyring.passphrase.wrapped.ciphertext);
    bytes[3]! ^= 1;
    const tampered = {
      ...keyring,
      passphrase: { ...keyring.passphrase, wrapped: { ...keyring.passphrase.wrapped, ciphertext: toBase64(bytes) } },
    };
    await expect(unlockWithPassphrase(tampered, 'maple orbit velvet canyon')).rejects.toThrow(WrongSecretError);
    expect(await unlockWithPassphrase(keyring, 'maple orbit velvet canyon')).toEqual(dataKey);
  });

  it('flags a keyring below the current iterations for upgrade', async () => {
    const { keyring } = await createKeyring('maple orbit velvet canyon', NOW, FAST);
    expect(needsKdfUpgrade(keyring)).toBe(true);
    expect(needsKdfUpgrade(keyring, FAST)).toBe(false);
  });
});

describe('record sealing', () => {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const clear = new Set(['id', 'date']);
  const record = { id: 'r1', date: '2026-03-01', title: 'Talk with Ada Quist', tags: ['moonlit-harbor'] };

  it('keeps only the clear fields readable and opens back to the same record', () => {
    const sealed = sealRecord(key, 'entries', record, clear);
    expect(Object.keys(sealed).sort()).toEqual([SEALED, 'date', 'id']);
    expect(isSealed(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed[SEALED] as Uint8Array)).not.toContain('Ada');
    expect(openRecord(key, 'entries', sealed, 'r1')).toEqual(record);
  });

  it('uses a fresh nonce for every write (the same record seals differently twice)', () => {
    const a = sealRecord(key, 'entries', record, clear)[SEALED] as Uint8Array;
    const b = sealRecord(key, 'entries', record, clear)[SEALED] as Uint8Array;
    expect(a.subarray(1, 25)).not.toEqual(b.subarray(1, 25));
  });

  it('seals exactly as records already stored were sealed (a known answer: key of 1s, nonce of 2s)', () => {
    const sealed = sealRecord(
      new Uint8Array(32).fill(1),
      'entries',
      { id: 'r1', date: '2026-03-01', title: 'Talk with Ada', skipped: undefined, tags: ['x'] },
      clear,
      new Uint8Array(24).fill(2),
    );
    expect(Object.keys(sealed)).toEqual(['id', 'date', SEALED]);
    // Worked out with the sealing code before nonces were drawn per write batch.
    expect(toBase64(sealed[SEALED] as Uint8Array)).toBe(
      'AQICAgICAgICAgICAgICAgICAgICAgICArdEQobeG5lvmkM18B47WemkoZmIdIJKNWxFyA8Wot2iy1q98zt5AXCErS1zJBt1CtUbWVhrQA==',
    );
  });

  it('draws a write batch’s nonces in one go: each 24 bytes, all different, past one CSPRNG request (65,536 bytes)', () => {
    const nonces = randomNonces(3_000);
    expect(nonces.length).toBe(3_000);
    expect(nonces.every((n) => n.length === 24)).toBe(true);
    expect(new Set(nonces.map((n) => toBase64(n))).size).toBe(3_000);
    // The last ones come from the second request: filled, not left at zero.
    expect(nonces.slice(-5).every((n) => n.some((b) => b !== 0))).toBe(true);
    expect(() => sealRecord(key, 'entries', record, clear, new Uint8Array(12))).toThrow();
  });

  it('fails on a flipped ciphertext bit, on another table, on another id and on an edited clear field', () => {
    const sealed = sealRecord(key, 'entries', record, clear);
    const flipped = new Uint8Array(sealed[SEALED] as Uint8Array);
    flipped[flipped.length - 20]! ^= 1;
    expect(() => openRecord(key, 'entries', { ...sealed, [SEALED]: flipped }, 'r1')).toThrow(TamperedRecordError);
    expect(() => openRecord(key, 'people', sealed, 'r1')).toThrow(TamperedRecordError);
    expect(() => openRecord(key, 'entries', { ...sealed, id: 'r2' }, 'r2')).toThrow(TamperedRecordError);
    expect(() => openRecord(key, 'entries', { ...sealed, date: '2020-01-01' }, 'r1')).toThrow(TamperedRecordError);
    expect(() => openRecord(crypto.getRandomValues(new Uint8Array(32)), 'entries', sealed, 'r1')).toThrow(TamperedRecordError);
  });

  it('property: any JSON record round-trips through seal and open', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (fields, id) => {
        const rec = { ...fields, id };
        const opened = openRecord(key, 't', sealRecord(key, 't', rec, new Set(['id'])), id);
        // JSON drops -0 to 0; compare as JSON, which is what a record is.
        expect(JSON.parse(JSON.stringify(opened))).toEqual(JSON.parse(JSON.stringify(rec)));
      }),
    );
  });
});
