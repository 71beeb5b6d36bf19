import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { Entry } from '../../../shared/schemas';
import { getPeople } from '../../data/repositories/people';

/**
 * The names of the people the given entries' conversations are with, by id, kept up to date
 * (conversation titles need them). Only those people are read, not everyone: the timeline holds
 * a page of entries, and reading and checking hundreds of people would delay its first rows.
 * Undefined until the names for the first entries are known (so no title shows a wrong name);
 * while a further page's names load, the ones already known stay.
 */
export function usePeopleNames(entries: readonly Entry[] | undefined): ReadonlyMap<string, string> | undefined {
  const key = useMemo(
    () => [...new Set((entries ?? []).flatMap((e) => (e.kind === 'conversation' ? [e.personId] : [])))].sort().join(' '),
    [entries],
  );
  const read = useLiveQuery(
    async () => ({ key, names: new Map((await getPeople(key ? key.split(' ') : [])).map((p) => [p.id, p.name])) }),
    [key],
  );
  const last = useRef<{ ready: boolean; names?: ReadonlyMap<string, string> }>({ ready: false });
  if (read) last.current.names = read.names;
  if (read && entries && read.key === key) last.current.ready = true;
  return last.current.ready ? last.current.names : undefined;
}
