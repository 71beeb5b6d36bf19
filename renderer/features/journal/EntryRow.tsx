import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { skillName } from '../../../shared/domain/framework';
import { CONVERSATION_KIND_LABELS, ENTRY_KIND_LABELS, GOAL_STATUS_LABELS, type Entry } from '../../../shared/schemas';
import { goalProgress } from '../../../shared/domain/home';
import { entryExcerpt, entryTitle } from '../../components/entryText';

/** A few words of status under the kind: a goal's progress, a conversation's open follow-up. */
function status(entry: Entry): string | null {
  if (entry.kind === 'goal') return `${GOAL_STATUS_LABELS[entry.status]} · ${goalProgress(entry).label}`;
  if (entry.kind === 'conversation' && entry.followUpDate && !entry.followUpDone) return `Follow up by ${formatDate(entry.followUpDate)}`;
  if (entry.kind === 'conversation') return CONVERSATION_KIND_LABELS[entry.conversationKind];
  return null;
}

/** One entry in the timeline: date, kind, title (links to the entry), excerpt, skills and tags. */
export function EntryRow({ entry, personName }: { entry: Entry; personName?: string }) {
  const title = entryTitle(entry, personName);
  const excerpt = entryExcerpt(entry);
  const extra = status(entry);
  return (
    <article className={`entry-row kind-${entry.kind}`}>
      <time className="entry-row-date" dateTime={entry.date}>
        {formatDate(entry.date)}
      </time>
      <div className="entry-row-main">
        <p className="entry-row-kind">
          <span className={`kind-badge kind-badge-${entry.kind}`}>{ENTRY_KIND_LABELS[entry.kind]}</span>
          {extra && <span className="muted">{extra}</span>}
        </p>
        <h2 className="entry-row-title" dir="auto">
          <Link to={`/journal/${entry.id}`}>{title}</Link>
        </h2>
        {excerpt && (
          <p className="entry-row-excerpt" dir="auto">
            {excerpt}
          </p>
        )}
        {(entry.skills.length > 0 || entry.tags.length > 0) && (
          <ul className="entry-row-chips" aria-label="Skills and tags">
            {entry.skills.map((s) => (
              <li key={`s-${s}`} className="chip chip-skill">
                {skillName(s)}
              </li>
            ))}
            {entry.tags.map((t) => (
              <li key={`t-${t}`} className="chip chip-tag" dir="auto">
                #{t}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
