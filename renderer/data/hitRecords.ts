import { Entry, Person } from '../../shared/schemas';
import {
  entryDocuments,
  holdsAnyTerm,
  passesFilters,
  personDocument,
  type SearchDoc,
  type SearchFilters,
  type SearchHit,
} from '../../shared/search';
import { quickEntry } from '../../shared/search/storedEntry';
import { quickPerson } from '../../shared/schemas/quick';
import { db } from './db';
import { readSharedByIds } from './sharedReads';

/**
 * The documents of these hits' records as stored now, by hit id (a hit whose record is gone has
 * none). A conversation is also found by its person's name, so its person is read too: the hits'
 * entries and people are read at once, then any conversation's person not among them. Reads are
 * shared with other checks and rows reading the same records (readSharedByIds).
 */
export async function readHitDocuments(hits: readonly SearchHit[]): Promise<Map<string, SearchDoc>> {
  const ids = (person: boolean) => hits.filter((h) => (h.type === 'person') === person).map((h) => h.refId);
  const [entries, hitPeople] = await Promise.all([readEntries(ids(false)), readPeople(ids(true))]);
  const byId = new Map(hitPeople.map((p) => [p.id, p]));
  const theirPeople = entries.flatMap((e) => (e.kind === 'conversation' && !byId.has(e.personId) ? [e.personId] : []));
  for (const p of await readPeople(theirPeople)) byId.set(p.id, p);
  const docs = new Map<string, SearchDoc>();
  for (const p of hitPeople) docs.set(p.id, personDocument(p));
  for (const e of entries) for (const d of entryDocuments(e, (id) => byId.get(id)?.name)) docs.set(d.id, d);
  return new Map(hits.flatMap((h) => (docs.has(h.id) ? [[h.id, docs.get(h.id)!] as const] : [])));
}

const readEntries = (ids: string[]) => (ids.length ? readSharedByIds(Entry, quickEntry, db().entries, ids) : Promise.resolve([]));
const readPeople = (ids: string[]) => (ids.length ? readSharedByIds(Person, quickPerson, db().people, ids) : Promise.resolve([]));

/** Whether a record's document still answers the hit: it holds a word the hit was found by (any, for a list by filters alone) and passes the filters. */
export function stillMatches(doc: SearchDoc, hit: SearchHit, filters: SearchFilters): boolean {
  return (hit.terms.length === 0 || holdsAnyTerm(doc, hit.terms)) && passesFilters(doc, filters);
}

/**
 * Hits from a saved index not yet checked against the journal, checked against their records:
 * a hit is kept (in its place) only while its record exists, still holds a word it was found by
 * and still passes the filters, and then carries the record's own title, date, tags and skills.
 * So a list, and its count, never includes a record deleted or changed while the app was closed.
 */
export function checkHits(hits: readonly SearchHit[], filters: SearchFilters): Promise<SearchHit[]> {
  const check = readHitDocuments(hits).then((docs) => keepMatching(hits, docs, filters));
  checking.add(check);
  const done = () => void checking.delete(check);
  check.then(done, done);
  return check;
}

/** The checks under way. */
const checking = new Set<Promise<unknown>>();

/**
 * Settles once every check under way now has ended, however it ends. The saved index's check
 * against every record waits for them: its reads would slow theirs, and theirs give the first
 * answer on screen (issue 12).
 */
export function checksUnderWay(): Promise<void> {
  return Promise.allSettled([...checking]).then(() => undefined);
}

function keepMatching(hits: readonly SearchHit[], docs: Map<string, SearchDoc>, filters: SearchFilters): SearchHit[] {
  return hits.flatMap((hit) => {
    const doc = docs.get(hit.id);
    if (!doc || !stillMatches(doc, hit, filters)) return [];
    const { type, refId, title, tags, skills, date } = doc;
    return [{ ...hit, type, refId, title, tags, skills, date }];
  });
}
