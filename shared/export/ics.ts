/**
 * Follow-ups and learning-goal target dates as an iCalendar file (RFC 5545) that any calendar
 * app can import: all-day events with stable UIDs (re-importing updates instead of duplicating),
 * CRLF line ends, text escaping and line folding at 75 octets.
 */
import type { Conversation, Entry, Person } from '../schemas';
import { addDays } from '../dates';
import { lastContacts, stayInTouchStatuses } from '../reminders/cadence';

const CRLF = '\r\n';
const UID_DOMAIN = 'sextant.invalid';

/**
 * Escapes TEXT values: backslash, semicolon, comma, and newlines as \n (RFC 5545 3.3.11). Other
 * control characters (U+0000-U+001F except tab, and U+007F) are not allowed in a content line
 * (RFC 5545 3.1, CONTROL) and are dropped.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** Folds a content line so no line exceeds 75 octets (UTF-8), never splitting a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; each continuation line's leading space takes one of its 75.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** YYYY-MM-DD -> YYYYMMDD (a DATE value). */
const icsDate = (date: string) => date.replace(/-/g, '');

/** An instant -> YYYYMMDDTHHMMSSZ (a UTC DATE-TIME value). */
export function icsDateTime(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  /** A recurrence rule (RFC 5545 RRULE value), e.g. "FREQ=WEEKLY;INTERVAL=4". */
  rrule?: string;
}

/**
 * The events: each open follow-up, the target date of each goal still planned or active, and a
 * recurring event per stay-in-touch cadence (from the next due date, every N weeks). `today`
 * decides which conversations have happened (later ones do not reset the cadence).
 */
export function calendarEvents(entries: readonly Entry[], people: readonly Person[], today = '9999-12-31'): CalendarEvent[] {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const events: CalendarEvent[] = [];
  for (const e of entries) {
    if (e.kind === 'conversation' && e.followUpDate && !e.followUpDone) {
      const who = names.get(e.personId) ?? 'someone';
      events.push({
        uid: `followup-${e.id}@${UID_DOMAIN}`,
        date: e.followUpDate,
        summary: `Follow up with ${who}`,
        description: [e.followUpNote, `From the conversation of ${e.date}.`].filter(Boolean).join('\n'),
      });
    } else if (e.kind === 'goal' && e.targetDate && (e.status === 'planned' || e.status === 'active')) {
      const open = e.milestones.filter((m) => !m.done).map((m) => `- ${m.title}`);
      events.push({
        uid: `goal-${e.id}@${UID_DOMAIN}`,
        date: e.targetDate,
        summary: `Goal due: ${e.title}`,
        description: [e.why.trim(), open.length ? `Open milestones:\n${open.join('\n')}` : ''].filter(Boolean).join('\n\n'),
      });
    }
  }
  const conversations = entries.filter((e): e is Conversation => e.kind === 'conversation');
  for (const s of stayInTouchStatuses(people, lastContacts(conversations, today), today)) {
    events.push({
      uid: `stay-in-touch-${s.person.id}@${UID_DOMAIN}`,
      date: s.dueDate,
      summary: `Keep in touch with ${s.person.name}`,
      description: `Every ${s.weeks === 1 ? 'week' : `${s.weeks} weeks`}. Logging a conversation in Sextant moves the next date; export again to update.`,
      rrule: `FREQ=WEEKLY;INTERVAL=${s.weeks}`,
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}

/** The whole calendar as RFC 5545 text; `now` (an ISO instant) is the DTSTAMP of every event. */
export function buildCalendar(events: readonly CalendarEvent[], now: string): string {
  const stamp = icsDateTime(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Sextant//Career journal//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const ev of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${ev.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(ev.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(ev.date, 1))}`,
      ...(ev.rrule ? [`RRULE:${ev.rrule}`] : []),
      `SUMMARY:${escapeText(ev.summary)}`,
      ...(ev.description ? [`DESCRIPTION:${escapeText(ev.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
