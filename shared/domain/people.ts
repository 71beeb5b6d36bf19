/** What the People screens show about each person, derived from their conversations (pure: `today` is passed in). */
import type { Conversation, Person, PersonPath } from '../schemas';
import { stayInTouchStatus } from '../reminders/cadence';
import { countDays, earliestDay, latestDay, type PersonSummaryRow } from '../aggregates';

/** How often and how recently the person was talked to, and when the next open follow-up falls. */
export interface ContactSummary {
  conversationCount: number;
  /** The latest conversation on or before today (a conversation dated later has not happened yet). */
  lastContact?: string;
  /** The earliest follow-up not yet done (it may be overdue). */
  nextFollowUp?: string;
}

/** Summarises one person's conversations; conversations with anyone else are ignored. */
export function contactSummary(person: Pick<Person, 'id'>, conversations: readonly Conversation[], today: string): ContactSummary {
  let conversationCount = 0;
  let lastContact: string | undefined;
  let nextFollowUp: string | undefined;
  for (const c of conversations) {
    if (c.personId !== person.id) continue;
    conversationCount += 1;
    if (c.date <= today && (lastContact === undefined || c.date > lastContact)) lastContact = c.date;
    if (c.followUpDate && !c.followUpDone && (nextFollowUp === undefined || c.followUpDate < nextFollowUp)) nextFollowUp = c.followUpDate;
  }
  return { conversationCount, lastContact, nextFollowUp };
}

/** The same summary from the person's row kept at write time (undefined: no conversation with them). */
export function contactSummaryOfRow(row: PersonSummaryRow | undefined, today: string): ContactSummary {
  if (!row) return { conversationCount: 0, lastContact: undefined, nextFollowUp: undefined };
  return { conversationCount: countDays(row.days), lastContact: latestDay(row.days, today), nextFollowUp: earliestDay(row.followUps) };
}

/** A row per person with the summaries kept at write time (by person id). */
export function peopleRowsOfSummaries(
  people: readonly Person[],
  summaries: ReadonlyMap<string, PersonSummaryRow>,
  today: string,
): PersonRow[] {
  return people.map((person) => ({ person, ...contactSummaryOfRow(summaries.get(person.id), today) }));
}

/** One row of the People list. */
export interface PersonRow extends ContactSummary {
  person: Person;
}

/** A row per person with their contact summary (conversations grouped once, not scanned per person). */
export function peopleRows(people: readonly Person[], conversations: readonly Conversation[], today: string): PersonRow[] {
  const byPerson = new Map<string, Conversation[]>();
  for (const c of conversations) {
    const list = byPerson.get(c.personId);
    if (list) list.push(c);
    else byPerson.set(c.personId, [c]);
  }
  return people.map((person) => ({ person, ...contactSummary(person, byPerson.get(person.id) ?? [], today) }));
}

export type PeopleSort = 'name' | 'last-contact' | 'next-follow-up' | 'touch-due' | 'path';

const PATH_ORDER: Record<PersonPath, number> = { internal: 0, external: 1, other: 2, unknown: 3 };

/**
 * Sorts rows by name (A-Z, ignoring case and accents), by last contact (most recent first), by
 * next follow-up (soonest first, overdue ones leading), by stay-in-touch due date (the most overdue
 * first) or by path (internal, external, other, not sure); people without the date sort last, ties
 * by name. Returns a new array.
 */
export function sortPeopleRows(rows: readonly PersonRow[], by: PeopleSort): PersonRow[] {
  const byName = (a: PersonRow, b: PersonRow) => a.person.name.localeCompare(b.person.name, undefined, { sensitivity: 'base' });
  if (by === 'name') return rows.slice().sort(byName);
  if (by === 'touch-due') {
    // The earliest stay-in-touch due date is the most overdue; people without a cadence last, by name.
    const due = new Map(rows.map((r) => [r, stayInTouchStatus(r.person, r.lastContact, '0000-01-01')?.dueDate]));
    return rows.slice().sort((a, b) => {
      const da = due.get(a);
      const db = due.get(b);
      if (da === db) return byName(a, b);
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    });
  }
  if (by === 'path') return rows.slice().sort((a, b) => PATH_ORDER[a.person.path] - PATH_ORDER[b.person.path] || byName(a, b));
  const key = by === 'last-contact' ? 'lastContact' : 'nextFollowUp';
  const newestFirst = by === 'last-contact';
  return rows.slice().sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return byName(a, b);
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return (x < y ? -1 : 1) * (newestFirst ? -1 : 1);
  });
}

/** Keeps the rows of people due or overdue a conversation by their stay-in-touch cadence. */
export function dueToKeepInTouch(rows: readonly PersonRow[], today: string): PersonRow[] {
  return rows.filter((r) => (stayInTouchStatus(r.person, r.lastContact, today)?.daysOverdue ?? -1) >= 0);
}

/** What the People list can be narrowed to, besides the words typed. */
export interface PeopleFilter {
  /** Only people on this path. */
  path?: PersonPath;
  /** Only people with an open follow-up. */
  withFollowUp?: boolean;
}

/** Keeps the rows whose name, role or company contains every word of the query (case-insensitive), and that pass `filter`. */
export function filterPeopleRows(rows: readonly PersonRow[], query: string, filter: PeopleFilter = {}): PersonRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.path && row.person.path !== filter.path) return false;
    if (filter.withFollowUp && !row.nextFollowUp) return false;
    if (!words.length) return true;
    const text = `${row.person.name} ${row.person.role} ${row.person.company}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** Lower case, accents removed, spaces squeezed: how two spellings of one name are compared. */
export function nameKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** People already stored who look like the same person: the same name and company (ignoring case and accents). */
export function likelyDuplicates<T extends Pick<Person, 'id' | 'name' | 'company'>>(
  people: readonly T[],
  candidate: Pick<Person, 'name' | 'company'> & { id?: string },
): T[] {
  const name = nameKey(candidate.name);
  const company = nameKey(candidate.company);
  if (!name) return [];
  return people.filter((p) => p.id !== candidate.id && nameKey(p.name) === name && nameKey(p.company) === company);
}

/**
 * The people whose name, company or role match what was typed into the picker, best first: a
 * name starting with the text, then a word of the name starting with it, then a match anywhere
 * (name, company, role); each group by name, then company. At most `limit`. Linear in the number of people
 * (5,000 people take well under a frame).
 */
export function matchPeople<T extends Pick<Person, 'name' | 'company' | 'role'>>(people: readonly T[], typed: string, limit = 50): T[] {
  const q = nameKey(typed);
  const ranked: { p: T; rank: number; key: string }[] = [];
  for (const p of people) {
    const name = nameKey(p.name);
    let rank: number;
    if (!q || name.startsWith(q)) rank = 0;
    else if (name.includes(` ${q}`)) rank = 1;
    else if (q.split(' ').every((w) => `${name} ${nameKey(p.company)} ${nameKey(p.role)}`.includes(w))) rank = 2;
    else continue;
    // Namesakes are ordered by company.
    ranked.push({ p, rank, key: `${name}\u0000${nameKey(p.company)}` });
  }
  ranked.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked.slice(0, limit).map((r) => r.p);
}

/**
 * One record from two records of the same person: the kept one's details win, blanks are filled
 * from the other, notes are joined, the earlier connection date is kept. Ids and times are the
 * kept record's (the caller stamps `updatedAt`).
 */
export function mergedPerson(keep: Person, other: Person): Person {
  const notes = [keep.notes?.trim(), other.notes?.trim()].filter(Boolean).join('\n\n');
  const connectedOn = [keep.connectedOn, other.connectedOn].filter((d): d is string => !!d).sort()[0];
  return {
    ...keep,
    role: keep.role || other.role,
    company: keep.company || other.company,
    path: keep.path === 'unknown' ? other.path : keep.path,
    ...(keep.profileUrl || other.profileUrl ? { profileUrl: keep.profileUrl ?? other.profileUrl } : {}),
    ...(keep.email || other.email ? { email: keep.email ?? other.email } : {}),
    ...(connectedOn ? { connectedOn } : {}),
    ...(notes ? { notes } : {}),
    ...(keep.stayInTouchWeeks || other.stayInTouchWeeks ? { stayInTouchWeeks: keep.stayInTouchWeeks ?? other.stayInTouchWeeks } : {}),
  };
}
