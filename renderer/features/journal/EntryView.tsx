import { useLiveQuery } from '../../data/live';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { ENTRY_KIND_LABELS, type Entry } from '../../../shared/schemas';
import { getEntry } from '../../data/repositories/entries';
import { getPerson } from '../../data/repositories/people';
import { entryTitle } from '../../components/entryText';
import { useDeleteEntry } from './useDeleteEntry';
import { ReflectionBody } from './views/ReflectionBody';
import { ConversationBody } from './views/ConversationBody';
import { GoalBody } from './views/GoalBody';

/** The reader view of one entry (/journal/:id), with Edit and Delete. */
export function EntryView() {
  const { id = '' } = useParams();
  const entry = useLiveQuery(async () => (await getEntry(id)) ?? null, [id]);
  if (entry === undefined) return <p className="muted">Loading…</p>;
  if (entry === null) return <EntryNotFound />;
  return <EntryReader key={entry.id} entry={entry} />;
}

/** Shown when the id in the address matches no entry (deleted, or a stale link). */
export function EntryNotFound() {
  return (
    <div className="empty-state">
      <h1>Entry not found</h1>
      <p>This entry does not exist any more. It may have been deleted.</p>
      <Link to="/journal">Back to the journal</Link>
    </div>
  );
}

function EntryReader({ entry }: { entry: Entry }) {
  const person = useLiveQuery(async () => (entry.kind === 'conversation' ? ((await getPerson(entry.personId)) ?? null) : null), [entry]);
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = useDeleteEntry();
  const title = entryTitle(entry, person?.name);
  // Land on the heading when the entry opens (after a save, or from the timeline), so keyboard
  // and screen reader users start at the top of what they opened.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <article className={`entry-view kind-${entry.kind}`} aria-labelledby="entry-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/journal">Journal</Link>
      </nav>
      <header className="entry-view-head">
        <p className="entry-view-kind">
          <span className={`kind-badge kind-badge-${entry.kind}`}>{ENTRY_KIND_LABELS[entry.kind]}</span>
          <time dateTime={entry.date}>{formatDate(entry.date)}</time>
        </p>
        <h1 id="entry-title" ref={heading} tabIndex={-1} dir="auto">
          {person === undefined && entry.kind === 'conversation' ? ENTRY_KIND_LABELS.conversation : title}
        </h1>
        <div className="entry-view-actions">
          <Link className="button" to={`/journal/${entry.id}/edit`}>
            Edit
          </Link>
          <button type="button" className="danger" onClick={() => void remove(entry.id)}>
            Delete
          </button>
        </div>
      </header>
      {entry.kind === 'reflection' && <ReflectionBody entry={entry} />}
      {entry.kind === 'conversation' && <ConversationBody entry={entry} person={person ?? undefined} />}
      {entry.kind === 'goal' && <GoalBody entry={entry} />}
    </article>
  );
}
