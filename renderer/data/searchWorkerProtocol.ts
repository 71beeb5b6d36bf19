// Each module by its own path, not shared/search's index: the worker's own script holds no zod
// (searchWorkerSchemas.ts, loaded on demand, holds what needs it).
import { JournalIndex, type ReconcileCounts } from '../../shared/search/journalIndex';
import type { SearchFilters, SearchHit } from '../../shared/search/searchEngine';
import { encodeSnapshot } from '../../shared/search/snapshot';
import type { SnapshotReader } from '../../shared/search/snapshotReader';
import { SchemasNotLoaded } from '../../shared/search/storedEntry';
import { readableEarly, openExisting, readAll, readInChunks, WorkerReadUnavailable } from './searchWorkerReads';
import { StartPace } from './searchWorkerPace';

/** Entries per chunk when the worker reads the journal itself (a search asked meanwhile waits for one chunk at most). */
const READ_CHUNK = 500;
/** How long at most a build's or a saved index's reads pause between chunks while the page starts (StartPace), from when the worker began. */
export const START_PACE_MS = 1_500;
/** A slice of taking in a loaded index's postings in the background (settleSoon): what a search may wait behind. */
const SETTLE_SLICE_MS = 8;
/**
 * Entries per read in a build. Not a smaller first read: a first build answers from its first
 * chunk, then at most once a second, and 100 entries rarely held a typed word's first result
 * (which then came a second later: A/B in the README).
 */
export const BUILD_CHUNKS = READ_CHUNK;
/**
 * Stored parts of a snapshot per read (256 K characters each), read after read, the last size
 * repeated: the next read runs while the worker decodes what it has. Small first reads: the first
 * segment (FIRST_SEGMENT_SLOTS, 500 document slots: within the first part at 10,000 entries) is in
 * after one read of one part, not of eight (each part costs about 10-17 ms to read at start).
 */
export const SNAPSHOT_PARTS_PER_READ: readonly number[] = [1, 2, 4, 8];

/**
 * What the page and the search worker say to each other. Every message carries an id and gets
 * one reply with the same id, in order (but for a search that waits while the index is filled:
 * see SearchWorkerState.search). A build fills a new index (`build`, then rows in chunks,
 * then `commit` swaps it in), so searches meanwhile are answered by the previous one; a first
 * build fills the live one (searches meanwhile answer from what is indexed so far). A saved
 * index (a snapshot: shared/search/snapshot.ts) is loaded with `load` and then checked against
 * the stored records with `reconcile-*` (people first, then entries in chunks); `save` returns
 * the live index as a snapshot.
 *
 * The worker reads the snapshot and the records to check it against itself (`read-load`,
 * `read-reconcile`, given the database's name; see searchWorkerReads.ts), with an encrypted
 * journal given a copy of the data key (`key`, zeroed once the read is over). Their reply says
 * `unavailable` when it cannot (sealed records and no key, say): the page then reads and posts
 * them as above.
 */
export type ToSearchWorker = { id: number } &
  /** `inPlace`: fill the live index itself (a first build: nothing to answer meanwhile), so searches answer from what is indexed so far. */
  (
    | { type: 'build'; inPlace?: boolean }
    | { type: 'people'; rows: unknown[] }
    | { type: 'entries'; rows: unknown[] }
    | { type: 'commit' }
    /** After a build has answered: the fingerprints it left for later (see JournalIndex.settlePrints). */
    | { type: 'prints' }
    | { type: 'update'; people: unknown[]; removedPeople: string[]; entries: unknown[]; removedEntries: string[] }
    | { type: 'search'; query: string; filters: SearchFilters; limit: number }
    | { type: 'load-start' }
    | { type: 'load-text'; text: string }
    | { type: 'load-end' }
    | { type: 'reconcile-start' }
    | { type: 'reconcile-people'; rows: unknown[] }
    | { type: 'reconcile-entries'; rows: unknown[] }
    | { type: 'reconcile-end' }
    | { type: 'save' }
    /** `after`: the parts up to this one were posted with load-start and load-text; the worker reads on from the next. */
    | { type: 'read-load'; database: string; after?: number; key?: Uint8Array }
    | { type: 'read-reconcile'; database: string; key?: Uint8Array }
    /**
     * After `build`: the worker reads every person and entry into the index being built (a progress
     * reply per chunk). A first build of a plain journal joins the read the worker began on its own
     * (prefetch) unless `fresh`: the journal was written since the worker was made.
     */
    | { type: 'read-build'; database: string; key?: Uint8Array; fresh?: boolean }
    /** The Search screen the app opened on has shown its first answer, or closed: reads no longer pause between chunks (StartPace). */
    | { type: 'release' }
  );

type SearchMessage = Extract<ToSearchWorker, { type: 'search' }>;

/** The messages the worker answers by reading the journal itself. */
type ReadMessage = Extract<ToSearchWorker, { type: 'read-load' | 'read-reconcile' | 'read-build' }>;

type WorkerSchemas = typeof import('./searchWorkerSchemas');
let schemas: WorkerSchemas | undefined;
let loadingSchemas: Promise<WorkerSchemas> | undefined;

/**
 * Loads what needs zod (searchWorkerSchemas.ts: the schemas for stored rows the quick checks
 * refuse, and the snapshot reader), once. Not before it is needed: a build of a journal whose rows
 * all pass the quick checks never loads it, so the worker's own script is small and starts sooner
 * (issue 12). A failed load may be tried again.
 */
export function loadWorkerSchemas(): Promise<WorkerSchemas> {
  return (loadingSchemas ??= import('./searchWorkerSchemas').then(
    (loaded) => (schemas = loaded),
    (e: unknown) => {
      loadingSchemas = undefined;
      throw e;
    },
  ));
}

/** Messages that read a snapshot or check one against the records: the schemas are loaded before they are handled. */
const WITH_SCHEMAS: ReadonlySet<ToSearchWorker['type']> = new Set([
  'load-start',
  'load-text',
  'load-end',
  'reconcile-people',
  'reconcile-entries',
]);

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
  /** `read-load`: whether a snapshot was stored (and is now loaded). */
  found?: boolean;
  /** Not the reply yet: `read-load` has taken in another segment (`documents` so far). */
  progress?: true;
}

/** The worker's side: the live index, and the one a build is filling. Runs in the worker, or in the page where workers are missing (tests). */
export class SearchWorkerState {
  private live = new JournalIndex();
  private next: JournalIndex | null = null;
  /** While a snapshot is loaded into the live index: what has been read of it. */
  private loading: SnapshotReader | null = null;
  private marked = false;
  /**
   * A read begun before the page asked (prefetch): a plain journal's first build, or its saved
   * index, until `read-build` or `read-load` joins it or another message drops it.
   */
  private early: EarlyRead | null = null;
  /** While a message waits for the schemas to load: the messages after it, handled in order once it is (see handle). */
  private held: (() => void)[] | null = null;
  /** A first build is filling the live index (`build` with inPlace, until its read is over or `commit`). */
  private filling = false;
  /** A slice of settleSoon is scheduled. */
  private settling = false;
  /** Searches asked while the live index fills that found nothing yet (see search). */
  private waitingSearches: { msg: SearchMessage; answer: (reply: FromSearchWorker) => void }[] = [];

  /** While the page starts: a build's or a saved index's read pauses between chunks (see StartPace), until `release`. */
  private readonly pace: StartPace | null;

  /**
   * `progress`: where `read-load` reports each segment it has taken in (posted to the page).
   * `paceMs`: reads of a build or a saved index pause between chunks until the page's `release`, this long at most (StartPace).
   */
  constructor(
    private readonly progress: (reply: FromSearchWorker) => void = () => undefined,
    { paceMs }: { paceMs?: number } = {},
  ) {
    this.pace = paceMs === undefined ? null : new StartPace(paceMs);
  }

  /**
   * Handles one message and returns its reply: at once, or a promise for a `read-*` message (the
   * worker reads the database; other messages are handled meanwhile) and for a message that waits
   * for the schemas to load (a snapshot's, or rows the quick checks refuse: the messages after it
   * wait for it, so every message is handled in the order sent).
   */
  handle(msg: ReadMessage): Promise<FromSearchWorker>;
  handle(msg: ToSearchWorker): FromSearchWorker | Promise<FromSearchWorker>;
  handle(msg: ToSearchWorker): FromSearchWorker | Promise<FromSearchWorker> {
    const held = this.held;
    if (held) return new Promise((resolve) => held.push(() => resolve(this.handle(msg))));
    if (msg.type === 'search') return this.search(msg);
    const reply = this.handleNow(msg);
    // Whatever the message changed (an index filled or swapped in, a fill ended), searches still
    // waiting may be answered now, and a loaded index may be whole.
    if (reply instanceof Promise) void reply.then(() => this.changed());
    else this.changed();
    if (reply instanceof Promise && !isRead(msg)) {
      const waiting: (() => void)[] = (this.held = []);
      // Registered before the caller's: the messages held are handled before this reply is posted, their replies after it.
      void reply.then(() => {
        this.held = null;
        for (const run of waiting) run();
      });
    }
    return reply;
  }

  /**
   * A search: answered from the live index at once, unless that finds nothing while the index is
   * still being filled (a first build, an early read not yet joined, a saved index loading). Then
   * the search waits, and is answered as soon as the index finds something for it (after each
   * chunk or segment taken in) or the filling ends: a query typed at start gets its first result
   * straight from the chunk that holds it, not an empty answer the page must ask again after the
   * next progress report (issue 12). Replies to searches may therefore come after those of
   * messages sent later; nothing waits for a search's reply in order.
   */
  private search(msg: SearchMessage): FromSearchWorker | Promise<FromSearchWorker> {
    return (
      this.searchNow(msg) ??
      new Promise((answer) => {
        this.waitingSearches.push({ msg, answer });
        // A read paused for the page's start goes on: this search needs rows not read yet.
        this.pace?.nudge();
      })
    );
  }

  /** A search's reply, or null if it found nothing while the live index is being filled. */
  private searchNow(msg: SearchMessage): FromSearchWorker | null {
    const hits = this.answering().search(msg.query, msg.filters, msg.limit);
    if (hits.length === 0 && (this.filling || this.loading !== null || this.early !== null)) return null;
    return this.reply(msg, { hits });
  }

  /**
   * The index that answers searches: the live one, but for the early read's while nothing else
   * holds anything (the page has not joined it yet). What it holds is what the page's first build
   * or load would hold: a plain journal's first rows or the first segments of its saved index,
   * read from the journal the page names when it makes the worker, and only when it has no
   * encrypted copy and no keyring (readableEarly). A first result needs no wait for the page,
   * busy drawing the screen, to send its build or load (issue 12).
   */
  private answering(): JournalIndex {
    const early = this.early;
    return early && !early.dropped && !this.next && this.live.documentCount === 0 ? early.index : this.live;
  }

  /** A read has taken in another chunk or segment: the page hears of it, and waiting searches are asked again. */
  private progressed(msg: ReadMessage): void {
    this.progress(this.reply(msg, { progress: true }));
    this.answerWaiting();
  }

  /** After a message or the early read's end: waiting searches asked again, a whole loaded index's postings taken in. */
  private changed(): void {
    this.answerWaiting();
    this.settleSoon();
  }

  /**
   * Takes in the postings of the answering index that its load left encoded, a slice per task
   * (messages are handled between slices), once it is whole: a word's postings are otherwise
   * decoded when a search first reads them (JournalSearchIndex.settle), which a start need not
   * wait for, but a keystroke should not pay either (issue 12).
   */
  private settleSoon(): void {
    // (An index still being loaded has nothing listed to take in: JournalSearchIndex.loadEnded lists it.)
    if (this.settling || this.loading) return;
    this.settling = true;
    setTimeout(() => {
      this.settling = false;
      if (!this.answering().settleLoaded(SETTLE_SLICE_MS)) this.settleSoon();
    }, 0);
  }

  /** Answers the waiting searches that find something now, or all of them once the index is no longer filling. */
  private answerWaiting(): void {
    if (this.waitingSearches.length === 0) return;
    const waiting = this.waitingSearches;
    this.waitingSearches = [];
    for (const search of waiting) {
      const reply = this.searchNow(search.msg);
      if (reply) search.answer(reply);
      else this.waitingSearches.push(search);
    }
  }

  private handleNow(msg: ToSearchWorker): FromSearchWorker | Promise<FromSearchWorker> {
    // Only a first build (filling the live index) or a load from the first part joins the early read (a release leaves it be).
    if (
      this.early &&
      !(
        msg.type === 'search' ||
        msg.type === 'release' ||
        msg.type === 'read-build' ||
        (msg.type === 'build' && msg.inPlace) ||
        joinsLoad(msg)
      )
    )
      this.dropEarly();
    if (isRead(msg))
      return this.read(msg).then(
        (answer) => this.reply(msg, answer),
        (e: unknown) => this.reply(msg, e instanceof WorkerReadUnavailable ? { unavailable: e.message } : { error: errorText(e) }),
      );
    if (!schemas && WITH_SCHEMAS.has(msg.type))
      return loadWorkerSchemas().then(
        () => this.handleNow(msg),
        (e: unknown) => this.failed(msg, e),
      );
    try {
      const answer = this.answer(msg);
      return answer instanceof Promise
        ? answer.then(
            (a) => this.reply(msg, a),
            (e: unknown) => this.failed(msg, e),
          )
        : this.reply(msg, answer);
    } catch (e) {
      return this.failed(msg, e);
    }
  }

  private failed(msg: ToSearchWorker, e: unknown): FromSearchWorker {
    // A damaged snapshot half taken in: the index is emptied (the page builds it from the records).
    if (msg.type.startsWith('load-')) this.emptyLive();
    return this.reply(msg, { error: errorText(e) });
  }

  /**
   * Starts reading the plain journal `database` before the page asks: its saved index if it has
   * one, else a first build. The page names it when it makes the worker, whose first messages
   * reach it only from a task of the page's main thread, busy drawing the Search screen (README,
   * searchname5 and "The saved index read before the page asks"). Only a plain journal
   * (readableEarly: no encrypted copy, no keyring); sealed rows or parts stop it. Searches
   * meanwhile answer from what it has read (`answering`), each chunk or segment asks the waiting
   * ones again; it becomes the live index when `read-build` or `read-load` joins it, and any other
   * message drops it. Resolves when it has ended, whichever way (tests).
   */
  prefetch(database: string): Promise<void> {
    const early: EarlyRead = { database, index: new JournalIndex(), dropped: false, taken: null, done: Promise.resolve() };
    const taken = () => {
      if (early.dropped) throw new WorkerReadUnavailable('the early read was dropped.');
      if (early.taken) early.taken();
      else this.answerWaiting();
    };
    early.done = (async () => {
      const readable = await readableEarly(database, () => openExisting(database));
      if (!('opened' in readable)) {
        // An encrypted journal's saved index, which the page will have the worker read: its reader needs the schemas.
        if (readable.savedIndex) void loadWorkerSchemas().catch(() => undefined);
        throw new WorkerReadUnavailable('not a plain journal.');
      }
      const { opened, savedIndex } = readable;
      early.kind = savedIndex ? 'load' : 'build';
      try {
        if (!savedIndex) return await this.readBuild(opened, early.index, taken);
        const { SnapshotReader } = await loadWorkerSchemas();
        if (early.dropped) return;
        early.found = await readSnapshot(opened, new SnapshotReader(), early.index, taken, { between: this.between });
        // The last segment is in (taken in at the end of the text): searches waiting for it are asked again.
        if (!early.dropped) this.changed();
      } finally {
        opened.close();
      }
    })();
    this.early = early;
    return early.done.catch(() => undefined);
  }

  private dropEarly(): void {
    if (this.early) this.early.dropped = true;
    this.early = null;
  }

  /**
   * `read-build` of a first build, or `read-load` from the first part: joins the early read of
   * the same journal (its index becomes the live one; the chunks or segments read so far are
   * reported, then each one as it comes). False when there is none to join, it read the other
   * kind, or it failed (the index is emptied and read again); else, for a load, whether a saved
   * index was found.
   */
  private async joinEarly(msg: Extract<ToSearchWorker, { type: 'read-build' | 'read-load' }>): Promise<false | { found: boolean }> {
    const early = this.early;
    this.early = null;
    const fresh = msg.type === 'read-build' ? msg.fresh : !joinsLoad(msg);
    if (!early || fresh || msg.key || early.database !== msg.database || this.next || this.live.documentCount > 0) {
      if (early) early.dropped = true;
      return false;
    }
    const kind = msg.type === 'read-build' ? 'build' : 'load';
    const filling = this.filling;
    this.live = early.index;
    // A joined load fills the live index as a first build does: a search that finds nothing meanwhile waits.
    this.filling = true;
    const taken = () => this.progressed(msg);
    early.taken = taken;
    if (early.index.documentCount > 0) taken();
    try {
      await early.done;
      if (early.kind !== kind) throw new Error('The early read was of the other kind.');
      return { found: !!early.found };
    } catch {
      early.dropped = true;
      this.live = new JournalIndex();
      this.filling = filling;
      return false;
    }
  }

  /** A build's read is over: every row is in (a first build's searches no longer wait for more). */
  private filled(): Partial<FromSearchWorker> {
    this.filling = false;
    return {};
  }

  /** Empties the live index (no build, no snapshot being loaded). */
  private emptyLive(): void {
    this.filling = false;
    this.live = new JournalIndex();
    this.next = null;
    this.loading = null;
  }

  /** Starts loading a snapshot into the live index, emptied (nothing else answers at start). Once the schemas are loaded. */
  private loadStart(): SnapshotReader {
    this.emptyLive();
    return (this.loading = new schemas!.SnapshotReader());
  }

  /** Takes in the segments a piece of the snapshot completes (the last ones at its end); false if it had none. */
  private loadText(text: string | null): boolean {
    const reader = this.loading;
    if (!reader) throw new Error('load-start was not sent.');
    const taken = takeSnapshotText(reader, this.live, text);
    if (text === null) this.loading = null;
    return taken;
  }

  /** After each chunk or segment a read takes in, while the page starts: a pause, unless a search waits for more (StartPace). */
  private readonly between = (): Promise<void> | undefined => this.pace?.between(() => this.waitingSearches.length > 0);

  /** Marks when the first entries came in (bench/searchTrace.mjs reads the mark). */
  private markFirstEntries(): void {
    if (!this.marked) performance.mark?.('sextant:search-worker-first-entries');
    this.marked = true;
  }

  private reply(msg: ToSearchWorker, answer: Partial<FromSearchWorker>): FromSearchWorker {
    return { ...answer, id: msg.id, documents: this.live.documentCount };
  }

  /** The worker reads the journal itself: the snapshot, or a reconciliation's or a build's rows. */
  private async read(msg: ReadMessage): Promise<Partial<FromSearchWorker>> {
    if (msg.type === 'read-build') performance.mark?.('sextant:search-worker-read-build');
    if (msg.type !== 'read-reconcile') {
      const joined = await this.joinEarly(msg);
      if (joined) return { ...this.filled(), ...(msg.type === 'read-load' ? joined : {}) };
    }
    // A snapshot's read and a check against the records need the schemas: loaded while the database opens.
    const withSchemas = msg.type === 'read-build' ? undefined : loadWorkerSchemas();
    withSchemas?.catch(() => undefined);
    const database = await openExisting(msg.database).catch((e: unknown) => {
      msg.key?.fill(0);
      throw e;
    });
    if (msg.type === 'read-build') performance.mark?.('sextant:search-worker-opened');
    const { key } = msg;
    try {
      await withSchemas;
      if (msg.type === 'read-load') {
        const continued = msg.after !== undefined;
        // Continued: the page posted the first parts (a damaged one has dropped the load: say so).
        const reader = continued ? this.loading : this.loadStart();
        if (!reader) throw new Error('The saved search index could not be read from its first parts.');
        let found = continued;
        try {
          const read = await readSnapshot(database, reader, this.live, () => this.progressed(msg), {
            after: msg.after,
            key,
            between: this.between,
          });
          // Continued with no part after the page's: its text ends here.
          if (continued && !read) takeSnapshotText(reader, this.live, null);
          found = read || continued;
          this.loading = null;
        } catch (e) {
          if (this.loading || found) this.emptyLive();
          this.loading = null;
          throw e;
        }
        return { found };
      }
      if (msg.type === 'read-build') {
        // Into the index `build` started (the live one for a first build, so searches meanwhile
        // answer from what is in); rows it cannot read (sealed, no key) stop it (unavailable), and
        // the page builds again.
        await this.readBuild(database, this.next ?? this.live, () => this.progressed(msg), key);
        return this.filled();
      }
      this.live.reconcilePeople(await readAll(database, 'people', key));
      await readInChunks(database, 'entries', 'id', READ_CHUNK, (rows) => this.live.reconcileEntries(rows), {
        dataKey: key,
      });
      return {};
    } finally {
      database.close();
      key?.fill(0);
    }
  }

  /**
   * Reads every person and entry into `index`: the people (a conversation is indexed with its
   * person's name) and the first entries side by side, one wait for the disk before indexing
   * starts, not two. `taken` runs after each chunk.
   */
  private async readBuild(database: IDBDatabase, index: JournalIndex, taken: () => void, key?: Uint8Array): Promise<void> {
    const people = readAll(database, 'people', key).then((rows) => takeRows(rows, (r) => index.addPeople(r)));
    await readInChunks(
      database,
      'entries',
      'id',
      BUILD_CHUNKS,
      (rows) => {
        this.markFirstEntries();
        const waiting = takeRows(rows, (r) => index.addEntries(r));
        if (!waiting) {
          taken();
          return this.between();
        }
        return waiting.then(taken).then(this.between);
      },
      { before: people, dataKey: key },
    );
  }

  /** A message's answer; a promise when its rows wait for the schemas (takeRows). */
  private answer(msg: ToSearchWorker): Partial<FromSearchWorker> | Promise<Partial<FromSearchWorker>> {
    switch (msg.type) {
      case 'build':
        this.filling = !!msg.inPlace;
        if (msg.inPlace) {
          this.live = new JournalIndex();
          this.next = null;
        } else this.next = new JournalIndex();
        break;
      case 'people': {
        const index = this.next ?? this.live;
        return answered(takeRows(msg.rows, (rows) => index.addPeople(rows)));
      }
      case 'entries': {
        this.markFirstEntries();
        const index = this.next ?? this.live;
        return answered(takeRows(msg.rows, (rows) => index.addEntries(rows)));
      }
      case 'commit':
        performance.mark?.('sextant:search-worker-commit');
        this.filling = false;
        if (this.next) this.live = this.next;
        this.next = null;
        break;
      case 'prints':
        this.live.settlePrints();
        break;
      case 'update': {
        const index = this.live;
        for (const id of msg.removedPeople) index.removePerson(id);
        const entries = () => {
          for (const id of msg.removedEntries) index.removeEntry(id);
          return takeRows(msg.entries, (rows) => index.addEntries(rows));
        };
        const people = takeRows(msg.people, (rows) => index.addPeople(rows));
        return answered(people ? people.then(entries) : entries());
      }
      case 'search':
        throw new Error('A search is answered by search().');
      case 'load-start':
        this.loadStart();
        break;
      case 'load-text':
        this.loadText(msg.text);
        break;
      case 'load-end':
        this.loadText(null);
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
      case 'release':
        this.pace?.release();
        break;
      default:
        throw new Error(`${msg.type} is read by the worker (see read).`);
    }
    return {};
  }
}

/** A read begun by the worker (SearchWorkerState.prefetch). */
interface EarlyRead {
  database: string;
  /** What it reads, once known: a first build, or the saved index. */
  kind?: 'build' | 'load';
  /** A load: whether a saved index was there (once read). */
  found?: boolean;
  index: JournalIndex;
  /** Another message came first: the read stops at its next chunk. */
  dropped: boolean;
  /** After each chunk, once joined: the progress reply. */
  taken: (() => void) | null;
  done: Promise<void>;
}

/** `read-load` of a plain journal's saved index from its first part: may join the worker's early read. */
function joinsLoad(msg: ToSearchWorker): boolean {
  return msg.type === 'read-load' && msg.after === undefined && !msg.key;
}

/**
 * Reads the parts of a saved index from `database` into `index` through `reader` (`after`: from
 * the part after this one; the parts before were taken in), the next read made while a segment is
 * taken in; `taken` runs after each piece that completed a segment. The last segment is taken in
 * when the parts end (unless none was read past `after`). Whether any part was read.
 */
async function readSnapshot(
  database: IDBDatabase,
  reader: SnapshotReader,
  index: JournalIndex,
  taken: () => void,
  { after, key, between }: { after?: number; key?: Uint8Array; between?: () => Promise<void> | undefined } = {},
): Promise<boolean> {
  let found = false;
  await readInChunks(
    database,
    'searchSnapshot',
    'part',
    after !== undefined ? SNAPSHOT_PARTS_PER_READ.slice(1) : SNAPSHOT_PARTS_PER_READ,
    (parts) => {
      found = true;
      for (const { text } of parts as { text?: unknown }[])
        if (takeSnapshotText(reader, index, typeof text === 'string' ? text : '')) taken();
      return between?.();
    },
    { after, dataKey: key },
  );
  if (found) takeSnapshotText(reader, index, null);
  return found;
}

/** Takes into `index` the segments a piece of a snapshot completes (`null`: the text has ended); false if none. */
function takeSnapshotText(reader: SnapshotReader, index: JournalIndex, text: string | null): boolean {
  const segments = text === null ? reader.end() : reader.read(text);
  for (const segment of segments) index.loadSegment(segment);
  return segments.length > 0;
}

function isRead(msg: ToSearchWorker): msg is ReadMessage {
  return msg.type === 'read-load' || msg.type === 'read-reconcile' || msg.type === 'read-build';
}

/**
 * Takes rows into an index with `add` (JournalIndex.addPeople or addEntries). When a row needs the
 * schemas before they are loaded, the rows before it are in: the schemas are loaded and the rest
 * taken from that row on (a promise then; nothing else is done twice).
 */
function takeRows(rows: readonly unknown[], add: (rows: readonly unknown[]) => void): void | Promise<void> {
  try {
    add(rows);
  } catch (e) {
    if (!(e instanceof SchemasNotLoaded)) throw e;
    const rest = rows.slice(e.at);
    return loadWorkerSchemas().then(() => add(rest));
  }
}

/** The answer of a message that took rows: none, once they are in. */
function answered(taking: void | Promise<void>): Partial<FromSearchWorker> | Promise<Partial<FromSearchWorker>> {
  return taking ? taking.then(() => ({})) : {};
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What the worker's global scope offers serveSearchWorker (typed by hand: the renderer is compiled with the DOM library). */
export interface SearchWorkerScope {
  onmessage: ((e: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
}

/**
 * Answers the page's messages in a worker's scope: each reply, and the progress replies before it,
 * posted back. `database`: the plain journal whose saved index or build the worker begins reading at once (prefetch).
 */
export function serveSearchWorker(scope: SearchWorkerScope, database?: string): void {
  const post = (reply: FromSearchWorker) => scope.postMessage(reply);
  // Named for a journal: made for a start on the Search screen (the boot script, or the page's
  // prepare), whose first answer the page draws meanwhile: its reads keep a pace until released.
  const state = new SearchWorkerState(post, database ? { paceMs: START_PACE_MS } : {});
  if (database) void state.prefetch(database);
  // Not named for a build: most often a start from the saved index, which needs the schemas to read it.
  else void loadWorkerSchemas().catch(() => undefined);
  scope.onmessage = (e) => {
    const reply = state.handle(e.data);
    if (reply instanceof Promise) void reply.then(post);
    else post(reply);
  };
}
