import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { skillName } from '../../../shared/domain/framework';
import type { SearchHit } from '../../../shared/search';
import { HighlightedText } from '../../components/HighlightedText';
import { HIT_TYPE_LABELS, hitHref } from '../../components/searchHits';
import { useHitRecord } from './useHitSnippet';

/**
 * One search result: kind, date, highlighted title (a link), excerpt with matches marked.
 * `checking`: the hit comes from a saved index not yet checked against the journal, so it is shown
 * only once its record has been read, with the record's own title, date, tags and skills, and
 * not at all if the record is gone or no longer holds the word it was found by.
 */
export function SearchResultRow({ hit, checking = false }: { hit: SearchHit; checking?: boolean }) {
  const record = useHitRecord(hit);
  if (checking && !record)
    return (
      <article className="search-hit search-hit-pending" aria-busy="true">
        <p className="search-hit-meta">{HIT_TYPE_LABELS[hit.type]}</p>
      </article>
    );
  if (checking && !record?.current) return <article className="search-hit search-hit-gone" hidden />;
  const shown = checking && record?.current ? { ...hit, ...record.current, id: hit.id } : hit;
  const excerpt = record?.excerpt;
  return (
    <article className={`search-hit search-hit-${shown.type}`}>
      <p className="search-hit-meta">
        <span className="search-hit-type">{HIT_TYPE_LABELS[shown.type]}</span>
        {shown.date && <time dateTime={shown.date}>{formatDate(shown.date)}</time>}
      </p>
      <h2 className="search-hit-title" dir="auto">
        <Link to={hitHref(shown)}>
          <HighlightedText text={shown.title} terms={hit.terms} />
        </Link>
      </h2>
      <p className="search-hit-excerpt" dir="auto">
        {excerpt ? <HighlightedText text={excerpt.text} ranges={excerpt.ranges} /> : '\u00a0'}
      </p>
      {(shown.skills.length > 0 || shown.tags.length > 0) && (
        <p className="search-hit-chips">
          {shown.skills.map((s) => (
            <span key={`s-${s}`} className="chip">
              {skillName(s)}
            </span>
          ))}
          {shown.tags.map((t) => (
            <span key={`t-${t}`} className="chip" dir="auto">
              #<HighlightedText text={t} terms={hit.terms} />
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
