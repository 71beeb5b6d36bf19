import type { Entry, Person } from '../schemas';
import { indexedText } from '../domain/excerpt';
import { entryDocuments, personDocument } from './documents';
import { createSearchIndex, JournalSearchIndex, searchIndex, type SearchFilters, type SearchHit } from './searchEngine';
import { fingerprintJson, type IndexState, type SnapshotSegment } from './snapshot';
import { eachRow, parseStoredEntry, parseStoredPerson } from './storedEntry';

/**
 * Entries whose fingerprints may wait for settlePrints (their rows are held meanwhile): a journal
 * of 10,000 entries is built before any is hashed; a larger one is hashed in steps of this many.
 */
const UNPRINTED_MAX = 12_000;

/** What a reconciliation changed: records re-indexed and records dropped. */
export interface ReconcileCounts {
  updated: number;
  removed: number;
}

/**
 * The whole journal's search index with its bookkeeping: which documents each entry contributed
 * (a goal adds one per milestone), each person's name (conversations are found by it), and a
 * fingerprint of every record indexed (so a saved index can be checked against the stored
 * records: see reconcile*). Takes stored rows as they are read and validates them itself,
 * skipping a damaged one (the screens report those), so that it can run in a worker, away from
 * the page's main thread.
 */
export class JournalIndex {
  private index: JournalSearchIndex = createSearchIndex();
  private docsOfEntry = new Map<string, string[]>();
  private personNames = new Map<string, string>();
  private entryPrints = new Map<string, number>();
  /**
   * Entries indexed whose fingerprint is not worked out yet, in the order they were indexed (see
   * settlePrints): a build answers searches before it has hashed every entry (issue 12).
   */
  private unprinted = new Map<string, Entry>();
  private personPrints = new Map<string, number>();
  /** While reconciling: entries seen so far, and people whose name changed or who are gone. */
  private reconciling: { seen: Set<string>; renamed: Set<string>; counts: ReconcileCounts } | null = null;

  /** Documents in the index. */
  get documentCount(): number {
    return this.index.documentCount;
  }

  /**
   * Indexes people (replacing those with the same id); an invalid row is left out (and its older
   * version removed). Before the schemas are loaded, a row the quick checks refuse stops it (see
   * eachRow: SchemasNotLoaded says where, the rows before it are in).
   */
  addPeople(rows: readonly unknown[]): void {
    eachRow(rows, (row) => this.addPerson(row));
  }

  private addPerson(row: unknown): Person | undefined {
    const person = parseStoredPerson(row);
    if (!person) {
      const id = idOf(row);
      if (id) this.removePerson(id);
      return undefined;
    }
    this.personNames.set(person.id, person.name);
    this.personPrints.set(person.id, fingerprintJson(person));
    this.index.replace(personDocument(person, indexedText));
    return person;
  }

  /**
   * Indexes entries (replacing their earlier documents); an invalid row is left out (and its older
   * version removed). Their fingerprints are worked out later (settlePrints), at most
   * UNPRINTED_MAX entries later, so that the entries are not held for long. Before the schemas
   * are loaded, a row the quick checks refuse stops it, as in addPeople.
   */
  addEntries(rows: readonly unknown[]): void {
    eachRow(rows, (row) => {
      const entry = parseStoredEntry(row);
      if (entry) this.indexEntry(entry);
      else {
        const id = idOf(row);
        if (id) this.removeEntry(id);
      }
    });
    if (this.unprinted.size > UNPRINTED_MAX) this.settlePrints();
  }

  /**
   * Works out the fingerprints of the entries indexed since the last call (a snapshot and a
   * reconciliation need them; searches do not). The worker calls it once a build has answered.
   */
  settlePrints(): void {
    for (const [id, entry] of this.unprinted) this.entryPrints.set(id, fingerprintJson(entry));
    this.unprinted.clear();
  }

  /** Indexes an entry: its fingerprint `print` when known, else worked out by settlePrints. */
  private indexEntry(entry: Entry, print?: number): void {
    this.removeEntry(entry.id);
    const docs = entryDocuments(entry, (id) => this.personNames.get(id), indexedText);
    for (const d of docs) this.index.add(d);
    this.docsOfEntry.set(
      entry.id,
      docs.map((d) => d.id),
    );
    if (print === undefined) this.unprinted.set(entry.id, entry);
    else this.entryPrints.set(entry.id, print);
  }

  /** Removes an entry's documents. */
  removeEntry(id: string): void {
    for (const docId of this.docsOfEntry.get(id) ?? []) this.index.discard(docId);
    this.docsOfEntry.delete(id);
    this.entryPrints.delete(id);
    this.unprinted.delete(id);
  }

  /** Removes a person. */
  removePerson(id: string): void {
    this.personNames.delete(id);
    this.personPrints.delete(id);
    this.index.discard(id);
  }

  /** The best `limit` hits for a query (see searchIndex). */
  search(query: string, filters: SearchFilters = {}, limit = 200): SearchHit[] {
    return searchIndex(this.index, query, filters, limit);
  }

  /** The index as plain data, for a snapshot (shared/search/snapshot.ts encodes it). */
  exportState(): IndexState {
    this.settlePrints();
    return { engine: this.index.exportState(), entryPrints: new Map(this.entryPrints), personPrints: new Map(this.personPrints) };
  }

  /** An index holding what `exportState` gave; throws when the pieces do not fit together. */
  static fromState(state: IndexState): JournalIndex {
    const out = new JournalIndex();
    out.index = JournalSearchIndex.fromState(state.engine);
    out.takeDocuments(state.engine.stored);
    out.takePrints({ entryPrints: new Map(state.entryPrints), personPrints: new Map(state.personPrints) });
    return out;
  }

  /**
   * Takes in the next segment of a snapshot being loaded into this index (empty before the first;
   * see SnapshotReader): it answers searches from what is taken in so far, and is whole once the
   * last segment (the one with the fingerprints) is in. Throws when the pieces do not fit together.
   */
  loadSegment(segment: SnapshotSegment): void {
    this.index.loadSegment(segment);
    this.takeDocuments(segment.stored);
    if (!segment.prints) return;
    this.index.loadEnded();
    // The reader made these maps for this segment alone: taken as they are.
    this.takePrints(segment.prints);
  }

  /** Takes in loaded postings for about `budgetMs` once a load has ended; true when none is left (see JournalSearchIndex.settleLoaded). */
  settleLoaded(budgetMs: number): boolean {
    return this.index.settleLoaded(budgetMs);
  }

  /** Notes which entry or person each loaded document stands for. */
  private takeDocuments(stored: IndexState['engine']['stored']): void {
    for (const doc of stored) {
      if (!doc) continue;
      if (doc.type === 'person') this.personNames.set(doc.id, doc.title);
      else {
        const docs = this.docsOfEntry.get(doc.refId);
        if (docs) docs.push(doc.id);
        else this.docsOfEntry.set(doc.refId, [doc.id]);
      }
    }
  }

  /** The fingerprints of a loaded index, once all its documents are in: they must name exactly those. The maps become the index's own. */
  private takePrints({ entryPrints, personPrints }: Pick<IndexState, 'entryPrints' | 'personPrints'>): void {
    const fits = (prints: Map<string, number>, ids: Map<string, unknown>) => {
      if (prints.size !== ids.size) return false;
      for (const id of prints.keys()) if (!ids.has(id)) return false;
      return true;
    };
    if (!fits(entryPrints, this.docsOfEntry) || !fits(personPrints, this.personNames))
      throw new Error('The saved search index is inconsistent (fingerprints and documents differ).');
    this.entryPrints = entryPrints;
    this.unprinted.clear();
    this.personPrints = personPrints;
  }

  /**
   * Starts checking the index against the stored records (after loading a snapshot): give it
   * every stored person (reconcilePeople, once), then every stored entry (reconcileEntries, in
   * chunks), then reconcileEnd. Only what differs from what was indexed is indexed again.
   */
  reconcileStart(): void {
    this.reconciling = { seen: new Set(), renamed: new Set(), counts: { updated: 0, removed: 0 } };
  }

  /** Every stored person: the changed ones are re-indexed, those not given are dropped. */
  reconcilePeople(rows: readonly unknown[]): void {
    const r = this.requireReconciling();
    const seen = new Set<string>();
    for (const row of rows) {
      const id = idOf(row);
      if (!id) continue;
      seen.add(id);
      const before = this.personNames.get(id);
      if (this.personPrints.get(id) === printOf(row)) continue;
      const person = this.addPerson(row);
      r.counts.updated++;
      if (person?.name !== before) r.renamed.add(id);
    }
    for (const id of [...this.personPrints.keys()]) {
      if (seen.has(id)) continue;
      this.removePerson(id);
      r.renamed.add(id);
      r.counts.removed++;
    }
  }

  /** Stored entries (in any number of chunks): a changed one, or a conversation whose person changed, is re-indexed. */
  reconcileEntries(rows: readonly unknown[]): void {
    const r = this.requireReconciling();
    this.settlePrints();
    for (const row of rows) {
      const entry = parseStoredEntry(row);
      const id = entry ? entry.id : idOf(row);
      if (!id) continue;
      r.seen.add(id);
      if (!entry) {
        if (this.docsOfEntry.has(id)) r.counts.removed++;
        this.removeEntry(id);
        continue;
      }
      const print = fingerprintJson(entry);
      const renamed = entry.kind === 'conversation' && r.renamed.has(entry.personId);
      if (!renamed && this.entryPrints.get(id) === print) continue;
      this.indexEntry(entry, print);
      r.counts.updated++;
    }
  }

  /** Ends a reconciliation: entries no longer stored are dropped. Returns what changed. */
  reconcileEnd(): ReconcileCounts {
    const r = this.requireReconciling();
    for (const id of [...this.docsOfEntry.keys()]) {
      if (r.seen.has(id)) continue;
      this.removeEntry(id);
      r.counts.removed++;
    }
    this.reconciling = null;
    return r.counts;
  }

  private requireReconciling() {
    if (!this.reconciling) throw new Error('reconcileStart was not called.');
    return this.reconciling;
  }
}

function printOf(row: unknown): number | undefined {
  const person = parseStoredPerson(row);
  return person ? fingerprintJson(person) : undefined;
}

function idOf(row: unknown): string | undefined {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}
