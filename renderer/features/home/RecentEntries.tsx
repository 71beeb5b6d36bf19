import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { ENTRY_KIND_LABELS, type Entry, type Person } from '../../../shared/schemas';
import { entryTitle } from '../../components/entryText';

/** The latest few entries, newest first. */
export function RecentEntries({ entries, people }: { entries: readonly Entry[]; people: ReadonlyMap<string, Person> }) {
  return (
    <ul className="home-recent">
      {entries.map((e) => (
        <li key={e.id}>
          <span className={`chip kind-${e.kind}`}>{ENTRY_KIND_LABELS[e.kind]}</span>
          <Link to={`/journal/${e.id}`} dir="auto">
            {entryTitle(e, e.kind === 'conversation' ? people.get(e.personId)?.name : undefined)}
          </Link>
          <span className="muted">{formatDate(e.date)}</span>
        </li>
      ))}
    </ul>
  );
}
