import type { EngineSegment, EngineState } from './searchEngine';
import type { SnapshotLine } from './snapshotReader';
import { NumberWriter } from './numberText';

/**
 * The saved form of the journal's search index (a snapshot), so that search answers at once at
 * start instead of after a full build. Text in segments, one per line: each segment is a JSON
 * object for a run of document slots (FIRST_SEGMENT_SLOTS, then SEGMENT_SLOTS each; their stored fields, the words found in
 * them, and their postings and field lengths as variable-length numbers written with a 64-letter
 * alphabet (./numberText.ts), about a byte per number; no binary, so the text goes through the encryption
 * middleware's JSON unchanged); the last segment also holds each entry's and person's
 * fingerprint. Ids are written once (format 3; see storedDoc and printsInOrder): a document's
 * entry id is left out when it is the document's own, a milestone's id is written after its
 * goal's, and the fingerprints are listed in the order of the documents, without ids (at 10,000
 * entries, 17% less text to read and parse at every start than format 2). A segment can be
 * loaded as soon as its line has been read (SnapshotReader), so a large journal's search answers
 * from the first segments while the rest is read and decoded.
 * Loading tokenises nothing: a tenth of a full build's work. A snapshot of format 1 (one object,
 * the whole index, no `from`) is read as one segment.
 *
 * This module writes snapshots and holds no zod (the search worker saves without loading it);
 * reading one, with its schemas, is ./snapshotReader.ts.
 */

/**
 * Bumped whenever the format or the indexing rules change (tokeniser, stop words, document
 * fields). A snapshot of an older format under the same rules is still read (1: the whole index
 * in one object; 2: segments with each document's ids written out and the fingerprints as id and
 * number pairs); under older rules it would be rebuilt.
 */
export const SNAPSHOT_VERSION = 3;

/** Document slots per segment: a search waits for at most one segment's decoding (about 0.1 s at 12,000). */
export const SEGMENT_SLOTS = 12_000;
/**
 * Slots of the first segment: small, so that a journal answers early (about 190 K characters at
 * 10,000 entries: one stored part, read by the page while the worker starts; a hundredth of 50,000).
 */
export const FIRST_SEGMENT_SLOTS = 500;

/** A snapshot that cannot be read: the caller builds the index from the records instead. */
export class SnapshotError extends Error {
  constructor(detail: string) {
    super(`The saved search index cannot be used: ${detail}`);
    this.name = 'SnapshotError';
  }
}

/** Everything a snapshot restores: the engine, and per record the fingerprint of the version indexed. */
export interface IndexState {
  engine: EngineState;
  /** Entry id → fingerprint of the record that was indexed (see fingerprint). */
  entryPrints: Map<string, number>;
  personPrints: Map<string, number>;
}

/** One segment of a snapshot (see EngineSegment), and in the last segment only the fingerprints. */
export interface SnapshotSegment extends EngineSegment {
  prints?: { entryPrints: Map<string, number>; personPrints: Map<string, number> };
}

/** A 32-bit FNV-1a hash of a text: tells whether a record changed since it was indexed. */
export function fingerprint(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * fingerprint(JSON.stringify(value)), without making the string: the hash is fed the characters
 * JSON.stringify would write (the same escapes, keys in the same order, undefined members left
 * out). For the plain data a schema's parse returns; anything else (an object with toJSON, a
 * bigint) is hashed through JSON.stringify itself.
 */
export function fingerprintJson(value: unknown): number {
  hash = 0x811c9dc5;
  return hashValue(value) ? hash >>> 0 : fingerprint(JSON.stringify(value));
}

let hash = 0;
const HEX = '0123456789abcdef';

function hashText(text: string): void {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  hash = h;
}

/** Hashes a string as JSON.stringify quotes it. */
function hashString(text: string): void {
  let h = Math.imul(hash ^ 0x22, 0x01000193);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0xd800 || c > 0xdfff)) {
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    let escaped: string;
    if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is written as it is; a lone surrogate as \uXXXX.
      const pair =
        c < 0xdc00
          ? i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff
          : i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) < 0xdc00;
      if (pair) {
        h = Math.imul(h ^ c, 0x01000193);
        continue;
      }
      escaped = `\\u${c.toString(16)}`;
    } else if (c === 0x22) escaped = '\\"';
    else if (c === 0x5c) escaped = '\\\\';
    else if (c === 0x08) escaped = '\\b';
    else if (c === 0x09) escaped = '\\t';
    else if (c === 0x0a) escaped = '\\n';
    else if (c === 0x0c) escaped = '\\f';
    else if (c === 0x0d) escaped = '\\r';
    else escaped = `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    for (let k = 0; k < escaped.length; k++) h = Math.imul(h ^ escaped.charCodeAt(k), 0x01000193);
  }
  hash = Math.imul(h ^ 0x22, 0x01000193);
}

/** Hashes a value as JSON.stringify writes it; false for what it would not write as plain data. */
function hashValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      hashString(value);
      return true;
    case 'number':
      hashText(Number.isFinite(value) ? String(value) : 'null');
      return true;
    case 'boolean':
      hashText(value ? 'true' : 'false');
      return true;
    case 'object': {
      if (value === null) {
        hashText('null');
        return true;
      }
      if (Array.isArray(value)) {
        hashText('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) hashText(',');
          const item: unknown = value[i];
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol') hashText('null');
          else if (!hashValue(item)) return false;
        }
        hashText(']');
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return false;
      hashText('{');
      let first = true;
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        if (!first) hashText(',');
        first = false;
        hashString(key);
        hashText(':');
        if (!hashValue(item)) return false;
      }
      hashText('}');
      return true;
    }
    default:
      return false;
  }
}

/**
 * A stored document as a snapshot writes it: [id, type, entry id, title, tags, skills, date], the
 * entry id '' when it is the document's own id (an entry's or person's document), and a
 * milestone's id ("<goal id>#<milestone id>") as "#<milestone id>".
 */
function storedDoc(d: EngineState['stored'][number]): StoredDocLine | null {
  if (!d) return null;
  const id = d.id === d.refId ? d.id : d.id.startsWith(`${d.refId}#`) ? d.id.slice(d.refId.length) : d.id;
  return [id, d.type, d.id === d.refId ? '' : d.refId, d.title, d.tags, d.skills, d.date ?? null];
}
type StoredDocLine = [string, string, string, string, string[], string[], string | null];

/**
 * Whose fingerprints format 3 lists, in its order: each entry once, at its first document in the
 * slots, and each person at theirs. Adds those of `docs` (slots in order) to `entries` and
 * `people`: the writer notes the whole index, the reader (./snapshotReader.ts) segment by segment.
 */
export function notePrintOwners(
  docs: readonly ({ id: string; type: string; refId: string } | null | undefined)[],
  entries: Set<string>,
  people: string[],
): void {
  for (const d of docs) {
    if (!d) continue;
    if (d.type === 'person') people.push(d.id);
    else entries.add(d.refId);
  }
}

/**
 * The fingerprints without their ids, in notePrintOwners' order (-1 for one missing: the reader
 * refuses it, and the index is built afresh, as it was for an incomplete list of pairs).
 */
function printsInOrder(state: IndexState): { entryPrints: number[]; personPrints: number[] } {
  const entries = new Set<string>();
  const people: string[] = [];
  notePrintOwners(state.engine.stored, entries, people);
  return {
    entryPrints: [...entries].map((id) => state.entryPrints.get(id) ?? -1),
    personPrints: people.map((id) => state.personPrints.get(id) ?? -1),
  };
}

/** Writes an index's state as text: one line per segment, the first of `firstSlots` slots, the others of `segmentSlots` (see the top of this file). */
export function encodeSnapshot(
  state: IndexState,
  segmentSlots = SEGMENT_SLOTS,
  firstSlots = Math.min(FIRST_SEGMENT_SLOTS, segmentSlots),
): string {
  const { stored, lengths, words, postings } = state.engine;
  // Per word, how far its postings have been written (they are sorted by slot, segments follow each other).
  const written = new Int32Array(words.length);
  const lines: string[] = [];
  for (let from = 0; from === 0 || from < stored.length; from += from === 0 ? firstSlots : segmentSlots) {
    const to = Math.min(stored.length, from + (from === 0 ? firstSlots : segmentSlots));
    const last = to === stored.length;
    const numbers = new NumberWriter();
    for (let i = from * 4; i < to * 4; i++) numbers.write(lengths[i]!);
    const segmentWords: string[] = [];
    for (let w = 0; w < words.length; w++) {
      const { slots, codes } = postings[w]!;
      let i = written[w]!;
      let end = i;
      while (end < slots.length && slots[end]! < to) end++;
      if (end === i) continue;
      segmentWords.push(words[w]!);
      numbers.write(end - i);
      let previous = from;
      for (; i < end; i++) {
        numbers.write(slots[i]! - previous);
        numbers.write(codes[i]!);
        previous = slots[i]!;
      }
      written[w] = end;
    }
    lines.push(
      JSON.stringify({
        format: 'sextant-search-index',
        version: SNAPSHOT_VERSION,
        from,
        stored: stored.slice(from, to).map(storedDoc),
        words: segmentWords,
        ...(last ? printsInOrder(state) : {}),
        numbers: numbers.text(),
      } satisfies SnapshotLine),
    );
  }
  return lines.join('\n');
}
