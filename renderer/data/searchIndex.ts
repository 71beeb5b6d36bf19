import Dexie, { RangeSet, type IndexableType, type IntervalTree, type ObservabilitySet, type Table } from 'dexie';
import { whenIdleAfter } from '../platform/idle';
import { useSyncExternalStore } from 'react';
import type { SearchFilters, SearchHit } from '../../shared/search';
import { currentKey } from '../crypto/session';
import { db, DB_NAME, type SearchSnapshotPart, type SextantDB } from './db';
import {
  BUILD_CHUNKS,
  SearchWorkerState,
  SNAPSHOT_PARTS_PER_READ,
  type FromSearchWorker,
  type ToSearchWorker,
} from './searchWorkerProtocol';
import { chunkSize } from './searchWorkerReads';
import { checksUnderWay } from './hitRecords';
import { searchWorkerName } from './searchWorkerName';
import { eachKeyPage } from './keyPages';

/**
 * The app's one search index: built at start from the database and kept current from Dexie's
 * change events, which report the primary keys every committed write touched (in this window or
 * another one); listening to those rather than to table hooks keeps writes, restores in
 * particular, at full speed. The index itself lives in a Web Worker (renderer/data/search.worker.ts):
 * the page only reads rows (through the app's database, so whatever it does to stored records
 * applies) and posts them there; tokenising, indexing and searching never hold up the page.
 * Where workers are missing (unit tests) the same code runs in the page. The worker reads the
 * saved index, the records it checks it against and the records of a build itself
 * (renderer/data/searchWorkerReads.ts); while encryption is on it is given a copy of the data key
 * with each such read and opens the sealed records there (zeroing the copy after). Where it
 * cannot read (no IndexedDB in it, a record it cannot open) the page reads them through its
 * database and posts them.
 *
 * Saved between starts: once built, and again a few seconds after changes when the page is idle,
 * the worker writes the index out (a snapshot, shared/search/snapshot.ts) and the page stores it
 * in the database's `searchSnapshot` table, through the encryption middleware like every other
 * table (sealed while encryption is on, never in clear). At start the snapshot is loaded and
 * answers searches at once; then the index is reconciled with the stored records in the
 * background (what changed since it was saved is indexed again, what is gone is dropped), so a
 * snapshot left behind by a crash, or by writes the app did not see, is corrected. A snapshot
 * that cannot be read (damaged, another format) is dropped and the index built from the records.
 */

/** How the index stands. `buildMs` is the time the initial build took. */
export interface SearchIndexState {
  status: 'idle' | 'building' | 'ready' | 'failed';
  /** Bumped on every change, so screens know to search again. */
  version: number;
  buildMs?: number;
  documents: number;
  /** Where the index answering now came from: the saved snapshot, or a build from the records. */
  source?: 'snapshot' | 'build';
  /** Milliseconds from start() to the first answerable index. */
  readyMs?: number;
  /** A loaded snapshot is being checked against the stored records. */
  reconciling?: boolean;
  /** What the last reconciliation changed (records indexed again, records dropped). */
  reconciled?: { updated: number; removed: number };
  /** Whether the stored snapshot matches the index (nothing left to save). */
  saved?: boolean;
  /** Why the stored snapshot could not be used, when it could not (kept here, not logged). */
  snapshotProblem?: string;
  /**
   * The index answering comes from the saved snapshot and has not been checked against the
   * journal yet (it is loading, or reconciling): a hit may point at a record changed or deleted
   * since it was saved, so screens check a hit's record before showing it.
   */
  unchecked?: boolean;
}

// Entries read and posted per chunk while building (encryption on): each read is short, and the
// worker indexes one chunk while the next is read.
const CHUNK = BUILD_CHUNKS;

/**
 * A copy of the data key for one of the worker's own reads of an encrypted journal (it opens the
 * sealed records there, off the page's thread, and zeroes the copy once the read is over);
 * undefined for a plain journal.
 */
const workerKey = (): Uint8Array | undefined => currentKey()?.slice();
// Chunks sent to the worker and not yet indexed, at most.
const IN_WORKER = 2;
// While a first build fills the index or a saved one loads, screens search again after its first
// chunk or segment, then at most this often: each time the worker searches and they re-render
// their results and read their snippets, work the build or load shares two cores with (issue 12).
const PARTIAL_EVERY_MS = 1_000;
// Past this many changed records in one write (a restore), rebuilding is simpler and as fast.
const REBUILD_THRESHOLD = 500;
// The snapshot is saved this long after the last change, at the next idle moment.
const SAVE_DELAY_MS = 3_000;
// Characters per stored part of a snapshot: sealing one (encryption on) stays a short task.
const PART_CHARS = 256 * 1024;

/** The worker, or the same handler in the page where there are no workers. */
interface SearchPort {
  post(msg: ToSearchWorker): void;
  terminate(): void;
}

/** The key trees of a `storagemutated` event that touch the entries or people of the database `name` (written or deleted). */
function* journalChanges(parts: ObservabilitySet, name: string): Generator<['entries' | 'people', IntervalTree]> {
  for (const table of ['entries', 'people'] as const) {
    for (const suffix of ['', ':dels']) {
      const tree = parts[`idb://${name}/${table}/${suffix}`];
      if (tree) yield [table, tree];
    }
  }
}

/**
 * The search worker the boot script made on a start on #/search (scripts/routePreload.ts,
 * startWorkerAtRoute), if it has the name this port's worker would have and has not failed; taken
 * once. Any other is ended (the port makes its own).
 */
export function adoptEarlyWorker(name: string): Worker | undefined {
  const made = typeof window === 'undefined' ? undefined : window.sextantEarlyWorker;
  if (!made) return undefined;
  window.sextantEarlyWorker = undefined;
  if (made.name === name && !made.failed) return made.worker;
  made.worker.terminate();
  return undefined;
}

/** `early`: the plain journal whose saved index or first build the worker begins reading at once (SearchWorkerState.prefetch). */
function openPort(onReply: (reply: FromSearchWorker) => void, onFailure: (error: unknown) => void, early?: string): SearchPort {
  if (typeof Worker === 'function') {
    // The name tells the worker the journal before any message can reach it (search.worker.ts).
    const name = searchWorkerName(early);
    const worker = adoptEarlyWorker(name) ?? new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name });
    worker.onmessage = (e: MessageEvent<FromSearchWorker>) => onReply(e.data);
    worker.onerror = (e) => onFailure(e.message || 'the search worker stopped');
    return { post: (msg) => worker.postMessage(msg), terminate: () => worker.terminate() };
  }
  let closed = false;
  const later = (reply: FromSearchWorker) => setTimeout(() => !closed && onReply(reply), 0);
  const state = new SearchWorkerState(later);
  if (early) void state.prefetch(early);
  return {
    post: (msg) => {
      const reply = state.handle(msg);
      if (reply instanceof Promise) void reply.then(later);
      else later(reply);
    },
    terminate: () => {
      closed = true;
    },
  };
}

type Message = ToSearchWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

class SearchIndexStore {
  private state: SearchIndexState = { status: 'idle', version: 0, documents: 0 };
  private readonly listeners = new Set<() => void>();
  private port: SearchPort | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (r: FromSearchWorker) => void; reject: (e: unknown) => void; progress?: (r: FromSearchWorker) => void }
  >();
  private database: SextantDB | null = null;
  private building: Promise<void> | null = null;
  private pending: { entries: Set<string>; people: Set<string>; rebuild: boolean } = {
    entries: new Set(),
    people: new Set(),
    rebuild: false,
  };
  private flushing: Promise<void> | null = null;
  /** Counts changes to the indexed records seen; a save is stored only if none came meanwhile. */
  private changes = 0;
  private cancelSave: (() => void) | null = null;
  private saving: Promise<void> | null = null;

  private readonly onMutated = (parts: ObservabilitySet) => this.collect(parts);
  /** The app opens on the Search screen (prepare): the worker's reads pause between chunks until releaseStart. */
  private paced = false;
  /** The journal the worker began reading on its own (prepare), and whether its people or entries were written since. */
  private early: { database: string; changed: boolean } | null = null;
  private readonly onEarlyMutated = (parts: ObservabilitySet) => {
    const early = this.early;
    if (early && !journalChanges(parts, early.database).next().done) early.changed = true;
  };

  getState = (): SearchIndexState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SearchIndexState>): void {
    this.state = { ...this.state, ...patch, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  /** The worker (started on first use). */
  private ensurePort(early?: string): SearchPort {
    this.port ??= openPort(
      (reply) => {
        const w = this.waiting.get(reply.id);
        if (reply.progress) return w?.progress?.(reply);
        this.waiting.delete(reply.id);
        if (reply.error !== undefined) w?.reject(new Error(reply.error));
        else w?.resolve(reply);
      },
      (error) => this.fail(error),
      early,
    );
    return this.port;
  }

  /**
   * The Search screen the app opened on has shown its first answer (or closed): the worker's reads
   * no longer pause between chunks (they did while it drew, see StartPace and prepare).
   */
  releaseStart(): void {
    if (!this.paced) return;
    this.paced = false;
    if (this.port) this.send({ type: 'release' });
  }

  /** Sends a message to the worker; resolves with its reply (`progress` gets the progress replies before it). */
  private call(message: Message, progress?: (r: FromSearchWorker) => void): Promise<FromSearchWorker> {
    const port = this.ensurePort();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, progress });
      port.post({ ...message, id });
    });
  }

  /** Sends a message whose reply nobody waits for (chunks of a build): the message after them reports. */
  private send(message: Message): void {
    this.call(message).catch(() => undefined);
  }

  private fail(error: unknown): void {
    console.error('The search index could not be built', error);
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
    this.port?.terminate();
    this.port = null;
    this.set({ status: 'failed' });
  }

  /** The best `limit` hits for a query, from the current index (empty until the first build is done). */
  async search(query: string, filters: SearchFilters = {}, limit = 200): Promise<SearchHit[]> {
    return (await this.call({ type: 'search', query, filters, limit })).hits ?? [];
  }

  /**
   * Makes the index ready once: from the saved snapshot when there is a usable one (then
   * reconciled with the records), else by a build. Later calls wait for the same start.
   */
  start(database: SextantDB = db(), { snapshot = true }: { snapshot?: boolean } = {}): Promise<void> {
    if (this.database !== database) {
      // A worker started ahead (prepare) is kept for the first start.
      if (this.database) this.stop();
      this.database = database;
      Dexie.on('storagemutated', this.onMutated);
      this.building = this.open(database, snapshot);
    }
    return this.building!;
  }

  /**
   * Follows the journal to another database (encryption turned on or off copies it; Delete all
   * data may open a fresh one): a running index is rebuilt from it; one never started stays so.
   */
  follow(database: SextantDB): void {
    if (this.database && this.database !== database) void this.start(database).catch(() => undefined);
  }

  /**
   * Starts the worker ahead of the index (its code loads and compiles while the app opens the
   * journal), for a start on the Search screen: a build then posts its first rows to a worker
   * that is running already.
   */
  prepare(): void {
    if (this.port || this.database) return;
    // A plain journal at the usual name (an encrypted one or another name: the worker finds
    // nothing to read early, see readableEarly): the worker begins reading its saved index, or a
    // first build, at once; writes to it from now on make the page read afresh (load, readInWorker).
    const database = DB_NAME;
    this.early = { database, changed: false };
    Dexie.on('storagemutated', this.onEarlyMutated);
    // Its answers may come from the saved index before the page has looked for one (load): checked
    // against their records until the start knows better (open: no saved index, or checked).
    this.set({ unchecked: true });
    // The worker's reads pause between chunks until the screen has shown its first answer (releaseStart).
    this.paced = true;
    this.ensurePort(database);
  }

  /** Whether the worker's early read of `database` may be joined: nothing was written since it began (and the journal is plain). */
  private mayJoinEarly(database: SextantDB): boolean {
    return !!this.early && this.early.database === database.name && !this.early.changed && !currentKey();
  }

  /** The early read's changes are no longer watched; whether it may be joined. */
  private endEarly(database: SextantDB): boolean {
    const early = this.early;
    this.early = null;
    Dexie.on('storagemutated').unsubscribe(this.onEarlyMutated);
    return !!early && early.database === database.name && !early.changed;
  }

  /** Stops listening and drops the index (tests; switching databases). */
  stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    Dexie.on('storagemutated').unsubscribe(this.onEarlyMutated);
    this.early = null;
    this.paced = false;
    this.cancelSave?.();
    this.cancelSave = null;
    this.database = null;
    this.building = null;
    for (const w of this.waiting.values()) w.reject(new Error('The search index was stopped.'));
    this.waiting.clear();
    this.port?.terminate();
    this.port = null;
    this.state = { status: 'idle', version: this.state.version + 1, documents: 0 };
  }

  /** The start: the snapshot if it can be used (then a reconciliation in the background), else a build. */
  private async open(database: SextantDB, snapshot: boolean): Promise<void> {
    const started = performance.now();
    performance.mark?.('sextant:search-start');
    this.set({ status: 'building', source: undefined, snapshotProblem: undefined });
    // The worker starts (fetches and compiles its code) while the snapshot is read.
    this.ensurePort();
    const problem = snapshot ? await this.load(database) : '';
    if (this.database !== database) return;
    if (problem !== null) {
      if (problem || this.state.unchecked) this.set({ snapshotProblem: problem || undefined, unchecked: false });
      await this.build();
      return;
    }
    this.endEarly(database);
    const readyMs = performance.now() - started;
    performance.mark?.('sextant:search-ready');
    this.set({ status: 'ready', source: 'snapshot', readyMs, saved: true, reconciling: true });
    try {
      // After the checks of the first answers (their reads would meet its reads of every record).
      await checksUnderWay();
      if (this.database !== database) return;
      await this.reconcile(database);
    } catch (e) {
      if (this.database === database) this.fail(e);
    }
  }

  /**
   * Loads the stored snapshot into the worker, a segment at a time: searches meanwhile answer from
   * what is loaded so far (the status stays 'building', as in a first build). Returns null when it
   * answers now; otherwise why not ('' when there is none). A snapshot that cannot be read is
   * deleted (a build replaces it).
   */
  private async load(database: SextantDB): Promise<string | null> {
    try {
      // No snapshot (the first start, the upgrade, after a damaged one): the build starts at once,
      // without waiting for the worker to start and look.
      if ((await database.searchSnapshot.count()) === 0) return '';
      if (this.database !== database) return '';
      this.set({ unchecked: true });
      // The first segment answers as soon as it is in (a first result on screen before the rest is
      // read and decoded: at 10,000 entries the other segment takes as long again), the next ones
      // at most every PARTIAL_EVERY_MS: each has screens search and draw, which the rest of
      // the load would wait for.
      const loaded = this.partialShown(database, true);
      if (this.mayJoinEarly(database)) {
        // The worker began reading it when it was made (a start on Search: SearchWorkerState.prefetch): joined, from the first part.
        const { unavailable, found } = await this.call({ type: 'read-load', database: database.name }, loaded);
        if (!unavailable) return found ? null : '';
        return this.loadInPage(database, loaded);
      }
      // The worker reads and decodes the parts itself (no copy through the page; sealed ones opened
      // with a copy of the key), all but the first read, which the page makes while the worker
      // starts (its code loads and compiles meanwhile, and it would open the database before
      // reading): the first segment is decoded as soon as the worker runs.
      const first = await database.searchSnapshot.orderBy(':id').limit(chunkSize(SNAPSHOT_PARTS_PER_READ, 0)).toArray();
      if (this.database !== database) return '';
      if (first.length === 0) return '';
      this.send({ type: 'load-start' });
      // Replies come in order: a first part that could not be taken in has said why before read-load fails.
      let problem: unknown;
      void this.call({ type: 'load-text', text: first.map((p) => p.text).join('') }).then(loaded, (e: unknown) => (problem = e));
      const after = first[first.length - 1]!.part;
      const { unavailable } = await this.call({ type: 'read-load', database: database.name, after, key: workerKey() }, loaded).catch(
        (e: unknown) => {
          throw problem ?? e;
        },
      );
      if (!unavailable) return null;
      return this.loadInPage(database, loaded);
    } catch (e) {
      if (this.database === database) await database.searchSnapshot.clear().catch(() => undefined);
      return e instanceof Error ? e.message : String(e);
    }
  }

  /**
   * The worker cannot read the saved index (no IndexedDB there, a part it cannot open): the page
   * reads the parts (a few at a time, through its database) and posts their text in order. Null
   * once loaded, '' when the index moved to another database meanwhile; throws why a part could
   * not be taken in (the worker has dropped the load).
   */
  private async loadInPage(database: SextantDB, loaded: (reply: FromSearchWorker) => void): Promise<string | null> {
    this.send({ type: 'load-start' });
    // A part that cannot be taken in makes the worker drop the load: load-end then says why.
    const posted = (parts: unknown[]) =>
      this.call({ type: 'load-text', text: (parts as SearchSnapshotPart[]).map((p) => p.text).join('') }).then(loaded, () => undefined);
    if (!(await this.readInKeyOrder(database, database.searchSnapshot, SNAPSHOT_PARTS_PER_READ, posted))) return '';
    await this.call({ type: 'load-end' });
    return null;
  }

  /**
   * Reads every row of a table in key order, `chunk` rows at a time (or the sizes it lists, the
   * last repeated; keyset paging on the primary key: each read is short), giving each chunk to `send`; a chunk is sent once the worker has
   * replied to all but IN_WORKER - 1 of those before it, so its queue stays short. Returns false if
   * the index moved to another database meanwhile.
   */
  private async readInKeyOrder<T, K extends IndexableType>(
    database: SextantDB,
    table: Table<T, K>,
    chunk: number | readonly number[],
    send: (rows: unknown[]) => Promise<unknown> | void,
  ): Promise<boolean> {
    const inWorker: (Promise<unknown> | void)[] = [];
    const read = await eachKeyPage(table, chunk, async (rows) => {
      if (this.database !== database) return false;
      // At most two chunks wait in the worker (the next is read meanwhile): a search asked during
      // the build waits for those, not for the whole journal, and the worker never runs dry
      // while the page is busy.
      if (inWorker.length >= IN_WORKER) await inWorker.shift();
      inWorker.push(send(rows));
    });
    return read && this.database === database;
  }

  /** Every entry, CHUNK at a time (see readInKeyOrder). */
  private readEntries(database: SextantDB, send: (rows: unknown[]) => Promise<unknown> | void): Promise<boolean> {
    return this.readInKeyOrder(database, database.entries, CHUNK, send);
  }

  /** Checks the loaded snapshot against every stored record; the worker indexes again only what differs. */
  private async reconcile(database: SextantDB): Promise<void> {
    this.send({ type: 'reconcile-start' });
    const { unavailable } = await this.call({ type: 'read-reconcile', database: database.name, key: workerKey() });
    if (this.database !== database) return;
    if (!unavailable) return this.reconcileEnd(database);
    // The worker cannot read this journal (no IndexedDB there, a record it cannot open): the page reads it and posts the rows,
    // from a fresh start (whatever the worker took in before it stopped is checked again).
    this.send({ type: 'reconcile-start' });
    this.send({ type: 'reconcile-people', rows: await database.people.toArray() });
    const chunk = (rows: unknown[]) => this.call({ type: 'reconcile-entries', rows }).catch(() => undefined);
    if (!(await this.readEntries(database, chunk))) return;
    await this.reconcileEnd(database);
  }

  private async reconcileEnd(database: SextantDB): Promise<void> {
    const { documents, counts } = await this.call({ type: 'reconcile-end' });
    if (this.database !== database) return;
    const changed = !!counts && counts.updated + counts.removed > 0;
    this.set({ documents, reconciling: false, unchecked: false, reconciled: counts, saved: this.state.saved && !changed });
    if (changed) this.scheduleSave(0);
  }

  private async build(): Promise<void> {
    const database = this.database!;
    const started = performance.now();
    const first = this.state.source === undefined;
    this.set({ status: 'building' });
    try {
      // A first build fills the live index: a search meanwhile answers from what is indexed so
      // far (the status stays 'building', so screens say the answer is not complete). A rebuild
      // (after a restore) fills a new one while the old one answers.
      performance.mark?.('sextant:search-build-start');
      this.send({ type: 'build', inPlace: first });
      if (!(await this.readInWorker(database, first))) {
        // The worker cannot read this journal (no IndexedDB there, a record it cannot open): the
        // page reads and posts the rows, into a fresh index.
        this.send({ type: 'build', inPlace: first });
        if (!(await this.readInPage(database, first))) return;
      }
      if (this.database !== database) return;
      const { documents } = await this.call({ type: 'commit' });
      if (this.database !== database) return;
      // The index answers: the fingerprints the build left for later are worked out now (a search
      // asked meanwhile waits for them), before the snapshot is saved.
      this.send({ type: 'prints' });
      const buildMs = performance.now() - started;
      performance.measure?.('sextant:search-index-build', { start: started, duration: buildMs });
      if (first) performance.mark?.('sextant:search-ready');
      this.set({ status: 'ready', buildMs, documents, ...(first ? { source: 'build' as const, readyMs: buildMs } : {}) });
      // After a build, at the first idle moment: the next start should not have to build again.
      this.scheduleSave(0);
    } catch (e) {
      if (this.database === database) this.fail(e);
    }
  }

  /**
   * After a chunk of a first build or a segment of a snapshot being loaded (the first at once, then
   * at most every PARTIAL_EVERY_MS), screens search again (the version changes) and see what has
   * been added.
   */
  private partialShown(database: SextantDB, first: boolean): (reply: FromSearchWorker) => void {
    let shown = -Infinity;
    return ({ documents }) => {
      // Nothing new to search (a piece of a snapshot that completed no segment): no render, no search.
      if (!first || this.database !== database || this.state.status !== 'building' || documents === this.state.documents) return;
      if (performance.now() - shown < PARTIAL_EVERY_MS) return;
      shown = performance.now();
      this.set({ documents });
    };
  }

  /**
   * The worker reads every person and entry itself (never waiting for the page, which draws the
   * screen meanwhile, and each row copied once; sealed ones opened there with a copy of the key).
   * False when it cannot (no IndexedDB in the worker, a record it cannot open).
   */
  private async readInWorker(database: SextantDB, first: boolean): Promise<boolean> {
    // A read the worker began on its own is joined only if nothing was written since (else `fresh`).
    const fresh = !this.endEarly(database);
    const { unavailable } = await this.call(
      { type: 'read-build', database: database.name, key: workerKey(), fresh },
      this.partialShown(database, first),
    );
    return !unavailable;
  }

  /**
   * Reads every person and entry in the page (through the database, which opens sealed records)
   * and posts them. False if the index moved to another database meanwhile.
   */
  private async readInPage(database: SextantDB, first: boolean): Promise<boolean> {
    // People and the first entries are read side by side; the people are posted first (a
    // conversation is indexed with its person's name).
    const people = database.people.toArray().then((rows) => this.send({ type: 'people', rows }));
    const indexed = this.partialShown(database, first);
    const chunk = async (rows: unknown[]) => {
      await people;
      return this.call({ type: 'entries', rows }).then(indexed, () => undefined);
    };
    const [read] = await Promise.all([this.readEntries(database, chunk), people]);
    return read;
  }

  /** Notes which entries and people a committed write touched, then updates the index. */
  private collect(parts: ObservabilitySet): void {
    const name = this.database?.name;
    if (!name) return;
    for (const [table, tree] of journalChanges(parts, name)) this.collectKeys(tree, this.pending[table]);
    if (this.pending.entries.size + this.pending.people.size > REBUILD_THRESHOLD) this.pending.rebuild = true;
    if (this.pending.rebuild || this.pending.entries.size || this.pending.people.size) {
      this.changes++;
      void this.flush();
    }
  }

  private collectKeys(tree: IntervalTree, into: Set<string>): void {
    for (const range of RangeSet(tree)) {
      if (range.from === range.to && typeof range.from === 'string') into.add(range.from);
      else this.pending.rebuild = true; // a range (clear, bulk delete): rebuild
    }
  }

  private flush(): Promise<void> {
    this.flushing ??= (async () => {
      await this.building;
      while (this.pending.rebuild || this.pending.entries.size || this.pending.people.size) {
        const { entries, people, rebuild } = this.pending;
        this.pending = { entries: new Set(), people: new Set(), rebuild: false };
        if (!this.database) return;
        if (rebuild) {
          this.building = this.build();
          await this.building;
        } else {
          await this.apply([...entries], [...people]);
        }
      }
    })()
      .catch((e: unknown) => this.fail(e))
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async apply(entryIds: string[], personIds: string[]): Promise<void> {
    const database = this.database!;
    const change = { people: [] as unknown[], removedPeople: [] as string[], entries: [] as unknown[], removedEntries: [] as string[] };
    if (personIds.length) {
      const rows = await database.people.bulkGet(personIds);
      personIds.forEach((id, i) => (rows[i] ? change.people.push(rows[i]) : change.removedPeople.push(id)));
      // Conversations show their person's name: re-index them with the new one.
      const linked = await database.entries.where('personId').anyOf(personIds).primaryKeys();
      entryIds = [...new Set([...entryIds, ...linked])];
    }
    if (entryIds.length) {
      const rows = await database.entries.bulkGet(entryIds);
      entryIds.forEach((id, i) => (rows[i] ? change.entries.push(rows[i]) : change.removedEntries.push(id)));
    }
    const { documents } = await this.call({ type: 'update', ...change });
    this.set({ documents });
    this.scheduleSave();
  }

  /** Resolves once every change reported so far is in the index (tests, benchmark). */
  async settled(): Promise<void> {
    await this.building;
    await this.flushing;
  }

  /** Saves the snapshot `delayMs` after the last change (a few seconds by default, so a burst of writes saves once), when the page is idle. */
  private scheduleSave(delayMs = SAVE_DELAY_MS): void {
    if (this.state.saved !== false) this.set({ saved: false });
    this.cancelSave?.();
    this.cancelSave = whenIdleAfter(delayMs, () => void this.save());
  }

  /**
   * After a restore or an import: once the index has taken in what was written (a rebuild after
   * a large write), it is saved at once rather than a few seconds later, so the next start loads
   * it even if the app is closed right away. An index not running yet is built now (the stored
   * snapshot predates the write, so it is not loaded), then saved. Resolves once stored.
   */
  async saveAfterBulkWrite(database: SextantDB = db()): Promise<void> {
    if (this.database !== database) await this.start(database, { snapshot: false });
    await this.saveNow();
  }

  /** Saves the snapshot now if it is behind the index (tests, the benchmark); resolves once stored. */
  async saveNow(): Promise<void> {
    await this.settled();
    await this.saving;
    if (this.state.saved === false) await this.save();
  }

  private save(): Promise<void> {
    this.cancelSave?.();
    this.cancelSave = null;
    this.saving ??= this.write().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  /**
   * Writes the live index into the database, all parts in one transaction (a snapshot is stored
   * whole or not at all). Stored only if no change to the records came in while the worker wrote
   * it out; otherwise tried again later. A failure leaves the snapshot behind (the next start
   * reconciles it); it is not an error a person needs to see.
   */
  private async write(): Promise<void> {
    const database = this.database;
    if (!database || this.state.status !== 'ready' || this.state.reconciling || this.flushing) {
      if (database) this.scheduleSave();
      return;
    }
    const changes = this.changes;
    try {
      const { text = '' } = await this.call({ type: 'save' });
      if (this.database !== database || this.changes !== changes || this.state.status !== 'ready') {
        if (this.database === database) this.scheduleSave();
        return;
      }
      const parts: SearchSnapshotPart[] = [];
      for (let i = 0; i * PART_CHARS < text.length; i++) parts.push({ part: i, text: text.slice(i * PART_CHARS, (i + 1) * PART_CHARS) });
      await database.transaction('rw', database.searchSnapshot, async () => {
        await database.searchSnapshot.clear();
        await database.searchSnapshot.bulkPut(parts);
      });
      if (this.database === database && this.changes === changes) this.set({ saved: true });
    } catch {
      // The database closed (Delete all data, switching copies) or the disk is full: the index still answers.
    }
  }
}

/** The app's search index. */
export const searchIndexStore = new SearchIndexStore();

/**
 * Call when a restore or an import has finished: the index takes in what was written and is
 * saved right away (see SearchIndexStore.saveAfterBulkWrite). Never rejects: the index's state
 * says if it failed.
 */
export function indexAfterBulkWrite(): Promise<void> {
  return searchIndexStore.saveAfterBulkWrite().catch(() => undefined);
}

/** Starts the search index's worker ahead of the index (see SearchIndexStore.prepare). */
export function prepareSearchIndex(): void {
  searchIndexStore.prepare();
}

/** The Search screen the app opened on has shown its first answer, or closed: see SearchIndexStore.releaseStart. */
export function releaseSearchStart(): void {
  searchIndexStore.releaseStart();
}

/** Starts the search index (idempotent): from the saved snapshot unless `snapshot` is false; resolves when it is ready and reconciled. */
export function startSearchIndex(database?: SextantDB, options?: { snapshot?: boolean }): Promise<void> {
  return searchIndexStore.start(database, options);
}

/**
 * Starts the build once the app is idle (at most `timeoutMs` later), so that opening the app
 * and its first screen never wait for the index. Returns a cancel function.
 */
export function startSearchIndexWhenIdle(timeoutMs = 2_000): () => void {
  return whenIdleAfter(0, () => void startSearchIndex(), timeoutMs);
}

/** The index's state, re-rendering when it changes (new build, a write indexed). */
export function useSearchIndexState(): SearchIndexState {
  return useSyncExternalStore(searchIndexStore.subscribe, searchIndexStore.getState);
}
