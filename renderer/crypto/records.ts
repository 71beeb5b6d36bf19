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

/** Seals every field of `record` except `clearFields` (which must hold the primary key). */
export function sealRecord(
  key: Uint8Array,
  table: string,
  record: Record<string, unknown>,
  clearFields: ReadonlySet<string>,
): Record<string, unknown> {
  // fromEntries, not assignment: a field named "__proto__" stays a field.
  const fields = Object.entries(record).filter(([, v]) => v !== undefined);
  const clear: Record<string, unknown> = Object.fromEntries(fields.filter(([k]) => clearFields.has(k)));
  const secret: Record<string, unknown> = Object.fromEntries(fields.filter(([k]) => !clearFields.has(k)));
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = xchacha20poly1305(key, nonce, associatedData(table, clear)).encrypt(enc.encode(JSON.stringify(secret)));
  const out = new Uint8Array(1 + NONCE_BYTES + sealed.length);
  out[0] = VERSION;
  out.set(nonce, 1);
  out.set(sealed, 1 + NONCE_BYTES);
  return { ...clear, [SEALED]: out };
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
