/**
 * Record encryption: the fields a person wrote are sealed with XChaCha20-Poly1305 (a fresh
 * 24-byte random nonce per write) into one binary field; the fields an index needs stay beside
 * it in clear. The associated data binds the ciphertext to its table and to those clear fields
 * (the primary key among them), so a ciphertext copied to another record, or a record whose
 * clear fields were edited, fails to decrypt.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from './bytes';

/** The field holding the sealed part of a record. */
export const SEALED = '$sealed';
const VERSION = 1;
const NONCE_BYTES = 24;

/** The record could not be decrypted (altered, moved, or sealed with another key). */
export class TamperedRecordError extends Error {
  constructor(table: string, key: unknown) {
    super(`A record in ${table} (${JSON.stringify(key)}) could not be decrypted: it was altered or belongs elsewhere.`);
    this.name = 'TamperedRecordError';
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function associatedData(table: string, clear: Record<string, unknown>): Uint8Array {
  const fields = Object.keys(clear)
    .filter((k) => k !== SEALED)
    .sort()
    .map((k) => [k, clear[k]]);
  return enc.encode(JSON.stringify([`sextant/record/v${VERSION}`, table, fields]));
}

/** Whether a stored value is sealed. */
export function isSealed(value: unknown): value is Record<string, unknown> & { [SEALED]: Uint8Array } {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[SEALED] instanceof Uint8Array;
}

/** The largest request crypto.getRandomValues takes (bytes). */
const MAX_RANDOM_REQUEST = 65_536;

/**
 * Fresh random nonces for `count` records, from the platform's CSPRNG in as few requests as it
 * allows (sealing a chunk of 2,000 records asks once, not 2,000 times). Each is used once.
 */
export function randomNonces(count: number): Uint8Array[] {
  const pool = new Uint8Array(count * NONCE_BYTES);
  for (let i = 0; i < pool.length; i += MAX_RANDOM_REQUEST) crypto.getRandomValues(pool.subarray(i, i + MAX_RANDOM_REQUEST));
  return Array.from({ length: count }, (_, i) => pool.subarray(i * NONCE_BYTES, (i + 1) * NONCE_BYTES));
}

/** Sets a field on a plain object; a field named "__proto__" stays a field (plain assignment would set the prototype). */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * Seals every field of `record` except `clearFields` (which must hold the primary key), with
 * `nonce` (24 fresh random bytes, never used before; one is drawn when not given).
 */
export function sealRecord(
  key: Uint8Array,
  table: string,
  record: Record<string, unknown>,
  clearFields: ReadonlySet<string>,
  nonce: Uint8Array = randomBytes(NONCE_BYTES),
): Record<string, unknown> {
  if (nonce.length !== NONCE_BYTES) throw new Error('A record nonce is 24 bytes.');
  // One pass over the fields: the indexed ones stay in clear, the rest is sealed.
  const clear: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (v !== undefined) setField(clearFields.has(k) ? clear : secret, k, v);
  }
  const sealed = xchacha20poly1305(key, nonce, associatedData(table, clear)).encrypt(enc.encode(JSON.stringify(secret)));
  const out = new Uint8Array(1 + NONCE_BYTES + sealed.length);
  out[0] = VERSION;
  out.set(nonce, 1);
  out.set(sealed, 1 + NONCE_BYTES);
  setField(clear, SEALED, out);
  return clear;
}

/** Opens a sealed record back into the record that was written; throws TamperedRecordError. */
export function openRecord(key: Uint8Array, table: string, stored: Record<string, unknown>, primaryKey: unknown): Record<string, unknown> {
  const bytes = stored[SEALED] as Uint8Array;
  const { [SEALED]: _, ...clear } = stored;
  if (bytes[0] !== VERSION || bytes.length < 1 + NONCE_BYTES + 16) throw new TamperedRecordError(table, primaryKey);
  let plain: Uint8Array;
  try {
    plain = xchacha20poly1305(key, bytes.subarray(1, 1 + NONCE_BYTES), associatedData(table, clear)).decrypt(
      bytes.subarray(1 + NONCE_BYTES),
    );
  } catch {
    throw new TamperedRecordError(table, primaryKey);
  }
  return { ...(JSON.parse(dec.decode(plain)) as Record<string, unknown>), ...clear };
}
