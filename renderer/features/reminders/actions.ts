import type { ReminderAction } from '../../../shared/ipc';
import { baseReminderId } from '../../../shared/reminders/notices';
import { getEntry, saveEntry } from '../../data/repositories/entries';
import { snoozeReminder } from '../../data/repositories/reminders';

const DAY_MS = 86_400_000;

/** The conversation id in a follow-up reminder's id ("follow-up:<id>:<date>T<time>"), else null. */
export function followUpEntryId(reminderId: string): string | null {
  const m = /^follow-up:([0-9a-f-]{36}):/.exec(reminderId);
  return m ? m[1]! : null;
}

/**
 * Does what a reminder's button asks: "Done" marks the follow-up done; a snooze puts the
 * reminder off by a day or a week from `now` (epoch ms).
 */
export async function runReminderAction({ id, action }: ReminderAction, now: number): Promise<void> {
  if (action === 'done') {
    const entryId = followUpEntryId(id);
    const entry = entryId ? await getEntry(entryId) : undefined;
    if (entry?.kind === 'conversation' && !entry.followUpDone) await saveEntry({ ...entry, followUpDone: true });
    return;
  }
  const until = new Date(now + (action === 'snooze-day' ? 1 : 7) * DAY_MS).toISOString();
  await snoozeReminder(baseReminderId(id), until, new Date(now).toISOString());
}
