import { useEffect, useState } from 'react';
import { fireAndReport } from '../../components/problems';
import { snippet, type Highlighted, type SearchHit } from '../../../shared/search';
import { readHitDocuments } from '../../data/hitRecords';

/**
 * Reads a hit's record when its row is rendered (a virtual list renders only the rows in view)
 * for the excerpt around its first match (the index keeps no text: it would double its memory).
 * Undefined until read; null when the record has no text to quote (or is gone).
 */
export function useHitExcerpt(hit: SearchHit): Highlighted | null | undefined {
  const [result, setResult] = useState<{ key: string; excerpt: Highlighted | null } | undefined>(undefined);
  const key = `${hit.id} ${hit.terms.join(' ')}`;
  useEffect(() => {
    let live = true;
    const show = async () => {
      const doc = (await readHitDocuments([hit])).get(hit.id);
      if (live) setResult({ key, excerpt: doc?.text ? snippet(doc.text, hit.terms) : null });
    };
    fireAndReport(show(), 'Showing a result’s text');
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key holds what the read depends on
  }, [key]);
  return result?.key === key ? result.excerpt : undefined;
}
