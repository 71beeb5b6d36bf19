import type { Entry } from '../../../shared/schemas';
import { VirtualList } from '../../components/VirtualList';
import { EntryRow } from './EntryRow';

/**
 * The timeline's list: one EntryRow per entry, in the order given. Virtualised: only the rows in
 * view are rendered, and `onEndReached` asks for the next page while `hasMore`.
 */
export function EntryList({
  entries,
  personNames,
  hasMore,
  onEndReached,
}: {
  entries: readonly Entry[];
  personNames: ReadonlyMap<string, string>;
  hasMore?: boolean;
  onEndReached?: () => void;
}) {
  return (
    <VirtualList
      items={entries}
      getKey={(e) => e.id}
      label="Entries, newest first"
      estimateSize={130}
      hasMore={hasMore}
      onEndReached={onEndReached}
      className="entry-list"
      renderItem={(e) => <EntryRow entry={e} personName={e.kind === 'conversation' ? personNames.get(e.personId) : undefined} />}
    />
  );
}
