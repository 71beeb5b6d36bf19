import { useEffect, useState } from 'react';
import { fireAndReport } from '../../components/problems';
import {
  snippet,
  entryDocuments,
  holdsAnyTerm,
  personDocument,
  type Highlighted,
  type SearchDoc,
  type SearchHit,
} from '../../../shared/search';
import { getEntry } from '../../data/repositories/entries';
import { getPerson } from '../../data/repositories/people';

/** A hit's record as stored now: its document (null when the record is gone or no longer holds a matched word) and the excerpt around the first match. */
export interface HitRecord {
  current: SearchDoc | null;
  excerpt: Highlighted | null;
}

/**
 * Reads a hit's record when its row is rendered (a virtual list renders only the rows in view):
 * the excerpt around its first match (the index keeps no text: it would double its memory) and
 * whether the record still exists and still holds a matched word (`current` is null if not: what
 * a row from a saved index not yet checked against the journal needs to know). Undefined until read.
 */
export function useHitRecord(hit: SearchHit): HitRecord | undefined {
  const [result, setResult] = useState<{ key: string; record: HitRecord } | undefined>(undefined);
  const key = `${hit.id} ${hit.terms.join(' ')}`;
  useEffect(() => {
    let live = true;
    const show = async () => {
      let doc: SearchDoc | undefined;
      if (hit.type === 'person') {
        const p = await getPerson(hit.refId);
        doc = p && personDocument(p);
      } else {
        const e = await getEntry(hit.refId);
        // A conversation is also found by its person's name.
        const name = e?.kind === 'conversation' ? (await getPerson(e.personId))?.name : undefined;
        doc = e && entryDocuments(e, () => name).find((d) => d.id === hit.id);
      }
      const current = doc && holdsAnyTerm(doc, hit.terms) ? doc : null;
      if (live) setResult({ key, record: { current, excerpt: doc?.text ? snippet(doc.text, hit.terms) : null } });
    };
    fireAndReport(show(), 'Showing a result’s text');
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key holds what the read depends on
  }, [key]);
  return result?.key === key ? result.record : undefined;
}
