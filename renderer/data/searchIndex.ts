import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import { whenIdleAfter } from '../platform/idle';
import { useSyncExternalStore } from 'react';
import { Entry, Person } from '../../shared/schemas';
import { createSearchIndex, entryDocuments, personDocument, type JournalSearchIndex } from '../../shared/search';
import { db, type SextantDB } from './db';
import { readValid } from './records';

/**
 * The app's one search index: built once at start from the database (in small chunks, so the
 * screen stays responsive), then kept current from Dexie's change events, which report the
 * primary keys every committed write touched (in this window or another one). Listening to those
 * rather than to table hooks keeps writes, restores in particular, at full speed.
 */

/** How the index stands. `buildMs` is the time the initial build took. */
export interface SearchIndexState {
  status: 'idle' | 'building' | 'ready' | 'failed';
  /** Bumped on every change, so screens know to search again. */
  version: number;
  buildMs?: number;
  documents: number;
}

// Entries read per chunk while building.
const CHUNK = 100;
// Indexing yields to the page after this many milliseconds, so no task is long enough to delay a
// render or a keystroke (the build runs alongside the first screen and whatever the person does).
const SLICE_MS = 8;

/** Lets the page render and handle input before the build goes on (at background priority where the browser can). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
// Past this many changed records in one write (a restore), rebuilding is simpler and as fast.
const REBUILD_THRESHOLD = 500;

/** Indexes an entry's documents (replacing those it had), remembering their ids. */
function addEntry(index: JournalSearchIndex, docsOfEntry: Map<string, string[]>, personNames: Map<string, string>, e: Entry): void {
  for (const id of docsOfEntry.get(e.id) ?? []) index.discard(id);
  const docs = entryDocuments(e, (id) => personNames.get(id));
  for (const d of docs) index.add(d);
  docsOfEntry.set(
    e.id,
    docs.map((d) => d.id),
  );
}

class SearchIndexStore {
  /** The current index; a rebuild fills a new one and swaps it in, so searches never see it half-built. */
  index: JournalSearchIndex = createSearchIndex();
  private state: SearchIndexState = { status: 'idle', version: 0, documents: 0 };
  private readonly listeners = new Set<() => void>();
  /** Document ids each entry contributed (a goal adds one per milestone), to remove them on change. */
  private docsOfEntry = new Map<string, string[]>();
  private personNames = new Map<string, string>();
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
    this.state = { ...this.state, ...patch, version: this.state.version + 1, documents: this.index.documentCount };
    for (const l of this.listeners) l();
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

  /** Stops listening and empties the index (tests; switching databases). */
  stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.database = null;
    this.building = null;
    this.index = createSearchIndex();
    this.docsOfEntry = new Map();
    this.personNames = new Map();
    this.state = { status: 'idle', version: this.state.version + 1, documents: 0 };
  }

  private async build(): Promise<void> {
    const database = this.database!;
    const started = performance.now();
    this.set({ status: 'building' });
    try {
      const index = createSearchIndex();
      const docsOfEntry = new Map<string, string[]>();
      const personNames = new Map<string, string>();
      let slice = performance.now();
      const pause = async () => {
        if (performance.now() - slice < SLICE_MS) return;
        await yieldToPage();
        slice = performance.now();
      };
      const people = readValid(Person, await database.people.toArray(), 'people');
      for (const p of people) {
        personNames.set(p.id, p.name);
        index.add(personDocument(p));
        await pause();
      }
      // Keyset paging on the primary key: each chunk is a short read and a short indexing task.
      let last: string | null = null;
      for (;;) {
        const rows: unknown[] = await (last === null ? database.entries.orderBy(':id') : database.entries.where(':id').above(last))
          .limit(CHUNK)
          .toArray();
        if (rows.length === 0) break;
        last = (rows[rows.length - 1] as { id: string }).id;
        slice = performance.now();
        for (const e of readValid(Entry, rows, 'entries')) {
          addEntry(index, docsOfEntry, personNames, e);
          await pause();
          if (this.database !== database) return;
        }
      }
      this.index = index;
      this.docsOfEntry = docsOfEntry;
      this.personNames = personNames;
      const buildMs = performance.now() - started;
      performance.measure?.('sextant:search-index-build', { start: started, duration: buildMs });
      this.set({ status: 'ready', buildMs });
    } catch (e) {
      console.error('The search index could not be built', e);
      this.set({ status: 'failed' });
    }
  }

  private indexEntry(e: Entry): void {
    addEntry(this.index, this.docsOfEntry, this.personNames, e);
  }

  private removeEntry(id: string): void {
    for (const docId of this.docsOfEntry.get(id) ?? []) this.index.discard(docId);
    this.docsOfEntry.delete(id);
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
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async apply(entryIds: string[], personIds: string[]): Promise<void> {
    const database = this.database!;
    if (personIds.length) {
      const rows = await database.people.bulkGet(personIds);
      personIds.forEach((id, i) => {
        const p = rows[i] && readValid(Person, [rows[i]], 'people')[0];
        if (p) {
          this.personNames.set(id, p.name);
          this.index.replace(personDocument(p));
        } else {
          this.personNames.delete(id);
          this.index.discard(id);
        }
      });
      // Conversations show their person's name: re-index them with the new one.
      const linked = await database.entries.where('personId').anyOf(personIds).primaryKeys();
      entryIds = [...new Set([...entryIds, ...linked])];
    }
    if (entryIds.length) {
      const rows = await database.entries.bulkGet(entryIds);
      entryIds.forEach((id, i) => {
        const e = rows[i] && readValid(Entry, [rows[i]], 'entries')[0];
        if (e) this.indexEntry(e);
        else this.removeEntry(id);
      });
    }
    this.set({});
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
