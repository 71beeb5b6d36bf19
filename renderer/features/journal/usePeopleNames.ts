import { useLiveQuery } from '../../data/live';
import { useMemo, useState } from 'react';
import type { Entry } from '../../../shared/schemas';
import { getPeople } from '../../data/repositories/people';

/** The names of the people whose ids `key` lists (as peopleOf gives them), with that key. */
export interface PeopleNames {
  key: string;
  names: ReadonlyMap<string, string>;
}

/** The people the entries' conversations are with: their ids, sorted, one space between (a key for their names). */
export function peopleOf(entries: readonly Entry[]): string {
  return [...new Set(entries.flatMap((e) => (e.kind === 'conversation' ? [e.personId] : [])))].sort().join(' ');
}

/** Reads the names of the people peopleOf listed, by id (a person since deleted is left out). */
export async function readPeopleNames(key: string): Promise<ReadonlyMap<string, string>> {
  return new Map((await getPeople(key ? key.split(' ') : [])).map((p) => [p.id, p.name]));
}

/**
 * The names of the people the given entries' conversations are with, by id, kept up to date
 * (conversation titles need them). Only those people are read, not everyone: the timeline holds
 * a page of entries, and reading and checking hundreds of people would delay its first rows.
 * Undefined until the names for the first entries are known (so no title shows a wrong name);
 * while a further page's names load, the ones already known stay. `first`: names read already (at
 * start), used if they are those of the first entries.
 */
export function usePeopleNames(entries: readonly Entry[] | undefined, first?: PeopleNames): ReadonlyMap<string, string> | undefined {
  const key = useMemo(() => peopleOf(entries ?? []), [entries]);
  const read = useLiveQuery(async () => ({ key, names: await readPeopleNames(key) }), [key], first?.key === key ? first : undefined);
  // What is known so far, kept across renders in state (adjusted during render, as React
  // recommends for state derived from changing inputs) rather than in a ref written during render.
  const [kept, setKept] = useState<{ ready: boolean; names?: ReadonlyMap<string, string> }>({ ready: false });
  const names = read?.names ?? kept.names;
  const ready = kept.ready || (read !== undefined && entries !== undefined && read.key === key);
  if (names !== kept.names || ready !== kept.ready) setKept({ ready, names });
  return ready ? names : undefined;
}
