import { z } from 'zod';
import { SKILL_IDS } from '../domain/framework';
import { SEARCH_DOC_TYPES, type SearchDocType } from './documents';
import type { EngineState } from './searchEngine';

/**
 * The saved form of the journal's search index (a snapshot), so that search answers at once at
 * start instead of after a full build. One string: a JSON header (the stored fields of every
 * document, the words, each entry's and person's fingerprint) and, inside it, the postings and
 * field lengths as variable-length numbers written with a 64-letter alphabet (about a byte per
 * number; no binary, so the same text goes through the encryption middleware's JSON unchanged).
 * Loading reads it back without tokenising anything: a tenth of a full build's work.
 */

/** Bumped whenever the format or the indexing rules change (tokeniser, stop words, document fields): an older snapshot is then rebuilt. */
export const SNAPSHOT_VERSION = 1;

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

/** A 32-bit FNV-1a hash of a text: tells whether a record changed since it was indexed. */
export function fingerprint(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
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

const Doc = z.tuple([
  z.string(),
  z.custom<SearchDocType>((v) => typeof v === 'string' && (SEARCH_DOC_TYPES as readonly string[]).includes(v)),
  z.string(),
  z.string(),
  z.array(z.string()),
  z.array(z.enum(SKILL_IDS)),
  z.string().nullable(),
]);
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
const StoredDocs = z.array(z.unknown()).superRefine((docs, ctx) => {
  for (let i = 0; i < docs.length; i++) {
    if (looksLikeDoc(docs[i])) continue;
    const parsed = Doc.nullable().safeParse(docs[i]);
    if (parsed.success) continue;
    const issue = parsed.error.issues[0]!;
    ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
    return;
  }
});
type StoredDoc = z.output<typeof Doc> | null;
const Prints = z.array(z.tuple([z.string(), z.number().int().nonnegative()]));
const Header = z.object({
  format: z.literal('sextant-search-index'),
  version: z.literal(SNAPSHOT_VERSION),
  stored: StoredDocs,
  words: z.array(z.string()),
  entryPrints: Prints,
  personPrints: Prints,
  numbers: z.string(),
});

/** Writes an index's state as one string (see the top of this file). */
export function encodeSnapshot(state: IndexState): string {
  const { stored, lengths, words, postings } = state.engine;
  const numbers = new NumberWriter();
  for (const len of lengths) numbers.write(len);
  for (const { slots, codes } of postings) {
    numbers.write(slots.length);
    let previous = 0;
    for (let i = 0; i < slots.length; i++) {
      numbers.write(slots[i]! - previous);
      numbers.write(codes[i]!);
      previous = slots[i]!;
    }
  }
  return JSON.stringify({
    format: 'sextant-search-index',
    version: SNAPSHOT_VERSION,
    stored: stored.map((d) => (d ? [d.id, d.type, d.refId, d.title, d.tags, d.skills, d.date ?? null] : null)),
    words,
    entryPrints: [...state.entryPrints],
    personPrints: [...state.personPrints],
    numbers: numbers.text(),
  } satisfies z.input<typeof Header>);
}

/** Reads a snapshot written by encodeSnapshot; throws SnapshotError when it is damaged or of another version. */
export function decodeSnapshot(text: string): IndexState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SnapshotError('it is not valid JSON.');
  }
  const parsed = Header.safeParse(json);
  if (!parsed.success) throw new SnapshotError(`unexpected content (${parsed.error.issues[0]?.path.join('.') || 'top level'}).`);
  const h = parsed.data;
  const numbers = readNumbers(h.numbers);
  let at = 0;
  const next = () => {
    if (at >= numbers.length) throw new SnapshotError('its numbers end early.');
    return numbers[at++]!;
  };
  const lengths = Array.from({ length: h.stored.length * 4 }, next);
  const postings = h.words.map(() => {
    const count = next();
    if (at + 2 * count > numbers.length) throw new SnapshotError('its numbers end early.');
    // Filled by push from an Int32Array: packed small-integer arrays, which the search loop reads fastest.
    const slots: number[] = [];
    const codes: number[] = [];
    let slot = 0;
    for (let i = 0; i < count; i++) {
      slot += numbers[at++]!;
      slots.push(slot);
      codes.push(numbers[at++]!);
    }
    if (slot >= h.stored.length) throw new SnapshotError('a posting points past the last document.');
    return { slots, codes };
  });
  if (at !== numbers.length) throw new SnapshotError('it has numbers left over.');
  return {
    engine: {
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
      lengths,
      words: h.words,
      postings,
    },
    entryPrints: new Map(h.entryPrints),
    personPrints: new Map(h.personPrints),
  };
}
