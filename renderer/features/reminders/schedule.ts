import type { ReminderSchedule } from '../../../shared/ipc';
import { dueCount, reminderNotices, type ReminderNotice, type ReminderSources } from '../../../shared/reminders/notices';
import { zonedDate } from '../../../shared/reminders/zonedTime';
import type { ReminderSettings, ReminderSnoozes } from '../../../shared/schemas';

/** The most reminders handed to the notifier at once (the nearest ones; the rest follow later). */
export const SCHEDULE_LIMIT = 500;

/** True when any kind of reminder is switched on. */
export function anyReminderOn(s: ReminderSettings): boolean {
  return s.followUps.enabled || s.stayInTouch.enabled || s.reflection.enabled || s.goals.enabled;
}

/** The person's time zone, as the browser reports it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** What the notifier gets: the reminders not yet past by long (due ones first), and the badge count. */
export function buildSchedule(
  settings: ReminderSettings,
  sources: ReminderSources,
  snoozes: ReminderSnoozes,
  now: number,
  timeZone: string,
  locked: boolean,
): ReminderSchedule & { notices: ReminderNotice[] } {
  const notices = reminderNotices(settings, sources, { now, timeZone, locked, snoozes });
  return {
    notices: notices.slice(0, SCHEDULE_LIMIT),
    badge: anyReminderOn(settings) ? dueCount(settings, sources, zonedDate(now, timeZone)) : 0,
  };
}
