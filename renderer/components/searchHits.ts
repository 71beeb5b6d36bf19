import { ENTRY_KIND_LABELS } from '../../shared/schemas';
import type { SearchDocType, SearchHit } from '../../shared/search';

/** What each kind of hit is called in the results and the filter. */
export const HIT_TYPE_LABELS: Record<SearchDocType, string> = {
  ...ENTRY_KIND_LABELS,
  milestone: 'Milestone',
  person: 'Person',
};

/** Where a hit opens: the entry (a milestone opens its goal) or the person. */
export function hitHref(hit: Pick<SearchHit, 'type' | 'refId'>): string {
  return hit.type === 'person' ? `/people/${hit.refId}` : `/journal/${hit.refId}`;
}
