import { z } from 'zod';
import { SKILL_IDS } from '../domain/framework';
import { SEARCH_DOC_TYPES, type SearchDocType } from './documents';
import { built, lazySchema } from '../schemas/lazy';
import { JournalSearchIndex } from './searchEngine';
import { VALUE_OF } from './numberText';
import { notePrintOwners, SnapshotError, SNAPSHOT_VERSION, type IndexState, type SnapshotSegment } from './snapshot';

/**
 * Reads the saved form of the search index that ./snapshot.ts writes, a segment at a time, and
 * checks it with its schemas (zod: the search worker loads this module only to read a snapshot).
 */

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

/**
 * An array whose items are each quickly checked by `looksRight` (no stricter, no looser than
 * `item`), and parsed by `item` only when that check fails, which then says what is wrong: the
 * tens of thousands of items a snapshot holds are not each parsed by a schema at every start.
 */
function quickArray<T extends z.ZodType>(looksRight: (v: unknown) => boolean, item: () => T): z.ZodType<z.output<T>[]> {
  // Not z.array(z.unknown()): zod would still visit every item (about 17 ms per start at 10,000 entries).
  const checked = z.unknown().superRefine((items, ctx) => {
    if (!Array.isArray(items)) {
      ctx.addIssue({ code: 'custom', message: 'Expected an array.' });
      return;
    }
    for (let i = 0; i < items.length; i++) {
      if (looksRight(items[i])) continue;
      const parsed = item().safeParse(items[i]);
      if (parsed.success) continue;
      const issue = parsed.error.issues[0]!;
      ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
      return;
    }
  });
  // Every item passed `looksRight` or `item`: of item's type.
  return checked as unknown as z.ZodType<z.output<T>[]>;
}

/** The stored documents (null: a free slot). */
const StoredDocs = lazySchema(() => quickArray(looksLikeDoc, () => Doc.nullable()));
/** A fingerprint: a whole number from 0. */
const PrintNumber = lazySchema(() => z.number().int().nonnegative());
/** A number as PrintNumber accepts it (zod's int: a safe integer). */
const isPrintNumber = (p: unknown): boolean => Number.isSafeInteger(p) && (p as number) >= 0;
/** Formats 1 and 2: an id and its fingerprint. */
const Print = lazySchema(() => z.tuple([z.string(), built(PrintNumber)]));
const looksLikePrint = (p: unknown): boolean => Array.isArray(p) && p.length === 2 && isString(p[0]) && isPrintNumber(p[1]);
const Prints = lazySchema(() => quickArray(looksLikePrint, () => Print));
/** Format 3: the fingerprints alone, in notePrintOwners' order (./snapshot.ts). */
const PrintNumbers = lazySchema(() => quickArray(isPrintNumber, () => PrintNumber));
const Words = lazySchema(() => quickArray(isString, () => z.string()));
const Header = lazySchema(() =>
  z.object({
    format: z.literal('sextant-search-index'),
    /** 1: the whole index in one object (no `from`, with the fingerprints); 2 and 3: a segment (see SNAPSHOT_VERSION). */
    version: z.union([z.literal(1), z.literal(2), z.literal(SNAPSHOT_VERSION)]),
    from: z.number().int().nonnegative().optional(),
    stored: built(StoredDocs),
    words: built(Words),
    /** Format 3: numbers in the order of the documents; before, id and number pairs (checked in decodeSegment, by version). */
    entryPrints: z.unknown().optional(),
    personPrints: z.unknown().optional(),
    numbers: z.string(),
  }),
);
/** One line of a snapshot as encodeSnapshot writes it. */
export type SnapshotLine = Omit<z.input<typeof Header>, 'version' | 'entryPrints' | 'personPrints'> & {
  version: typeof SNAPSHOT_VERSION;
  entryPrints?: number[];
  personPrints?: number[];
};

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
  /** Format 3: the entries (by their first document) and people met so far, in slot order: whose fingerprints the last segment lists. */
  private readonly entriesInOrder = new Set<string>();
  private readonly peopleInOrder: string[] = [];

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
    const { segment, ordered, printNumbers } = decodeSegment(text, this.slots);
    this.slots += segment.stored.length;
    if (ordered) notePrintOwners(segment.stored, this.entriesInOrder, this.peopleInOrder);
    if (printNumbers) segment.prints = this.printsOf(printNumbers);
    this.done = !!segment.prints;
    return segment;
  }

  /** Format 3's fingerprints by id: the documents read give the ids, in the order the numbers follow. */
  private printsOf({ entries, people }: { entries: number[]; people: number[] }): NonNullable<SnapshotSegment['prints']> {
    if (entries.length !== this.entriesInOrder.size || people.length !== this.peopleInOrder.length)
      throw new SnapshotError('its fingerprints are incomplete.');
    const entryPrints = new Map<string, number>();
    let i = 0;
    for (const id of this.entriesInOrder) entryPrints.set(id, entries[i++]!);
    return { entryPrints, personPrints: new Map(this.peopleInOrder.map((id, k) => [id, people[k]!])) };
  }
}

/**
 * A segment's content; whether it is of format 3, whose last segment lists its fingerprints in the
 * order of the documents (`printNumbers`: the ids come from all the segments read).
 */
function decodeSegment(
  text: string,
  expectedFrom: number,
): { segment: SnapshotSegment; ordered: boolean; printNumbers?: { entries: number[]; people: number[] } } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SnapshotError('it is not valid JSON.');
  }
  const parsed = Header.safeParse(json);
  if (!parsed.success) throw unexpected(parsed.error.issues[0]?.path);
  const h = parsed.data;
  const from = h.from ?? 0;
  if ((h.version === 1) !== (h.from === undefined) || from !== expectedFrom)
    throw new SnapshotError('its segments do not follow each other.');
  if ((h.entryPrints === undefined) !== (h.personPrints === undefined) || (h.version === 1 && !h.entryPrints))
    throw new SnapshotError('its fingerprints are incomplete.');
  const runs = checkNumbers(h.numbers, h.stored, h.words.length);
  const ordered = h.version === SNAPSHOT_VERSION;
  const segment: SnapshotSegment = { from, stored: h.stored.map(ordered ? fullDoc : asWritten), words: h.words, numbers: h.numbers, runs };
  if (!h.entryPrints || !h.personPrints) return { segment, ordered };
  if (!ordered) {
    const pairs = (field: 'entryPrints' | 'personPrints') => new Map(checked(Prints, h[field], field));
    segment.prints = { entryPrints: pairs('entryPrints'), personPrints: pairs('personPrints') };
    return { segment, ordered };
  }
  return {
    segment,
    ordered,
    printNumbers: {
      entries: checked(PrintNumbers, h.entryPrints, 'entryPrints'),
      people: checked(PrintNumbers, h.personPrints, 'personPrints'),
    },
  };
}

type DocLine = z.output<typeof Doc> | null;

/** A stored document of format 1 or 2 (ids written out). */
const asWritten = (d: DocLine) =>
  d ? { id: d[0], type: d[1], refId: d[2], title: d[3], tags: d[4], skills: d[5], date: d[6] ?? undefined } : null;

/** A stored document of format 3, its ids whole again (see storedDoc in ./snapshot.ts). */
function fullDoc(d: DocLine) {
  if (!d) return null;
  const [written, type, refWritten, title, tags, skills, date] = d;
  const refId = refWritten || written;
  const id = refWritten && written.startsWith('#') ? refId + written : written;
  return { id, type, refId, title, tags, skills, date: date ?? undefined };
}

/** `value` as `schema` reads it, or a SnapshotError naming where it is not (below `field`). */
function checked<T>(schema: { safeParse(v: unknown): z.ZodSafeParseResult<T> }, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw unexpected([field, ...(parsed.error.issues[0]?.path ?? [])]);
  return parsed.data;
}

const unexpected = (path: readonly PropertyKey[] | undefined) =>
  new SnapshotError(`unexpected content (${path?.map(String).join('.') || 'top level'}).`);

/**
 * Checks that a segment's number text (./numberText.ts) holds what its header says: letters of its
 * alphabet, each number whole and in range, four field lengths per slot, then per word a count and
 * that many slot steps and codes, each posting pointing at a document of the segment. Returns
 * where each word's postings start and how many there are (EngineSegment.runs): the index reads
 * the text where it lies (JournalSearchIndex.loadSegment) and decodes a word's postings only when
 * it is first read.
 */
function checkNumbers(text: string, stored: readonly unknown[], words: number): Int32Array {
  const runs = new Int32Array(2 * words);
  // One pass over the letters, no call per number (this runs at every start): each number made
  // whole is what the place in the text expects next.
  let lengthsLeft = stored.length * 4;
  let word = -1;
  let postingsLeft = 0;
  let code = false;
  let slot = 0;
  let n = 0;
  let scale = 1;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    const v = c < 128 ? VALUE_OF[c]! : -1;
    if (v < 0) throw new SnapshotError('its numbers hold a letter outside the alphabet.');
    n += (v & 31) * scale;
    if (n > 0x7fffffff) throw new SnapshotError('a number is out of range.');
    if (v >= 32) {
      scale *= 32;
      continue;
    }
    if (lengthsLeft > 0) lengthsLeft--;
    else if (postingsLeft === 0) {
      // A word's count of postings; they start after it.
      if (++word >= words) throw new SnapshotError('it has numbers left over.');
      runs[2 * word] = at + 1;
      runs[2 * word + 1] = n;
      postingsLeft = n;
      slot = 0;
      code = false;
    } else if (code) {
      postingsLeft--;
      code = false;
    } else {
      slot += n;
      if (slot >= stored.length) throw new SnapshotError('a posting points past the last document.');
      if (stored[slot] === null) throw new SnapshotError('a posting points at an empty slot.');
      code = true;
    }
    n = 0;
    scale = 1;
  }
  if (scale !== 1 || lengthsLeft > 0 || postingsLeft > 0 || word !== words - 1) throw new SnapshotError('its numbers end early.');
  return runs;
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
