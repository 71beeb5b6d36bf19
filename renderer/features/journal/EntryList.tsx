import type { Entry } from '../../../shared/schemas';
import { EntryRow } from './EntryRow';

/**
 * The timeline's list: one EntryRow per entry, in the order given. Kept free of data loading
 * and filtering so it can be swapped for a virtualised list without touching the page.
 */
export function EntryList({ entries, personNames }: { entries: readonly Entry[]; personNames: ReadonlyMap<string, string> }) {
  return (
    <ol className="entry-list" aria-label="Entries, newest first">
      {entries.map((e) => (
        <li key={e.id}>
          <EntryRow entry={e} personName={e.kind === 'conversation' ? personNames.get(e.personId) : undefined} />
        </li>
      ))}
    </ol>
  );
}
