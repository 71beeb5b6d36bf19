import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import { whenIdleAfter } from '../platform/idle';
import { useSyncExternalStore } from 'react';
import type { SearchFilters, SearchHit } from '../../shared/search';
import { db, type SextantDB } from './db';
import { SearchWorkerState, type FromSearchWorker, type ToSearchWorker } from './searchWorkerProtocol';

/**
 * The app's one search index: built at start from the database and kept current from Dexie's
 * change events, which report the primary keys every committed write touched (in this window or
 * another one); listening to those rather than to table hooks keeps writes, restores in
 * particular, at full speed. The index itself lives in a Web Worker (renderer/data/search.worker.ts):
 * the page only reads rows (through the app's database, so whatever it does to stored records
 * applies) and posts them there; tokenising, indexing and searching never hold up the page. It
 * is kept in memory only, never persisted. Where workers are missing (unit tests) the same code
 * runs in the page.
 */

/** How the index stands. `buildMs` is the time the initial build took. */
export interface SearchIndexState {
  status: 'idle' | 'building' | 'ready' | 'failed';
  /** Bumped on every change, so screens know to search again. */
  version: number;
  buildMs?: number;
  documents: number;
}

// Entries read and posted per chunk while building: each read is short, and the worker indexes
// one chunk while the next is read.
const CHUNK = 500;
// Past this many changed records in one write (a restore), rebuilding is simpler and as fast.
const REBUILD_THRESHOLD = 500;

/** The worker, or the same handler in the page where there are no workers. */
interface SearchPort {
  post(msg: ToSearchWorker): void;
  terminate(): void;
}

function openPort(onReply: (reply: FromSearchWorker) => void, onFailure: (error: unknown) => void): SearchPort {
  if (typeof Worker === 'function') {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'sextant-search' });
    worker.onmessage = (e: MessageEvent<FromSearchWorker>) => onReply(e.data);
    worker.onerror = (e) => onFailure(e.message || 'the search worker stopped');
    return { post: (msg) => worker.postMessage(msg), terminate: () => worker.terminate() };
  }
  const state = new SearchWorkerState();
  let closed = false;
  return {
    post: (msg) => {
      const reply = state.handle(msg);
      setTimeout(() => !closed && onReply(reply), 0);
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
  private readonly waiting = new Map<number, { resolve: (r: FromSearchWorker) => void; reject: (e: unknown) => void }>();
  private database: SextantDB | null = null;
  private building: Promise<void> | null = null;
  private pending: { entries: Set<string>; people: Set<string>; rebuild: boolean } = {
    entries: new Set(),
    people: new Set(),
    rebuild: false,
  };
  private flushing: Promise<void> | null = null;

  private readonly onMutated = (parts: ObservabilitySet) => this.collect(parts);

  getState = (): SearchIndexState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SearchIndexState>): void {
    this.state = { ...this.state, ...patch, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  /** Sends a message to the worker; resolves with its reply. */
  private call(message: Message): Promise<FromSearchWorker> {
    this.port ??= openPort(
      (reply) => {
        this.waiting.get(reply.id)?.resolve(reply);
        this.waiting.delete(reply.id);
      },
      (error) => this.fail(error),
    );
    const id = this.nextId++;
    const port = this.port;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      port.post({ ...message, id });
    });
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

  /** Builds the index from the database once (later calls wait for the same build). */
  start(database: SextantDB = db()): Promise<void> {
    if (this.database !== database) {
      this.stop();
      this.database = database;
      Dexie.on('storagemutated', this.onMutated);
      this.building = this.build();
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

  /** Stops listening and drops the index (tests; switching databases). */
  stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.database = null;
    this.building = null;
    for (const w of this.waiting.values()) w.reject(new Error('The search index was stopped.'));
    this.waiting.clear();
    this.port?.terminate();
    this.port = null;
    this.state = { status: 'idle', version: this.state.version + 1, documents: 0 };
  }

  private async build(): Promise<void> {
    const database = this.database!;
    const started = performance.now();
    this.set({ status: 'building' });
    try {
      void this.call({ type: 'build' });
      void this.call({ type: 'people', rows: await database.people.toArray() });
      // Keyset paging on the primary key: each chunk is a short read; the worker indexes it meanwhile.
      let last: string | null = null;
      for (;;) {
        const rows: unknown[] = await (last === null ? database.entries.orderBy(':id') : database.entries.where(':id').above(last))
          .limit(CHUNK)
          .toArray();
        if (this.database !== database) return;
        if (rows.length === 0) break;
        last = (rows[rows.length - 1] as { id: string }).id;
        void this.call({ type: 'entries', rows });
      }
      const { documents } = await this.call({ type: 'commit' });
      if (this.database !== database) return;
      const buildMs = performance.now() - started;
      performance.measure?.('sextant:search-index-build', { start: started, duration: buildMs });
      this.set({ status: 'ready', buildMs, documents });
    } catch (e) {
      if (this.database === database) this.fail(e);
    }
  }

  /** Notes which entries and people a committed write touched, then updates the index. */
  private collect(parts: ObservabilitySet): void {
    const name = this.database?.name;
    if (!name) return;
    for (const table of ['entries', 'people'] as const) {
      for (const suffix of ['', ':dels']) {
        const tree = parts[`idb://${name}/${table}/${suffix}`];
        if (tree) this.collectKeys(tree, this.pending[table]);
      }
    }
    if (this.pending.entries.size + this.pending.people.size > REBUILD_THRESHOLD) this.pending.rebuild = true;
    if (this.pending.rebuild || this.pending.entries.size || this.pending.people.size) void this.flush();
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
  }

  /** Resolves once every change reported so far is in the index (tests, benchmark). */
  async settled(): Promise<void> {
    await this.building;
    await this.flushing;
  }
}

/** The app's search index. */
export const searchIndexStore = new SearchIndexStore();

/** Starts building the search index (idempotent); resolves when it is ready. */
export function startSearchIndex(database?: SextantDB): Promise<void> {
  return searchIndexStore.start(database);
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
