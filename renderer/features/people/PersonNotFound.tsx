import { Link } from 'react-router';

/** Shown at a person's address when nobody with that id is stored (deleted, or a stale link). */
export function PersonNotFound() {
  return (
    <div>
      <h1>Person not found</h1>
      <p>
        Nobody with this link is in People any more. <Link to="/people">Back to People</Link>
      </p>
    </div>
  );
}
