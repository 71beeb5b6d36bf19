import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { skillName } from '../../../shared/domain/framework';
import type { SearchHit } from '../../../shared/search';
import { HighlightedText } from '../../components/HighlightedText';
import { HIT_TYPE_LABELS, hitHref } from '../../components/searchHits';
import { useHitSnippet } from './useHitSnippet';

/** One search result: kind, date, highlighted title (a link), excerpt with matches marked. */
export function SearchResultRow({ hit }: { hit: SearchHit }) {
  const excerpt = useHitSnippet(hit);
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
