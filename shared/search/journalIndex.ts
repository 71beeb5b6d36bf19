import { Entry, Person } from '../schemas';
import { entryDocuments, personDocument } from './documents';
import { createSearchIndex, searchIndex, type JournalSearchIndex, type SearchFilters, type SearchHit } from './searchEngine';

/**
 * The whole journal's search index with its bookkeeping: which documents each entry contributed
 * (a goal adds one per milestone) and each person's name (conversations are found by it). Takes
 * stored rows as they are read and validates them itself, skipping a damaged one (the screens
 * report those), so that it can run in a worker, away from the page's main thread.
 */
export class JournalIndex {
  private index: JournalSearchIndex = createSearchIndex();
  private docsOfEntry = new Map<string, string[]>();
  private personNames = new Map<string, string>();

  /** Documents in the index. */
  get documentCount(): number {
    return this.index.documentCount;
  }

  /** Indexes people (replacing those with the same id); an invalid row is left out (and its older version removed). */
  addPeople(rows: readonly unknown[]): void {
    for (const row of rows) {
      const p = Person.safeParse(row);
      if (!p.success) {
        const id = idOf(row);
        if (id) this.removePerson(id);
        continue;
      }
      this.personNames.set(p.data.id, p.data.name);
      this.index.replace(personDocument(p.data));
    }
  }

  /** Indexes entries (replacing their earlier documents); an invalid row is left out (and its older version removed). */
  addEntries(rows: readonly unknown[]): void {
    for (const row of rows) {
      const e = Entry.safeParse(row);
      if (!e.success) {
        const id = idOf(row);
        if (id) this.removeEntry(id);
        continue;
      }
      this.removeEntry(e.data.id);
      const docs = entryDocuments(e.data, (id) => this.personNames.get(id));
      for (const d of docs) this.index.add(d);
      this.docsOfEntry.set(
        e.data.id,
        docs.map((d) => d.id),
      );
    }
  }

  /** Removes an entry's documents. */
  removeEntry(id: string): void {
    for (const docId of this.docsOfEntry.get(id) ?? []) this.index.discard(docId);
    this.docsOfEntry.delete(id);
  }

  /** Removes a person. */
  removePerson(id: string): void {
    this.personNames.delete(id);
    this.index.discard(id);
  }

  /** The best `limit` hits for a query (see searchIndex). */
  search(query: string, filters: SearchFilters = {}, limit = 200): SearchHit[] {
    return searchIndex(this.index, query, filters, limit);
  }
}

function idOf(row: unknown): string | undefined {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}
