import { JournalIndex, type SearchFilters, type SearchHit } from '../../shared/search';

/**
 * What the page and the search worker say to each other. Every message carries an id and gets
 * one reply with the same id, in order. A build fills a new index (`build`, then rows in chunks,
 * then `commit` swaps it in), so searches meanwhile are answered by the previous one.
 */
export type ToSearchWorker = { id: number } & (
  | { type: 'build' }
  | { type: 'people'; rows: unknown[] }
  | { type: 'entries'; rows: unknown[] }
  | { type: 'commit' }
  | { type: 'update'; people: unknown[]; removedPeople: string[]; entries: unknown[]; removedEntries: string[] }
  | { type: 'search'; query: string; filters: SearchFilters; limit: number }
);

/** The reply to a message: the index's size, and the hits of a search. */
export interface FromSearchWorker {
  id: number;
  documents: number;
  hits?: SearchHit[];
}

/** The worker's side: the live index, and the one a build is filling. Runs in the worker, or in the page where workers are missing (tests). */
export class SearchWorkerState {
  private live = new JournalIndex();
  private next: JournalIndex | null = null;

  /** Handles one message and returns its reply. */
  handle(msg: ToSearchWorker): FromSearchWorker {
    switch (msg.type) {
      case 'build':
        this.next = new JournalIndex();
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
        return { id: msg.id, documents: this.live.documentCount, hits: this.live.search(msg.query, msg.filters, msg.limit) };
    }
    return { id: msg.id, documents: this.live.documentCount };
  }
}
