import { DEFAULT_REMINDER_SETTINGS, ReminderSettings, ReminderSnoozes } from '../../../shared/schemas';
import { parseOrThrow } from '../../../shared/errors';
import type { ReminderSources } from '../../../shared/reminders/notices';
import { db } from '../db';
import { readOne } from '../records';
import { listEntries, openFollowUps } from './entries';
import { listPeople } from './people';
import type { LearningGoal } from '../../../shared/schemas';
import { listLastContacts } from '../aggregates';

/** Settings > Reminders (everything off when never saved). */
export async function getReminderSettings(): Promise<ReminderSettings> {
  const row = await db().settings.get('reminders');
  return readOne(ReminderSettings, row?.value, 'settings') ?? DEFAULT_REMINDER_SETTINGS;
}

/** Validates and saves the reminder settings. */
export async function saveReminderSettings(settings: ReminderSettings): Promise<ReminderSettings> {
  const value = parseOrThrow(ReminderSettings, settings, "The reminder settings can't be saved");
  await db().settings.put({ key: 'reminders', value });
  return value;
}

/** The reminders put off for later. */
export async function getSnoozes(): Promise<ReminderSnoozes> {
  const row = await db().settings.get('reminder-snoozes');
  return readOne(ReminderSnoozes, row?.value, 'settings') ?? [];
}

/** Puts a reminder off until `until` (ISO instant); snoozes that ended before `now` are dropped. */
export async function snoozeReminder(id: string, until: string, now: string): Promise<void> {
  await db().transaction('rw', db().settings, async () => {
    const kept = (await getSnoozes()).filter((s) => s.id !== id && s.until > now);
    const value = parseOrThrow(ReminderSnoozes, [...kept, { id, until }], "The reminder can't be snoozed");
    await db().settings.put({ key: 'reminder-snoozes', value });
  });
}

/**
 * Records these reminders as shown and returns the ones not shown before. One transaction, so
 * two tabs checking at the same moment cannot both claim the same reminder.
 */
export async function claimShownReminders(ids: readonly string[], now: string): Promise<string[]> {
  return db().transaction('rw', db().reminderLog, async () => {
    const seen = await db().reminderLog.bulkGet([...ids]);
    const fresh = ids.filter((_, i) => seen[i] === undefined);
    await db().reminderLog.bulkPut(fresh.map((id) => ({ id, shownAt: now })));
    return fresh;
  });
}

/** Forgets shown reminders older than `before` (ISO instant), so the log stays small. */
export async function pruneShownReminders(before: string): Promise<void> {
  await db().reminderLog.where('shownAt').below(before).delete();
}

/** What reminders are made from: open follow-ups, people, last contacts, goals. */
export async function readReminderSources(today: string): Promise<ReminderSources> {
  const [followUps, people, last, goals] = await Promise.all([
    openFollowUps(),
    listPeople(),
    listLastContacts(today),
    listEntries({ kind: 'goal' }),
  ]);
  return {
    followUps,
    people,
    lastContacts: last,
    goals: goals.filter((e): e is LearningGoal => e.kind === 'goal'),
  };
}
