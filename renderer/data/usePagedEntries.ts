import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Entry } from '../../shared/schemas';
import { pageEntries, type EntryPage } from './repositories/entryPages';
import type { EntryFilter } from './repositories/entries';

// Entries read per page: a few screens of the timeline.
export const ENTRY_PAGE_SIZE = 60;

/**
 * The first pages of the entries matching `filter`, newest first, kept live; `loadMore` adds a
 * page (as the person scrolls). Only what has been asked for is read, through the date index.
 * `first`: the first page of this filter read already (at start): the first render shows it.
 */
export function usePagedEntries(
  filter: EntryFilter,
  first?: EntryPage,
): { entries: Entry[] | undefined; hasMore: boolean; loadMore: () => void } {
  const key = JSON.stringify(filter);
  const [shown, setShown] = useState({ key, limit: ENTRY_PAGE_SIZE });
  // A new filter starts again from one page (adjusted during render, not in an effect).
  if (shown.key !== key) setShown({ key, limit: ENTRY_PAGE_SIZE });
  const limit = shown.key === key ? shown.limit : ENTRY_PAGE_SIZE;
  // The query reads `filter`, which `key` stands for (compared by value).
  const page = useLiveQuery(() => pageEntries(filter, null, limit), [key, limit], first);
  const hasMore = page?.next != null;
  const loadMore = useCallback(() => setShown((s) => ({ key: s.key, limit: s.limit + ENTRY_PAGE_SIZE })), []);
  return { entries: page?.entries, hasMore, loadMore };
}
