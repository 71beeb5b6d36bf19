/** What the People screens show about each person, derived from their conversations (pure: `today` is passed in). */
import type { Conversation, Person } from '../schemas';
import { stayInTouchStatus } from '../reminders/cadence';

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

export type PeopleSort = 'name' | 'last-contact' | 'touch-due';

/**
 * Sorts rows by name (A-Z, ignoring case and accents), by last contact (most recent first;
 * never-contacted people last, by name) or by stay-in-touch due date (the most overdue first).
 * Returns a new array.
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
  return rows.slice().sort((a, b) => {
    if (a.lastContact === b.lastContact) return byName(a, b);
    if (a.lastContact === undefined) return 1;
    if (b.lastContact === undefined) return -1;
    return a.lastContact < b.lastContact ? 1 : -1;
  });
}

/** Keeps the rows of people due or overdue a conversation by their stay-in-touch cadence. */
export function dueToKeepInTouch(rows: readonly PersonRow[], today: string): PersonRow[] {
  return rows.filter((r) => (stayInTouchStatus(r.person, r.lastContact, today)?.daysOverdue ?? -1) >= 0);
}

/** Keeps the rows whose name, role or company contains every word of the query (case-insensitive). */
export function filterPeopleRows(rows: readonly PersonRow[], query: string): PersonRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rows.slice();
  return rows.filter(({ person }) => {
    const text = `${person.name} ${person.role} ${person.company}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
