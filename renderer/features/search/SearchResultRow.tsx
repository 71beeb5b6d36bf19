import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { skillName } from '../../../shared/domain/framework';
import type { SearchHit } from '../../../shared/search';
import { HighlightedText } from '../../components/HighlightedText';
import { HIT_TYPE_LABELS, hitHref } from '../../components/searchHits';
import { useHitExcerpt } from './useHitExcerpt';

/**
 * One search result: kind, date, highlighted title (a link), excerpt with matches marked (read
 * from its record as the row is rendered). A hit from a saved index not yet checked against the
 * journal was checked before it got here (useSearch), so the row shows it as it is.
 */
export function SearchResultRow({ hit }: { hit: SearchHit }) {
  const excerpt = useHitExcerpt(hit);
  return (
    <article className={`search-hit search-hit-${hit.type}`}>
      <p className="search-hit-meta">
        <span className="search-hit-type">{HIT_TYPE_LABELS[hit.type]}</span>
        {hit.date && <time dateTime={hit.date}>{formatDate(hit.date)}</time>}
      </p>
      <h2 className="search-hit-title" dir="auto">
        <Link to={hitHref(hit)}>
          <HighlightedText text={hit.title} terms={hit.terms} />
        </Link>
      </h2>
      <p className="search-hit-excerpt" dir="auto">
        {excerpt ? <HighlightedText text={excerpt.text} ranges={excerpt.ranges} /> : '\u00a0'}
      </p>
      {(hit.skills.length > 0 || hit.tags.length > 0) && (
        <p className="search-hit-chips">
          {hit.skills.map((s) => (
            <span key={`s-${s}`} className="chip">
              {skillName(s)}
            </span>
          ))}
          {hit.tags.map((t) => (
            <span key={`t-${t}`} className="chip" dir="auto">
              #<HighlightedText text={t} terms={hit.terms} />
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
