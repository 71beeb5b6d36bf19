import {
  decodeSnapshot,
  encodeSnapshot,
  JournalIndex,
  type ReconcileCounts,
  type SearchFilters,
  type SearchHit,
} from '../../shared/search';

/**
 * What the page and the search worker say to each other. Every message carries an id and gets
 * one reply with the same id, in order. A build fills a new index (`build`, then rows in chunks,
 * then `commit` swaps it in), so searches meanwhile are answered by the previous one; a first
 * build fills the live one (searches meanwhile answer from what is indexed so far). A saved
 * index (a snapshot: shared/search/snapshot.ts) is loaded with `load` and then checked against
 * the stored records with `reconcile-*` (people first, then entries in chunks); `save` returns
 * the live index as a snapshot.
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
  );

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
}

/** The worker's side: the live index, and the one a build is filling. Runs in the worker, or in the page where workers are missing (tests). */
export class SearchWorkerState {
  private live = new JournalIndex();
  private next: JournalIndex | null = null;

  /** Handles one message and returns its reply. */
  handle(msg: ToSearchWorker): FromSearchWorker {
    try {
      return { ...this.answer(msg), id: msg.id, documents: this.live.documentCount };
    } catch (e) {
      return { id: msg.id, documents: this.live.documentCount, error: e instanceof Error ? e.message : String(e) };
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
    }
    return {};
  }
}
