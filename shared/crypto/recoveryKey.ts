/**
 * The recovery key as a person sees it: 32 random bytes written in Crockford base32 (no I, L, O
 * or U, so it survives being read aloud or copied by hand), in 13 groups of 4 characters.
 */
import { InputError } from '../errors';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 32;
const CHARS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5); // 52

/** Formats 32 bytes as `XXXX-XXXX-…` (52 characters in 13 groups). */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error(`a recovery key is ${RECOVERY_KEY_BYTES} bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** Reads a recovery key typed by a person (any case, spaces or dashes, O for 0 and I/L for 1); throws InputError when it cannot be one. */
export function parseRecoveryKey(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== CHARS)
    throw new InputError('This is not a recovery key', [
      { where: 'recovery key', message: `has ${clean.length} letters and digits; a recovery key has ${CHARS}` },
    ]);
  const bad = [...clean].findIndex((c) => !ALPHABET.includes(c));
  if (bad >= 0)
    throw new InputError('This is not a recovery key', [
      { where: 'recovery key', message: `character ${bad + 1} ("${clean[bad]}") is not used in recovery keys` },
    ]);
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const c of clean) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      if (i < RECOVERY_KEY_BYTES) out[i++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}
