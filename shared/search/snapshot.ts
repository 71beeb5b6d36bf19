import { z } from 'zod';
import { SKILL_IDS } from '../domain/framework';
import { SEARCH_DOC_TYPES, type SearchDocType } from './documents';
import { built, lazySchema } from '../schemas/lazy';
import { JournalSearchIndex, type EngineSegment, type EngineState } from './searchEngine';

/**
 * The saved form of the journal's search index (a snapshot), so that search answers at once at
 * start instead of after a full build. Text in segments, one per line: each segment is a JSON
 * object for a run of document slots (FIRST_SEGMENT_SLOTS, then SEGMENT_SLOTS each; their stored fields, the words found in
 * them, and their postings and field lengths as variable-length numbers written with a 64-letter
 * alphabet, about a byte per number; no binary, so the text goes through the encryption
 * middleware's JSON unchanged); the last segment also holds each entry's and person's
 * fingerprint. A segment can be loaded as soon as its line has been read (SnapshotReader), so a
 * large journal's search answers from the first segments while the rest is read and decoded.
 * Loading tokenises nothing: a tenth of a full build's work. A snapshot of format 1 (one object,
 * the whole index, no `from`) is read as one segment.
 */

/** Bumped whenever the format or the indexing rules change (tokeniser, stop words, document fields): an older snapshot is then rebuilt. */
export const SNAPSHOT_VERSION = 2;

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

// Each letter carries 5 bits of a number and a "more follows" bit; letters safe in JSON and URLs.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

/** Appends non-negative integers as letters to `out`. */
class NumberWriter {
  private readonly parts: string[] = [];
  private buffer: number[] = [];

  write(n: number): void {
    let v = n;
    while (v >= 32) {
      this.buffer.push(ALPHABET.charCodeAt(32 | (v % 32)));
      v = Math.floor(v / 32);
    }
    this.buffer.push(ALPHABET.charCodeAt(v));
    if (this.buffer.length >= 8192) this.flush();
  }

  private flush(): void {
    this.parts.push(String.fromCharCode(...this.buffer));
    this.buffer = [];
  }

  text(): string {
    this.flush();
    return this.parts.join('');
  }
}

/** Every number NumberWriter wrote, in order (one tight pass: this runs at every start). */
function readNumbers(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let k = 0;
  let n = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE_OF[c]! : -1;
    if (v < 0) throw new SnapshotError('its numbers hold a letter outside the alphabet.');
    n += (v & 31) * scale;
    if (n > 0x7fffffff) throw new SnapshotError('a number is out of range.');
    if (v < 32) {
      out[k++] = n;
      n = 0;
      scale = 1;
    } else {
      scale *= 32;
    }
  }
  if (scale !== 1) throw new SnapshotError('its numbers end early.');
  return out.subarray(0, k);
}

// The schemas are built on first use (shared/schemas/lazy.ts): a start without a saved index builds none.
const Doc = lazySchema(() =>
  z.tuple([
    z.string(),
    z.custom<SearchDocType>((v) => typeof v === 'string' && (SEARCH_DOC_TYPES as readonly string[]).includes(v)),
    z.string(),
    z.string(),
    z.array(z.string()),
    z.array(z.enum(SKILL_IDS)),
    z.string().nullable(),
  ]),
);
const DOC_TYPES: ReadonlySet<unknown> = new Set(SEARCH_DOC_TYPES);
const SKILLS: ReadonlySet<unknown> = new Set(SKILL_IDS);
const isString = (v: unknown) => typeof v === 'string';

/**
 * A quick check that a stored document is what Doc accepts (no stricter, no looser), so that the
 * tens of thousands a snapshot holds are not each parsed by the schema at every start (about half
 * of the decoding time). A document that fails it is parsed by Doc, which says what is wrong.
 */
function looksLikeDoc(d: unknown): boolean {
  if (d === null) return true;
  if (!Array.isArray(d) || d.length !== 7) return false;
  const [id, type, refId, title, tags, skills, date] = d as unknown[];
  return (
    isString(id) &&
    DOC_TYPES.has(type) &&
    isString(refId) &&
    isString(title) &&
    Array.isArray(tags) &&
    tags.every(isString) &&
    Array.isArray(skills) &&
    skills.every((k) => SKILLS.has(k)) &&
    (date === null || isString(date))
  );
}

/** The stored documents: each quickly checked, and parsed by Doc only when that check fails. */
const StoredDocs = lazySchema(() =>
  z.array(z.unknown()).superRefine((docs, ctx) => {
    for (let i = 0; i < docs.length; i++) {
      if (looksLikeDoc(docs[i])) continue;
      const parsed = Doc.nullable().safeParse(docs[i]);
      if (parsed.success) continue;
      const issue = parsed.error.issues[0]!;
      ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
      return;
    }
  }),
);
type StoredDoc = z.output<typeof Doc> | null;
const Prints = lazySchema(() => z.array(z.tuple([z.string(), z.number().int().nonnegative()])));
const Header = lazySchema(() =>
  z.object({
    format: z.literal('sextant-search-index'),
    /** 1: the whole index in one object (no `from`, with the fingerprints); 2: a segment. */
    version: z.union([z.literal(1), z.literal(SNAPSHOT_VERSION)]),
    from: z.number().int().nonnegative().optional(),
    stored: built(StoredDocs),
    words: z.array(z.string()),
    entryPrints: built(Prints).optional(),
    personPrints: built(Prints).optional(),
    numbers: z.string(),
  }),
);

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
        stored: stored.slice(from, to).map((d) => (d ? [d.id, d.type, d.refId, d.title, d.tags, d.skills, d.date ?? null] : null)),
        words: segmentWords,
        ...(last ? { entryPrints: [...state.entryPrints], personPrints: [...state.personPrints] } : {}),
        numbers: numbers.text(),
      } satisfies z.input<typeof Header>),
    );
  }
  return lines.join('\n');
}

/**
 * Reads a snapshot as its text arrives (in any pieces): `read` returns the segments each piece
 * completes, `end` the last one. Throws SnapshotError when the text is damaged or of another
 * version; the segments before the damage were good, but the index they make is not whole.
 */
export class SnapshotReader {
  /** The pieces read since the last complete segment (joined only once its line ends). */
  private pending: string[] = [];
  private slots = 0;
  private done = false;

  /** Takes the next piece of the text; returns the segments it completes (possibly none). */
  read(piece: string): SnapshotSegment[] {
    const out: SnapshotSegment[] = [];
    let start = 0;
    for (let nl = piece.indexOf('\n'); nl >= 0; nl = piece.indexOf('\n', start)) {
      this.pending.push(piece.slice(start, nl));
      out.push(this.segment(this.pending.join('')));
      this.pending = [];
      start = nl + 1;
    }
    if (start < piece.length) this.pending.push(start === 0 ? piece : piece.slice(start));
    return out;
  }

  /** The text has ended: its last segment (the one with the fingerprints). */
  end(): SnapshotSegment[] {
    const rest = this.pending.join('');
    this.pending = [];
    const out = rest ? [this.segment(rest)] : [];
    if (!this.done) throw new SnapshotError('it ends before its last segment.');
    return out;
  }

  private segment(text: string): SnapshotSegment {
    if (this.done) throw new SnapshotError('it goes on after its last segment.');
    const segment = decodeSegment(text, this.slots);
    this.slots += segment.stored.length;
    this.done = !!segment.prints;
    return segment;
  }
}

function decodeSegment(text: string, expectedFrom: number): SnapshotSegment {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SnapshotError('it is not valid JSON.');
  }
  const parsed = Header.safeParse(json);
  if (!parsed.success) throw new SnapshotError(`unexpected content (${parsed.error.issues[0]?.path.join('.') || 'top level'}).`);
  const h = parsed.data;
  const from = h.from ?? 0;
  if ((h.version === 1) !== (h.from === undefined) || from !== expectedFrom)
    throw new SnapshotError('its segments do not follow each other.');
  if ((h.entryPrints === undefined) !== (h.personPrints === undefined) || (h.version === 1 && !h.entryPrints))
    throw new SnapshotError('its fingerprints are incomplete.');
  const numbers = readNumbers(h.numbers);
  checkNumbers(numbers, h.stored.length, h.words.length);
  return {
    from,
    stored: (h.stored as StoredDoc[]).map((d) =>
      d
        ? {
            id: d[0],
            type: d[1],
            refId: d[2],
            title: d[3],
            tags: d[4],
            skills: d[5],
            date: d[6] ?? undefined,
          }
        : null,
    ),
    words: h.words,
    numbers,
    ...(h.entryPrints && h.personPrints ? { prints: { entryPrints: new Map(h.entryPrints), personPrints: new Map(h.personPrints) } } : {}),
  };
}

/**
 * Checks that a segment's numbers hold what its header says (four field lengths per slot, then per
 * word a count and that many slot steps and codes, pointing inside the segment), without making
 * anything of them: the index reads them next (JournalSearchIndex.loadSegment).
 */
function checkNumbers(numbers: Int32Array, slots: number, words: number): void {
  let at = slots * 4;
  if (at > numbers.length) throw new SnapshotError('its numbers end early.');
  for (let w = 0; w < words; w++) {
    if (at >= numbers.length) throw new SnapshotError('its numbers end early.');
    const count = numbers[at++]!;
    if (at + 2 * count > numbers.length) throw new SnapshotError('its numbers end early.');
    let slot = 0;
    for (let i = 0; i < count; i++, at += 2) slot += numbers[at]!;
    if (slot >= slots) throw new SnapshotError('a posting points past the last document.');
  }
  if (at !== numbers.length) throw new SnapshotError('it has numbers left over.');
}

/** Reads a whole snapshot written by encodeSnapshot; throws SnapshotError when it is damaged or of another version. */
export function decodeSnapshot(text: string): IndexState {
  const reader = new SnapshotReader();
  const engine = new JournalSearchIndex();
  let prints: SnapshotSegment['prints'];
  for (const segment of [...reader.read(text), ...reader.end()]) {
    engine.loadSegment(segment);
    prints = segment.prints;
  }
  engine.loadEnded();
  return { engine: engine.exportState(), ...prints! };
}
