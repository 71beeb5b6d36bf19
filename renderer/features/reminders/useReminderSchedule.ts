import { useLiveQuery } from '../../data/live';
import { useEffect, useMemo, useState } from 'react';
import type { ReminderSources } from '../../../shared/reminders/notices';
import { zonedDate } from '../../../shared/reminders/zonedTime';
import { nowIso } from '../../data/clock';
import { getReminderSettings, getSnoozes, readReminderSources } from '../../data/repositories/reminders';
import { useJournalLocked } from './journalLock';
import { anyReminderOn, buildSchedule, localTimeZone } from './schedule';

const NO_SOURCES: ReminderSources = { followUps: [], people: [], lastContacts: new Map(), goals: [] };
const HOUR_MS = 3_600_000;

/**
 * The reminder schedule, kept live: it follows every change to the journal and the settings,
 * is worked out again every hour (a new day brings new stay-in-touch and reflection dates), and
 * switches to safe text when the journal locks (from the last data read while it was open).
 */
export function useReminderSchedule() {
  const [hour, setHour] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setHour((h) => h + 1), HOUR_MS);
    return () => clearInterval(timer);
  }, []);
  const locked = useJournalLocked();
  const read = useLiveQuery(async () => {
    const settings = await getReminderSettings();
    if (!anyReminderOn(settings)) return { settings, sources: NO_SOURCES, snoozes: [] };
    const today = zonedDate(Date.now(), localTimeZone());
    const [sources, snoozes] = await Promise.all([readReminderSources(today), getSnoozes()]);
    return { settings, sources, snoozes };
  }, [hour]);
  // The last data read stays in use while a new read is under way (state adjusted during render, no ref).
  const [last, setLast] = useState(read);
  if (read && read !== last) setLast(read);
  const data = read ?? last;
  return useMemo(() => {
    if (!data) return undefined;
    // The app's clock (renderer/data/clock), read when the schedule is worked out.
    const schedule = buildSchedule(data.settings, data.sources, data.snoozes, Date.parse(nowIso()), localTimeZone(), locked);
    return { ...schedule, settings: data.settings };
    // `hour` re-runs this on the hour even when nothing was re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, locked, hour]);
}
