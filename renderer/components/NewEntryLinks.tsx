import { Link } from 'react-router';

/** The three "new entry" actions (the same paths as the N / C / L shortcuts). */
export function NewEntryLinks({ primary }: { primary?: boolean }) {
  return (
    <div className="new-entry-links">
      <Link className={`button${primary ? ' primary' : ''}`} to="/journal/new/reflection">
        New reflection
      </Link>
      <Link className="button" to="/journal/new/conversation">
        New conversation
      </Link>
      <Link className="button" to="/journal/new/goal">
        New learning goal
      </Link>
    </div>
  );
}
