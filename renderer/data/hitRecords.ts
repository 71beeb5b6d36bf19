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
import { db } from './db';
import { readByIds } from './records';

/**
 * The documents of these hits' records as stored now, by hit id (a hit whose record is gone has
 * none): one read of the entries and one of the people (a conversation is also found by its
 * person's name, so its person is read too).
 */
export async function readHitDocuments(hits: readonly SearchHit[]): Promise<Map<string, SearchDoc>> {
  const entryIds = hits.filter((h) => h.type !== 'person').map((h) => h.refId);
  const entries = entryIds.length ? await readByIds(Entry, db().entries, [...new Set(entryIds)]) : [];
  const personIds = new Set(hits.filter((h) => h.type === 'person').map((h) => h.refId));
  for (const e of entries) if (e.kind === 'conversation') personIds.add(e.personId);
  const people = personIds.size ? await readByIds(Person, db().people, [...personIds]) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const docs = new Map<string, SearchDoc>();
  for (const p of people) docs.set(p.id, personDocument(p));
  for (const e of entries) for (const d of entryDocuments(e, (id) => byId.get(id)?.name)) docs.set(d.id, d);
  return new Map(hits.flatMap((h) => (docs.has(h.id) ? [[h.id, docs.get(h.id)!] as const] : [])));
}

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
export async function checkHits(hits: readonly SearchHit[], filters: SearchFilters): Promise<SearchHit[]> {
  const docs = await readHitDocuments(hits);
  return hits.flatMap((hit) => {
    const doc = docs.get(hit.id);
    if (!doc || !stillMatches(doc, hit, filters)) return [];
    const { type, refId, title, tags, skills, date } = doc;
    return [{ ...hit, type, refId, title, tags, skills, date }];
  });
}
