import {
  decodeSnapshot,
  encodeSnapshot,
  JournalIndex,
  type IndexState,
  type ReconcileCounts,
  type SearchFilters,
  type SearchHit,
} from '../../shared/search';
import { openExisting, readAll, readInChunks, WorkerReadUnavailable } from './searchWorkerReads';

/** Entries per chunk when the worker reads the journal itself (a search asked meanwhile waits for one chunk at most). */
const READ_CHUNK = 500;

/**
 * What the page and the search worker say to each other. Every message carries an id and gets
 * one reply with the same id, in order. A build fills a new index (`build`, then rows in chunks,
 * then `commit` swaps it in), so searches meanwhile are answered by the previous one; a first
 * build fills the live one (searches meanwhile answer from what is indexed so far). A saved
 * index (a snapshot: shared/search/snapshot.ts) is loaded with `load` and then checked against
 * the stored records with `reconcile-*` (people first, then entries in chunks); `save` returns
 * the live index as a snapshot.
 *
 * A plain journal is read by the worker itself (`read-build`, `read-load`, `read-reconcile`, given
 * the database's name; see searchWorkerReads.ts): the page reads nothing. Their reply says
 * `unavailable` when the worker cannot read it (sealed records): the page then reads and posts the
 * rows as above. While `read-build` runs, replies with `progress` report the documents indexed so far.
 */
export type ToSearchWorker = { id: number } &
  /** `inPlace`: fill the live index itself (a first build: nothing to answer meanwhile), so searches answer from what is indexed so far. */
  (
    | { type: 'build'; inPlace?: boolean }
    | { type: 'people'; rows: unknown[] }
    | { type: 'entries'; rows: unknown[] }
    | { type: 'commit' }
    | { type: 'update'; people: unknown[]; removedPeople: string[]; entries: unknown[]; removedEntries: string[] }
    | { type: 'search'; query: string; filters: SearchFilters; limit: number }
    | { type: 'load'; text: string }
    | { type: 'reconcile-start' }
    | { type: 'reconcile-people'; rows: unknown[] }
    | { type: 'reconcile-entries'; rows: unknown[] }
    | { type: 'reconcile-end' }
    | { type: 'save' }
    /** `below`: only the entries whose id comes before it (a split build: the rest is read by `read-part`). */
    | { type: 'read-build'; database: string; below?: string }
    /** A split build's second half, in a second worker: the entries from `from` on, indexed apart and returned (`part`). */
    | { type: 'read-part'; database: string; from: string }
    /** Takes in a split build's second half (see read-part) after what `read-build` indexed. */
    | { type: 'absorb'; part: PackedPart }
    | { type: 'read-load'; database: string }
    | { type: 'read-reconcile'; database: string }
  );

/** The messages the worker answers by reading the journal itself. */
type ReadMessage = Extract<ToSearchWorker, { type: 'read-build' | 'read-part' | 'read-load' | 'read-reconcile' }>;

/** The reply to a message: the index's size, and what the message asked for (or why it failed). */
export interface FromSearchWorker {
  id: number;
  documents: number;
  hits?: SearchHit[];
  /** `save`: the snapshot. */
  text?: string;
  /** `reconcile-end`: what the reconciliation changed. */
  counts?: ReconcileCounts;
  /** The message could not be handled (a damaged snapshot, most likely); the index is as it was. */
  error?: string;
  /** A `read-*` message: the worker cannot read this journal itself (why); the page must read it. */
  unavailable?: string;
  /** `read-part`: the second half of a split build. */
  part?: PackedPart;
  /** `read-load`: whether a snapshot was stored (and is now loaded). */
  found?: boolean;
  /** Not the reply yet: what a `read-build` has indexed so far (`documents`). */
  progress?: true;
}

/** The worker's side: the live index, and the one a build is filling. Runs in the worker, or in the page where workers are missing (tests). */
export class SearchWorkerState {
  private live = new JournalIndex();
  private next: JournalIndex | null = null;

  /**
   * Handles one message and returns its reply: at once, or a promise for a `read-*` message (the
   * worker reads the database; other messages are handled meanwhile). `progress` hears how far a
   * `read-build` has got.
   */
  handle(msg: ReadMessage, progress?: (reply: FromSearchWorker) => void): Promise<FromSearchWorker>;
  handle(msg: Exclude<ToSearchWorker, ReadMessage>): FromSearchWorker;
  handle(msg: ToSearchWorker, progress?: (reply: FromSearchWorker) => void): FromSearchWorker | Promise<FromSearchWorker>;
  handle(msg: ToSearchWorker, progress?: (reply: FromSearchWorker) => void): FromSearchWorker | Promise<FromSearchWorker> {
    if (msg.type === 'read-build' || msg.type === 'read-part' || msg.type === 'read-load' || msg.type === 'read-reconcile')
      return this.read(msg, progress).then(
        (answer) => this.reply(msg, answer),
        (e: unknown) => this.reply(msg, e instanceof WorkerReadUnavailable ? { unavailable: e.message } : { error: errorText(e) }),
      );
    try {
      return this.reply(msg, this.answer(msg));
    } catch (e) {
      return this.reply(msg, { error: errorText(e) });
    }
  }

  private reply(msg: ToSearchWorker, answer: Partial<FromSearchWorker>): FromSearchWorker {
    return { ...answer, id: msg.id, documents: this.live.documentCount };
  }

  /** The worker reads the journal itself: a build's rows, the snapshot, or a reconciliation's rows. */
  private async read(msg: ReadMessage, progress?: (reply: FromSearchWorker) => void): Promise<Partial<FromSearchWorker>> {
    const database = await openExisting(msg.database);
    try {
      if (msg.type === 'read-load') {
        const parts = (await readAll(database, 'searchSnapshot')) as { text?: unknown }[];
        if (parts.length === 0) return { found: false };
        const text = parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
        this.live = JournalIndex.fromState(decodeSnapshot(text));
        return { found: true };
      }
      const people = await readAll(database, 'people');
      if (msg.type === 'read-part') {
        const half = new JournalIndex();
        half.knowPeople(people);
        await readInChunks(database, 'entries', READ_CHUNK, (rows) => half.addEntries(rows), { from: msg.from });
        return { part: packPart(half.exportPart()) };
      }
      if (msg.type === 'read-reconcile') {
        this.live.reconcilePeople(people);
        await readInChunks(database, 'entries', READ_CHUNK, (rows) => this.live.reconcileEntries(rows));
        return {};
      }
      const index = this.next ?? this.live;
      index.addPeople(people);
      await readInChunks(
        database,
        'entries',
        READ_CHUNK,
        (rows) => {
          index.addEntries(rows);
          progress?.({ id: msg.id, documents: index.documentCount, progress: true });
        },
        { below: msg.below },
      );
      return {};
    } finally {
      database.close();
    }
  }

  private answer(msg: ToSearchWorker): Partial<FromSearchWorker> {
    switch (msg.type) {
      case 'build':
        if (msg.inPlace) {
          this.live = new JournalIndex();
          this.next = null;
        } else this.next = new JournalIndex();
        break;
      case 'people':
        (this.next ?? this.live).addPeople(msg.rows);
        break;
      case 'entries':
        (this.next ?? this.live).addEntries(msg.rows);
        break;
      case 'commit':
        if (this.next) this.live = this.next;
        this.next = null;
        break;
      case 'update':
        for (const id of msg.removedPeople) this.live.removePerson(id);
        this.live.addPeople(msg.people);
        for (const id of msg.removedEntries) this.live.removeEntry(id);
        this.live.addEntries(msg.entries);
        break;
      case 'absorb':
        (this.next ?? this.live).absorb(unpackPart(msg.part));
        break;
      case 'search':
        return { hits: this.live.search(msg.query, msg.filters, msg.limit) };
      case 'load':
        // Decoded whole before it replaces anything: a damaged snapshot leaves the index as it was.
        this.live = JournalIndex.fromState(decodeSnapshot(msg.text));
        break;
      case 'reconcile-start':
        this.live.reconcileStart();
        break;
      case 'reconcile-people':
        this.live.reconcilePeople(msg.rows);
        break;
      case 'reconcile-entries':
        this.live.reconcileEntries(msg.rows);
        break;
      case 'reconcile-end':
        return { counts: this.live.reconcileEnd() };
      case 'save':
        return { text: encodeSnapshot(this.live.exportState()) };
      default:
        throw new Error(`${msg.type} is read by the worker (see read).`);
    }
    return {};
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * A split build's second half as it travels from one worker to the other through the page: the
 * postings in three typed arrays (moved, not copied: see transferablesOf) and the words as one
 * text, so that neither the page nor the workers copy millions of small numbers one by one.
 */
export interface PackedPart {
  stored: IndexState['engine']['stored'];
  lengths: Int32Array;
  /** The words, one per line (a word never holds a line break). */
  words: string;
  /** Per word, how many (slot, code) pairs it has. */
  counts: Int32Array;
  slots: Int32Array;
  codes: Int32Array;
  entryPrints: Map<string, number>;
}

/** Packs a part (JournalIndex.exportPart) for the trip. */
export function packPart({ engine, entryPrints }: IndexState): PackedPart {
  const total = engine.postings.reduce((n, p) => n + p.slots.length, 0);
  const slots = new Int32Array(total);
  const codes = new Int32Array(total);
  const counts = new Int32Array(engine.postings.length);
  let at = 0;
  engine.postings.forEach((p, w) => {
    counts[w] = p.slots.length;
    slots.set(p.slots, at);
    codes.set(p.codes, at);
    at += p.slots.length;
  });
  return {
    stored: engine.stored,
    lengths: Int32Array.from(engine.lengths),
    words: engine.words.join('\n'),
    counts,
    slots,
    codes,
    entryPrints,
  };
}

/** The buffers a packed part moves with. */
export function transferablesOf(part: PackedPart): ArrayBuffer[] {
  return [part.lengths.buffer, part.counts.buffer, part.slots.buffer, part.codes.buffer] as ArrayBuffer[];
}

/** The part again, as exportPart gave it. */
export function unpackPart(part: PackedPart): IndexState {
  const words = part.words === '' ? [] : part.words.split('\n');
  if (words.length !== part.counts.length) throw new Error('The packed part of the index is inconsistent (words).');
  let at = 0;
  const postings = words.map((_, w) => {
    const n = part.counts[w]!;
    const slots = Array.from(part.slots.subarray(at, at + n));
    const codes = Array.from(part.codes.subarray(at, at + n));
    at += n;
    return { slots, codes };
  });
  return {
    engine: { stored: part.stored, lengths: Array.from(part.lengths), words, postings },
    entryPrints: part.entryPrints,
    personPrints: new Map(),
  };
}
