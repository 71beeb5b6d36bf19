import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../../shared/crypto/recoveryKey';
import { isAcceptablePassphrase, passphraseStrength } from '../../../shared/crypto/strength';
import { InputError } from '../../../shared/errors';

describe('recovery key text', () => {
  it('writes 32 zero bytes as 52 zeros in 13 groups of 4', () => {
    expect(formatRecoveryKey(new Uint8Array(32))).toBe(Array(13).fill('0000').join('-'));
  });

  it('writes 0xff… as Zs with the last character carrying the 4 spare bits as zeros', () => {
    // 256 bits of ones: 51 full groups of 5 ones (Z), then 1 one padded with 4 zeros (10000 = 16 = 'G').
    expect(formatRecoveryKey(new Uint8Array(32).fill(255)).replace(/-/g, '')).toBe('Z'.repeat(51) + 'G');
  });

  it('reads back any key, typed in lower case with spaces, O for 0 and L for 1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const text = formatRecoveryKey(bytes);
        expect(parseRecoveryKey(text)).toEqual(bytes);
        const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
        expect(parseRecoveryKey(sloppy)).toEqual(bytes);
      }),
    );
  });

  it('says how many characters are missing from a truncated key', () => {
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow(InputError);
    expect(() => parseRecoveryKey('ABCD-EFGH')).toThrow('has 8 letters and digits; a recovery key has 52');
  });

  it('names a character that recovery keys never use', () => {
    expect(() => parseRecoveryKey('U' + '0'.repeat(51))).toThrow('character 1 ("U") is not used in recovery keys');
  });
});

describe('passphrase strength', () => {
  it('rates a short or well-known passphrase as not acceptable', () => {
    expect(passphraseStrength('abc').level).toBe(0);
    expect(passphraseStrength('password123!').bits).toBeLessThanOrEqual(20);
    expect(isAcceptablePassphrase('password123!')).toBe(false);
    expect(isAcceptablePassphrase('aaaaaaaaaaaaaaaa')).toBe(false);
  });

  it('rates four unrelated lowercase words with spaces as strong (26 chars, pool 59: ~153 bits less runs)', () => {
    const s = passphraseStrength('maple orbit velvet canyon');
    expect(s.level).toBe(4);
    expect(s.hint).toBe('');
  });

  it('asks for length below the minimum', () => {
    expect(passphraseStrength('Xy7#').hint).toBe('Use at least 10 characters.');
  });
});
