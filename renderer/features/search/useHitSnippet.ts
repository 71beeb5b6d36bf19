import { useEffect, useState } from 'react';
import { fireAndReport } from '../../components/problems';
import { snippet, entryDocuments, personDocument, type Highlighted, type SearchHit } from '../../../shared/search';
import { getEntry } from '../../data/repositories/entries';
import { getPerson } from '../../data/repositories/people';

/**
 * The excerpt of a hit around its first match. The index keeps no text (it would double its
 * memory), so the record is read when its row is rendered, which a virtual list does only for
 * the rows in view.
 */
export function useHitSnippet(hit: SearchHit): Highlighted | null {
  const [result, setResult] = useState<Highlighted | null>(null);
  useEffect(() => {
    let live = true;
    const show = async () => {
      let text: string;
      if (hit.type === 'person') {
        const p = await getPerson(hit.refId);
        text = p ? personDocument(p).text : '';
      } else {
        const e = await getEntry(hit.refId);
        text = e ? (entryDocuments(e).find((d) => d.id === hit.id)?.text ?? '') : '';
      }
      if (live) setResult(text ? snippet(text, hit.terms) : null);
    };
    fireAndReport(show(), 'Showing a result’s text');
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the terms are compared by value
  }, [hit.id, hit.refId, hit.type, hit.terms.join(' ')]);
  return result;
}
