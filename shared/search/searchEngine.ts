import SearchableMap from 'minisearch/SearchableMap';
import type { SkillId } from '../domain/framework';
import { newestFirst } from '../domain/entryOrder';
import type { SearchDoc, SearchDocType } from './documents';
import { scanAsciiWords, scanWords, WORD_PART } from './words';
import { WordTable } from './wordTable';
import { NumberCursor, NumberWriter } from './numberText';

// Text with a character outside ASCII: lower-casing it whole could change its length or a word boundary.
// (A code unit above 0x7f: the same texts as /[^\p{ASCII}]/u, tested without the Unicode mode's cost.)
const NOT_ASCII = /[\x80-\uffff]/;

/**
 * The journal's full-text index. Why not plain MiniSearch: at 10,000 entries a common word or a
 * two-letter prefix matches most of the journal, and MiniSearch builds a result object (with match
 * details) for every matching document before anything can be cut, which measured 20-45 ms per
 * keystroke. Here the term dictionary is MiniSearch's radix tree (SearchableMap: prefix and
 * typo-tolerant lookups), the postings are flat number arrays, and scoring (BM25F) accumulates
 * into typed arrays; only the best `limit` hits become objects.
 */

/** The fields kept per document so a hit can be shown and filtered without a database read. */
export type StoredFields = Pick<SearchDoc, 'type' | 'refId' | 'title' | 'tags' | 'skills' | 'date'>;

/** Filters that narrow a query; every one that is set must hold. */
export interface SearchFilters {
  /** Only these kinds of thing (empty or missing: all). */
  types?: readonly SearchDocType[];
  skill?: SkillId;
  tag?: string;
  /** Inclusive YYYY-MM-DD bounds. */
  from?: string;
  to?: string;
}

/** One hit, ready to display. */
export interface SearchHit extends StoredFields {
  id: string;
  score: number;
  /** Index words that the query matched (lower case; prefix and typo expansions included), for highlighting. */
  terms: string[];
}

// Searched fields, and how much a match in each counts: title first, then tags and names, then text.
const FIELDS = ['title', 'tags', 'people', 'text'] as const;
const BOOST = [3, 2, 2, 1] as const;
const FIELD_COUNT = FIELDS.length;
// BM25 parameters (the usual defaults).
const K1 = 1.2;
const B = 0.7;
// How much a word found by prefix or by typo tolerance counts next to the exact word.
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.45;
// At most this many dictionary words per query word: a two-letter prefix can match hundreds.
const MAX_EXPANSIONS = 64;

// Words too common to tell entries apart; leaving them out keeps postings short.
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its me my no not of on or our she so ' +
    'than that the their them then there these they this to too us was we were what when which who will with you your'
  ).split(' '),
);

/**
 * The words of a text: lower case, split on spaces and punctuation (see words.ts), without stop
 * words. A compound word (`user_id`) is one word; with `parts`, as the index stores a text, its
 * parts follow it (`user`, `id`), so typing either part also finds it.
 */
export function tokenize(text: string, parts = false): string[] {
  const out: string[] = [];
  scanWords(text, (start, end, compound) => {
    const t = text.slice(start, end).toLowerCase();
    if (!STOP_WORDS.has(t)) out.push(t);
    if (parts && compound) {
      for (const p of t.matchAll(WORD_PART)) if (!STOP_WORDS.has(p[0])) out.push(p[0]);
    }
  });
  return out;
}

/**
 * Fuzziness per query word: short words must match exactly (a one-letter typo in "pm" is another
 * word), longer ones tolerate one edit, and words of 8+ letters two.
 */
export function fuzzyFor(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

// Sort keys of posting pairs in exportState: slot * SLOT_SPAN + field * TF_SPAN + term frequency.
const TF_SPAN = 2 ** 26;
const SLOT_SPAN = 2 ** 28;

/** One word's postings in a snapshot: slots ascending (each once per field holding the word), with their codes. */
export interface EnginePosting {
  slots: number[];
  codes: number[];
}

/** A JournalSearchIndex as plain data: what a snapshot holds (see exportState). */
export interface EngineState {
  /** Per slot: the stored fields and id of its document, or null for a free slot. */
  stored: ((StoredFields & { id: string }) | undefined | null)[];
  /** Word count per slot and field (slot * 4 + field). */
  lengths: number[];
  words: string[];
  /** Per word: its postings, in the order of `words`. */
  postings: EnginePosting[];
}

/**
 * A run of slots of a saved index, as a snapshot's segment holds it: the slots from `from` on with
 * their stored fields; `numbers` (a number text, ./numberText.ts, checked by whoever read it)
 * holds four field lengths per slot, then for each of `words` its postings in these slots: a
 * count, then per posting the step from the previous slot (the first from `from`) and its code
 * (term frequency * 4 + field). `runs`, when the reader has found them while checking: per word,
 * the character where its postings start and their count (otherwise the index finds them).
 */
export interface EngineSegment {
  from: number;
  stored: EngineState['stored'];
  words: readonly string[];
  numbers: string;
  runs?: ArrayLike<number>;
}

/** An index state's lengths and postings as one segment's number text (see EngineSegment). */
function segmentNumbers({ lengths, postings }: EngineState): string {
  const out = new NumberWriter();
  for (const n of lengths) out.write(n);
  for (const { slots, codes } of postings) {
    out.write(slots.length);
    let previous = 0;
    for (let i = 0; i < slots.length; i++) {
      out.write(slots[i]! - previous);
      out.write(codes[i]!);
      previous = slots[i]!;
    }
  }
  return out.text();
}

/**
 * A word's postings in one loaded segment, not yet taken into its arrays: `count` entries from
 * character `at` of the segment's number text, each a slot step (the first from `from`) and a
 * code (see EngineSegment).
 */
interface LoadedRun {
  text: string;
  at: number;
  count: number;
  from: number;
}

interface Posting {
  word: string;
  /** Slot numbers of the documents containing the word (once per field holding it), in no order. */
  docs: number[];
  /** Per entry of `docs`: term frequency * FIELD_COUNT + field number. */
  codes: number[];
  /** How many indexed documents hold the word (those of `loaded` not counted yet). */
  df: number;
  /**
   * Postings loaded from a saved index and not yet in `docs` (null: none). Taken in when the word
   * is first read (see settle): a start from a saved index then decodes only the postings its
   * searches touch, a few dozen words of thousands (issue 12: the last segment's decoding was
   * the longest task of a start). Their slots are never in `docs` as well.
   */
  loaded: LoadedRun[] | null;
  /** While adding: the stamp of the last document and of the last field that used the word, and where that field's entry is in `docs`. */
  doc: number;
  field: number;
  at: number;
}

/**
 * A full-text index of SearchDocs: add, replace, discard, search. Removing a document (an edit
 * is a removal and an add) takes its slot out of every posting it is in and frees the slot for
 * the next document, so neither the slots nor the words of old versions pile up: per-query work
 * follows the live documents and the ranking statistics (document count, document frequency,
 * average field length) are those of the documents indexed now.
 */
export class JournalSearchIndex {
  /** The words, for prefix and typo lookups. */
  private readonly dict = new SearchableMap<Posting>();
  /** The same postings by exact word: a hash lookup, several times faster than the tree's, for adding and exact matches. */
  private readonly byWord = new Map<string, Posting>();
  /** Counts documents and fields added (see Posting.doc and Posting.field). */
  private stamp = 0;
  /** The document and field being added: where post() appends (one object, so no closure is made per field). */
  private readonly at = { slot: 0, doc: 0, field: 0, code: 0, length: 0, distinct: null as string[] | null };
  /**
   * Words seen by add, with their postings (null for a stop word), found without making a string
   * (see WordTable). Dropped whenever a posting may leave the dictionary (discard, clear).
   */
  private table: WordTable<Posting | null> | null = null;
  /** Stored fields per slot; undefined while the slot is free. */
  private readonly stored: ((StoredFields & { id: string }) | undefined)[] = [];
  /**
   * Per slot, the distinct words its document put in the dictionary (to take them out again).
   * Null, after a build as after loading a snapshot, until the first removal needs it
   * (wordsBySlot derives it then from the postings, and adds note theirs from then on): most
   * starts never remove anything, and noting every document's words was about a twentieth of a
   * build's work (issue 12); deriving them costs one pass over the postings.
   */
  private slotWords: (string[] | undefined)[] | null = null;
  /** Free slots, reused before the arrays grow. */
  private readonly free: number[] = [];
  /** Postings with loaded runs not taken in yet, once the load has ended (see settleLoaded); some may have been since. */
  private unsettled: Posting[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Word count per slot and field (slot * FIELD_COUNT + field). */
  private readonly lengths: number[] = [];
  private readonly totalLength = new Array<number>(FIELD_COUNT).fill(0);
  /** Per slot, the date as a number (20260301; 0 without a date), for fast newest-first ordering. */
  private readonly dayNumbers: number[] = [];
  private live = 0;

  /** Number of documents in the index. */
  get documentCount(): number {
    return this.live;
  }

  /** Number of slots (live documents plus free slots): what per-query work is sized by. */
  get slotCount(): number {
    return this.stored.length;
  }

  /** Number of distinct words in the dictionary. */
  get termCount(): number {
    return this.dict.size;
  }

  /** Whether a document with this id is indexed. */
  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a document (replacing any with the same id). */
  add(doc: SearchDoc): void {
    if (this.slotOf.has(doc.id)) this.discard(doc.id);
    const slot = this.free.pop() ?? this.stored.length;
    this.stored[slot] = {
      id: doc.id,
      type: doc.type,
      refId: doc.refId,
      title: doc.title,
      tags: doc.tags,
      skills: doc.skills,
      date: doc.date,
    };
    this.slotOf.set(doc.id, slot);
    this.dayNumbers[slot] = dayNumber(doc.date);
    this.live++;
    // One pass per field over its words: a word's first use in the field appends its posting
    // entry (tf 1), each further use adds one to that entry's term frequency; its first use in
    // the document counts it in df. The same postings, in the same order, as counting each
    // field's words first.
    // Each slot's words are noted only once a removal has needed them (see slotWords).
    const distinct: string[] | null = this.slotWords ? [] : null;
    const at = this.at;
    at.slot = slot;
    at.doc = ++this.stamp;
    at.distinct = distinct;
    const table = (this.table ??= new WordTable());
    for (let f = 0; f < FIELD_COUNT; f++) {
      const text = f === 0 ? doc.title : f === 1 ? doc.tags.join(' ') : f === 2 ? doc.people : doc.text;
      at.field = ++this.stamp;
      at.code = FIELD_COUNT + f;
      at.length = 0;
      if (NOT_ASCII.test(text)) {
        scanWords(text, (start, end, compound) => this.postToken(text.slice(start, end).toLowerCase(), compound));
      } else {
        // ASCII only (most text): lower-cased whole, which changes no word boundary, and each
        // word found in the table by its characters; a string is made only for a new word.
        const lower = text.toLowerCase();
        scanAsciiWords(lower, (start, end, hash, compound) => {
          if (compound) return this.postToken(lower.slice(start, end), true);
          let p = table.get(lower, start, end, hash);
          if (p === undefined) {
            const w = lower.slice(start, end);
            p = STOP_WORDS.has(w) ? null : this.postingOf(w);
            table.add(w, hash, p);
          }
          if (p) this.post(p);
        });
      }
      this.lengths[slot * FIELD_COUNT + f] = at.length;
      this.totalLength[f]! += at.length;
    }
    if (this.slotWords) this.slotWords[slot] = distinct!;
  }

  /** A word as tokenize gives it (lower case): posted unless a stop word, then its parts if a compound. */
  private postToken(t: string, compound: boolean): void {
    if (!STOP_WORDS.has(t)) this.post(this.postingOf(t));
    if (compound) for (const m of t.matchAll(WORD_PART)) if (!STOP_WORDS.has(m[0])) this.post(this.postingOf(m[0]));
  }

  /**
   * One use of a word in the field being added (see `at`): its first use in the field appends its
   * posting entry (tf 1), each further use adds one to that entry's term frequency; its first use
   * in the document counts it in df.
   */
  private post(p: Posting): void {
    const at = this.at;
    at.length++;
    if (p.field === at.field) {
      p.codes[p.at]! += FIELD_COUNT;
      return;
    }
    p.field = at.field;
    p.at = p.docs.length;
    p.docs.push(at.slot);
    p.codes.push(at.code);
    if (p.doc !== at.doc) {
      p.doc = at.doc;
      p.df++;
      at.distinct?.push(p.word);
    }
  }

  /** A word's posting, new and empty if the word is not in the dictionary yet. */
  private postingOf(word: string): Posting {
    let p = this.byWord.get(word);
    if (!p) {
      p = { word, docs: [], codes: [], df: 0, loaded: null, doc: 0, field: 0, at: 0 };
      this.byWord.set(word, p);
      this.dict.set(word, p);
    }
    return p;
  }

  /** Adds many documents. */
  addAll(docs: Iterable<SearchDoc>): void {
    for (const d of docs) this.add(d);
  }

  /** Replaces a document by id (adds it when new). */
  replace(doc: SearchDoc): void {
    this.add(doc);
  }

  /** Removes a document by id (no-op when absent): its postings go and its slot is freed. */
  discard(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.table = null;
    const slotWords = this.wordsBySlot();
    this.slotOf.delete(id);
    this.stored[slot] = undefined;
    this.live--;
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.totalLength[f]! -= this.lengths[slot * FIELD_COUNT + f]!;
      this.lengths[slot * FIELD_COUNT + f] = 0;
    }
    for (const w of slotWords[slot] ?? []) this.unpost(w, slot);
    slotWords[slot] = undefined;
    if (slot === this.stored.length - 1) {
      // The last slot: shrink instead of keeping a free slot at the end (and any free ones before it).
      this.stored.length = slot;
      while (this.stored.length > 0 && this.stored[this.stored.length - 1] === undefined) this.stored.length--;
      const n = this.stored.length;
      if (this.slotWords) this.slotWords.length = n;
      this.dayNumbers.length = n;
      this.lengths.length = n * FIELD_COUNT;
      for (let i = this.free.length - 1; i >= 0; i--) if (this.free[i]! >= n) this.free.splice(i, 1);
    } else {
      this.free.push(slot);
    }
  }

  /** The words of every slot, derived from the postings if a snapshot was loaded (see slotWords). */
  private wordsBySlot(): (string[] | undefined)[] {
    if (this.slotWords) return this.slotWords;
    const out: (string[] | undefined)[] = this.stored.map((d) => (d ? [] : undefined));
    const lastWord = new Int32Array(this.stored.length).fill(-1);
    let w = 0;
    const note = (word: string, slot: number) => {
      if (lastWord[slot] === w) return;
      lastWord[slot] = w;
      out[slot]!.push(word);
    };
    for (const [word, { docs, loaded }] of this.dict) {
      for (const slot of docs) note(word, slot);
      // Loaded postings are read where they are, not taken in: a removal needs only their slots.
      for (const { text, at, count, from } of loaded ?? []) {
        const numbers = new NumberCursor(text, at);
        let slot = from;
        for (let i = 0; i < count; i++) {
          note(word, (slot += numbers.next()));
          numbers.next();
        }
      }
      w++;
    }
    this.slotWords = out;
    return out;
  }

  /** Takes a slot out of a word's posting (every field entry; order is not kept), dropping the word when no document holds it. */
  private unpost(word: string, slot: number): void {
    const p = this.byWord.get(word);
    if (!p) return;
    const { docs, codes } = this.settle(p);
    for (let i = docs.length - 1; i >= 0; i--) {
      if (docs[i] !== slot) continue;
      const last = docs.length - 1;
      docs[i] = docs[last]!;
      codes[i] = codes[last]!;
      docs.pop();
      codes.pop();
    }
    p.df--;
    if (docs.length === 0) {
      this.dict.delete(word);
      this.byWord.delete(word);
    }
  }

  /** Removes every document. */
  clear(): void {
    this.table = null;
    this.unsettled = [];
    this.dict.clear();
    this.byWord.clear();
    this.stored.length = 0;
    this.slotWords = null;
    this.free.length = 0;
    this.slotOf.clear();
    this.lengths.length = 0;
    this.dayNumbers.length = 0;
    this.totalLength.fill(0);
    this.live = 0;
  }

  /**
   * The index as plain data (see snapshot.ts for its encoding): the stored fields and field
   * lengths per slot, and per word its postings as (slot, code) pairs sorted by slot. Everything
   * else (document frequencies, each slot's words, free slots, totals) follows from these.
   */
  exportState(): EngineState {
    const words: string[] = [];
    const postings: EnginePosting[] = [];
    for (const [word, posting] of this.dict) {
      const p = this.settle(posting);
      // One sortable number per pair: slot, then field, then term frequency, the order a fresh
      // build appends them in (so sums of scores, and ties, come out the same after loading).
      const keys = new Float64Array(p.docs.length);
      for (let i = 0; i < keys.length; i++) {
        const f = p.codes[i]! % FIELD_COUNT;
        keys[i] = p.docs[i]! * SLOT_SPAN + f * TF_SPAN + (p.codes[i]! - f) / FIELD_COUNT;
      }
      keys.sort();
      const slots = new Array<number>(keys.length);
      const codes = new Array<number>(keys.length);
      for (let i = 0; i < keys.length; i++) {
        const inSlot = keys[i]! % SLOT_SPAN;
        const tf = inSlot % TF_SPAN;
        slots[i] = (keys[i]! - inSlot) / SLOT_SPAN;
        codes[i] = tf * FIELD_COUNT + (inSlot - tf) / TF_SPAN;
      }
      words.push(word);
      postings.push({ slots, codes });
    }
    return { stored: [...this.stored], lengths: [...this.lengths], words, postings };
  }

  /** An index holding exactly what `exportState` gave (the inverse of it). */
  static fromState(state: EngineState): JournalSearchIndex {
    const index = new JournalSearchIndex();
    index.loadSegment({ from: 0, stored: state.stored, words: state.words, numbers: segmentNumbers(state) });
    index.loadEnded();
    return index;
  }

  /**
   * Takes in the next run of slots of a saved index (a snapshot's segment, starting at the slot
   * after the last one taken in): their documents answer searches at once. The ranking statistics
   * are those of what is taken in so far; once every segment is in (then loadEnded), the index is
   * exactly the one saved. Throws when the pieces do not fit together.
   */
  loadSegment(segment: EngineSegment): void {
    const { from, stored, words } = segment;
    const numbers = new NumberCursor(segment.numbers);
    const n = stored.length;
    if (from !== this.stored.length) throw new Error('The saved search index is inconsistent (field lengths).');
    this.table = null;
    this.slotWords = null;
    for (let i = 0; i < n; i++) {
      const slot = from + i;
      const doc = stored[i];
      this.stored[slot] = doc ?? undefined;
      this.dayNumbers[slot] = dayNumber(doc?.date);
      if (doc) {
        this.slotOf.set(doc.id, slot);
        this.live++;
      } else {
        this.free.push(slot);
      }
      for (let f = 0; f < FIELD_COUNT; f++) {
        if (numbers.ended) throw new Error('The saved search index is inconsistent (field lengths).');
        const len = numbers.next();
        this.lengths[slot * FIELD_COUNT + f] = len;
        this.totalLength[f]! += len;
      }
    }
    const runs = segment.runs ?? this.findRuns(numbers, words.length);
    for (let w = 0; w < words.length; w++) {
      const count = runs[2 * w + 1]!;
      if (!(count > 0)) throw new Error('The saved search index is inconsistent (a posting).');
      // Noted, not decoded (see Posting.loaded). A word already taken in from an earlier segment:
      // this segment's slots all come after its.
      const word = words[w]!;
      const p = this.byWord.get(word) ?? this.postingOf(word);
      (p.loaded ??= []).push({ text: segment.numbers, at: runs[2 * w]!, count, from });
    }
  }

  /** Per word, where its postings start in a segment's number text (read from `numbers` on) and their count (see EngineSegment.runs). */
  private findRuns(numbers: NumberCursor, words: number): Int32Array {
    const runs = new Int32Array(2 * words);
    for (let w = 0; w < words; w++) {
      const count = numbers.ended ? 0 : numbers.next();
      runs[2 * w] = numbers.at;
      runs[2 * w + 1] = count;
      if (!numbers.skip(2 * count)) throw new Error('The saved search index is inconsistent (a posting).');
    }
    if (!numbers.ended) throw new Error('The saved search index is inconsistent (numbers left over).');
    return runs;
  }

  /**
   * A word's posting with its loaded runs taken into its arrays and counted in its df (see
   * Posting.loaded); what reads or changes `docs`, `codes` or `df` goes through here. A run's
   * slots point at documents of its own segment (the snapshot reader checks that).
   */
  private settle(p: Posting): Posting {
    const runs = p.loaded;
    if (runs === null) return p;
    p.loaded = null;
    const { docs, codes } = p;
    for (const { text, at, count, from } of runs) {
      const numbers = new NumberCursor(text, at);
      // Sized once, then filled: no growing copies (measured: searches read them as fast as pushed ones).
      let k = docs.length;
      docs.length = k + count;
      codes.length = k + count;
      let slot = from;
      let previous = -1;
      for (let i = 0; i < count; i++, k++) {
        slot += numbers.next();
        if (slot !== previous) {
          p.df++;
          previous = slot;
        }
        docs[k] = slot;
        codes[k] = numbers.next();
      }
    }
    return p;
  }

  /**
   * Every segment is in: free slots are reused lowest last, as discard pushes them (the order does
   * not change results); the postings not read yet are listed for settleLoaded.
   */
  loadEnded(): void {
    this.free.reverse();
    this.unsettled = [];
    for (const p of this.byWord.values()) if (p.loaded) this.unsettled.push(p);
  }

  /**
   * Takes in loaded postings not read yet, for about `budgetMs`; true when none is left. Run in
   * the background once a load has ended, slice after slice, so that later keystrokes find their
   * words decoded (no first-touch cost) and the loaded text's numbers are let go.
   */
  settleLoaded(budgetMs: number): boolean {
    const end = performance.now() + budgetMs;
    while (this.unsettled.length > 0) {
      const p = this.unsettled.pop()!;
      // Read by a search since: nothing left to do for it.
      if (!p.loaded) continue;
      this.settle(p);
      if (performance.now() >= end) break;
    }
    return this.unsettled.length === 0;
  }

  /** Dictionary words a query word stands for, with their weight: exact, by prefix, by typo. */
  private expand(term: string): { word: string; weight: number }[] {
    const out = new Map<string, number>();
    const exact = this.byWord.get(term);
    if (exact) out.set(term, 1);
    // Prefix matching from the second letter: one letter would match most of the dictionary.
    // Expansions are taken in an order of their own (the closest first, then alphabetical), not the
    // dictionary's, which depends on the order words were added: an index loaded from a snapshot
    // then answers exactly as the one that was saved.
    if (term.length > 1) {
      const prefixed: string[] = [];
      for (const [word] of this.dict.atPrefix(term)) if (word !== term) prefixed.push(word);
      prefixed.sort((a, b) => a.length - b.length || byText(a, b));
      for (const word of prefixed) {
        if (out.size >= MAX_EXPANSIONS) break;
        out.set(word, PREFIX_WEIGHT * (term.length / word.length));
      }
    }
    const distance = fuzzyFor(term);
    if (distance > 0) {
      const fuzzy = [...this.dict.fuzzyGet(term, distance)].sort((a, b) => a[1][1] - b[1][1] || byText(a[0], b[0]));
      for (const [word, [, d]] of fuzzy) {
        if (out.size >= MAX_EXPANSIONS) break;
        if (d === 0) continue; // the exact word, already weighted 1
        const w = FUZZY_WEIGHT / d;
        if ((out.get(word) ?? 0) < w) out.set(word, w);
      }
    }
    return [...out].map(([word, weight]) => ({ word, weight }));
  }

  /**
   * The best `limit` documents for the query (every query word must match, by prefix or with a
   * typo) that pass `keep`, best first; ties go to the newer document.
   */
  search(query: string, keep: (doc: StoredFields) => boolean, limit: number): SearchHit[] {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return [];
    const n = this.stored.length;
    const total = new Float64Array(n);
    const matchedWords = new Uint8Array(n);
    const best = new Float64Array(n);
    const wtf = new Float64Array(n);
    const avg = this.totalLength.map((t) => (this.live > 0 ? t / this.live : 1) || 1);
    const allTerms: string[] = [];
    let candidates: number[] = [];
    for (let qi = 0; qi < words.length; qi++) {
      const expansions = this.expand(words[qi]!);
      if (expansions.length === 0) return [];
      const touchedByWord: number[] = [];
      for (const { word, weight } of expansions) {
        allTerms.push(word);
        const p = this.settle(this.byWord.get(word)!);
        const idf = Math.log(1 + (this.live - p.df + 0.5) / (p.df + 0.5));
        const touched: number[] = [];
        const { docs, codes } = p;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          // After the first word, only documents that matched every earlier word can still qualify.
          if (this.stored[d] === undefined || matchedWords[d] !== qi) continue;
          const code = codes[i]!;
          const f = code % FIELD_COUNT;
          const tf = (code - f) / FIELD_COUNT;
          const len = this.lengths[d * FIELD_COUNT + f]!;
          if (wtf[d] === 0) touched.push(d);
          wtf[d]! += (BOOST[f]! * tf) / (1 - B + (B * len) / avg[f]!);
        }
        for (const d of touched) {
          const s = (weight * idf * (wtf[d]! * (K1 + 1))) / (wtf[d]! + K1);
          wtf[d] = 0;
          if (best[d] === 0) touchedByWord.push(d);
          if (s > best[d]!) best[d] = s;
        }
      }
      for (const d of touchedByWord) {
        total[d]! += best[d]!;
        best[d] = 0;
        matchedWords[d] = qi + 1;
      }
      candidates = touchedByWord;
    }
    const hits: number[] = [];
    for (const d of candidates) if (keep(this.stored[d]!)) hits.push(d);
    const terms = [...new Set(allTerms)];
    return this.top(hits, (d) => total[d]!, limit).map((d) => ({ ...this.stored[d]!, score: total[d]!, terms }));
  }

  /** Every document that passes `keep`, newest first (for filters without a query). */
  list(keep: (doc: StoredFields) => boolean, limit: number): SearchHit[] {
    const hits: number[] = [];
    for (let d = 0; d < this.stored.length; d++) {
      const s = this.stored[d];
      if (s && keep(s)) hits.push(d);
    }
    return this.top(hits, () => 0, limit).map((d) => ({ ...this.stored[d]!, score: 0, terms: [] }));
  }

  /**
   * The `limit` best slots by score, then in the journal's newest-first order (date, then id: the
   * index keeps no edit time), best first. A bounded heap rather than a sort: a common word matches
   * thousands of documents and only the first screenful is shown. The order is total, so a built
   * and a loaded index list equal hits alike.
   */
  private top(slots: number[], score: (slot: number) => number, limit: number): number[] {
    const dates = this.dayNumbers;
    const stored = this.stored;
    // True when slot a ranks below slot b (the dates as numbers first: most ties end there).
    const worse = (a: number, b: number) => {
      const sa = score(a);
      const sb = score(b);
      if (sa !== sb) return sa < sb;
      if (dates[a] !== dates[b]) return dates[a]! < dates[b]!;
      return newestFirst(stored[a]!, stored[b]!) > 0;
    };
    const heap: number[] = [];
    for (const d of slots) {
      if (heap.length < limit) {
        heap.push(d);
        siftUp(heap, heap.length - 1, worse);
      } else if (limit > 0 && worse(heap[0]!, d)) {
        heap[0] = d;
        siftDown(heap, 0, worse);
      }
    }
    return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }
}

/**
 * A date as a number for ordering (2026-03-01: 20260301; 0 without one): a YYYY-MM-DD date read
 * digit by digit, as loading a saved index does for every document (no string made); any other
 * text as its digits' number, as before.
 */
function dayNumber(date: string | undefined): number {
  if (!date) return 0;
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    let n = 0;
    for (let i = 0; i < 10; i++) {
      if (i === 4 || i === 7) continue;
      const d = date.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number(date.replaceAll('-', ''));
      n = n * 10 + d;
    }
    return n;
  }
  return Number(date.replaceAll('-', ''));
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// A min-heap (the worst-ranked slot at the root) for top-k selection.
function siftUp(heap: number[], i: number, worse: (a: number, b: number) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function siftDown(heap: number[], i: number, worse: (a: number, b: number) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
    if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
    if (m === i) return;
    [heap[i], heap[m]] = [heap[m]!, heap[i]!];
    i = m;
  }
}

/** A new, empty search index. */
export function createSearchIndex(): JournalSearchIndex {
  return new JournalSearchIndex();
}

/** Whether a document's stored fields pass the filters. */
export function passesFilters(doc: StoredFields, f: SearchFilters): boolean {
  if (f.types && f.types.length > 0 && !f.types.includes(doc.type)) return false;
  if (f.skill && !doc.skills.includes(f.skill)) return false;
  if (f.tag && !doc.tags.includes(f.tag)) return false;
  if ((f.from || f.to) && !doc.date) return false;
  if (f.from && doc.date! < f.from) return false;
  if (f.to && doc.date! > f.to) return false;
  return true;
}

function hasFilters(f: SearchFilters): boolean {
  return !!(f.types?.length || f.skill || f.tag || f.from || f.to);
}

/**
 * Searches the journal: the query (prefix and typo tolerant, every word must match) combined with
 * the filters, best first. An empty query with filters lists everything that passes them, newest
 * first; an empty query without filters finds nothing.
 */
export function searchIndex(index: JournalSearchIndex, query: string, filters: SearchFilters = {}, limit = 200): SearchHit[] {
  const filtered = hasFilters(filters);
  const keep = filtered ? (d: StoredFields) => passesFilters(d, filters) : () => true;
  if (query.trim()) return index.search(query, keep, limit);
  return filtered ? index.list(keep, limit) : [];
}
