/** Stay-in-touch cadence: when each person is next due a conversation (pure: `today` is passed in). */
import { addDays, daysBetween } from '../dates';
import type { Conversation, Person } from '../schemas';

/** One person's stay-in-touch state. */
export interface StayInTouchStatus {
  person: Person;
  weeks: number;
  /** The latest conversation on or before today, if any. */
  lastContact?: string;
  /** lastContact (or, never contacted, the day the person was added) plus the cadence. */
  dueDate: string;
  /** Days from the due date to today: positive when overdue, 0 on the day, negative before. */
  daysOverdue: number;
}

/** The day a cadence counts from: the last conversation, else the day the person was added. */
function clockStart(person: Person, lastContact: string | undefined): string {
  return lastContact ?? person.createdAt.slice(0, 10);
}

/** The latest conversation date on or before `today` for each person (later ones have not happened yet). */
export function lastContacts(conversations: readonly Pick<Conversation, 'personId' | 'date'>[], today: string): Map<string, string> {
  const last = new Map<string, string>();
  for (const c of conversations) {
    if (c.date > today) continue;
    const seen = last.get(c.personId);
    if (seen === undefined || c.date > seen) last.set(c.personId, c.date);
  }
  return last;
}

/** The stay-in-touch state of one person, or null when they have no cadence. */
export function stayInTouchStatus(person: Person, lastContact: string | undefined, today: string): StayInTouchStatus | null {
  const weeks = person.stayInTouchWeeks;
  if (!weeks) return null;
  const dueDate = addDays(clockStart(person, lastContact), weeks * 7);
  return { person, weeks, lastContact, dueDate, daysOverdue: daysBetween(dueDate, today) };
}

/** Everyone with a cadence, whether due or not (one pass over the people). */
export function stayInTouchStatuses(people: readonly Person[], last: ReadonlyMap<string, string>, today: string): StayInTouchStatus[] {
  const out: StayInTouchStatus[] = [];
  for (const p of people) {
    const s = stayInTouchStatus(p, last.get(p.id), today);
    if (s) out.push(s);
  }
  return out;
}

/** The people due or overdue a conversation, the most overdue first (then by name). */
export function stayInTouchDue(people: readonly Person[], last: ReadonlyMap<string, string>, today: string): StayInTouchStatus[] {
  return stayInTouchStatuses(people, last, today)
    .filter((s) => s.daysOverdue >= 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.person.name.localeCompare(b.person.name, undefined, { sensitivity: 'base' }));
}

/** "due today", "1 day overdue", "3 weeks overdue" (whole weeks from 14 days), "due in 5 days". */
export function stayInTouchLabel(daysOverdue: number): string {
  if (daysOverdue === 0) return 'due today';
  if (daysOverdue < 0) return -daysOverdue === 1 ? 'due tomorrow' : `due in ${-daysOverdue} days`;
  if (daysOverdue >= 14) return `${Math.floor(daysOverdue / 7)} weeks overdue`;
  return `${daysOverdue} day${daysOverdue === 1 ? '' : 's'} overdue`;
}

/** "every 4 weeks", "every week". */
export function cadenceLabel(weeks: number): string {
  return weeks === 1 ? 'every week' : `every ${weeks} weeks`;
}
