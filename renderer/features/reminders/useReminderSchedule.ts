import { useLiveQuery } from '../../data/live';
import { useEffect, useMemo, useState } from 'react';
import type { ReminderSources } from '../../../shared/reminders/notices';
import { zonedDate } from '../../../shared/reminders/zonedTime';
import type { ReminderSnoozes } from '../../../shared/schemas';
import { nowIso } from '../../data/clock';
import { whenIdleAfter } from '../../platform/idle';
import { getReminderSettings, getSnoozes, readReminderSources } from '../../data/repositories/reminders';
import { useJournalLocked } from './journalLock';
import { anyReminderOn, buildSchedule, localTimeZone } from './schedule';

const NO_SOURCES: ReminderSources = { followUps: [], people: [], lastContacts: new Map(), goals: [] };
const NO_SNOOZES: ReminderSnoozes = [];
const NOTHING_SCHEDULED: ReturnType<typeof buildSchedule> = { notices: [], badge: 0 };
const HOUR_MS = 3_600_000;
const START_DELAY_MS = 1_000;

/** A count that goes up every hour while `running` (no timer at all otherwise). */
function useHourTick(running: boolean): number {
  const [hour, setHour] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setHour((h) => h + 1), HOUR_MS);
    return () => clearInterval(timer);
  }, [running]);
  return hour;
}

/**
 * False until a second after start, at the first idle moment then (the first screen has read its
 * data by then): the schedule's journal reads wait for it, so they never compete with the first
 * screen's reads. A reminder due at start shows that moment later.
 */
function useAfterStart(): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => (started ? undefined : whenIdleAfter(START_DELAY_MS, () => setStarted(true), 2_000)), [started]);
  return started;
}

/**
 * The reminder schedule, kept live. The reminder settings are observed (read again only when
 * they change); while every kind of reminder is off nothing else is read and no timer runs.
 * The journal is first read a moment after start (useAfterStart).
 * While one is on, the schedule follows every change to the journal, is worked out again every
 * hour (a new day brings new stay-in-touch and reflection dates), and switches to safe text when
 * the journal locks (from the last data read while it was open).
 */
export function useReminderSchedule() {
  const locked = useJournalLocked();
  const settings = useLiveQuery(getReminderSettings, []);
  const on = settings !== undefined && anyReminderOn(settings);
  const hour = useHourTick(on);
  const started = useAfterStart();
  const read = useLiveQuery(async () => {
    if (!on) return null;
    if (!started) return undefined;
    const today = zonedDate(Date.now(), localTimeZone());
    const [sources, snoozes] = await Promise.all([readReminderSources(today), getSnoozes()]);
    return { sources, snoozes };
  }, [on, started, hour]);
  // The last data read stays in use while a new read is under way (state adjusted during render, no ref).
  const [last, setLast] = useState(read);
  if (read && read !== last) setLast(read);
  const data = on ? (read ?? last) : null;
  return useMemo(() => {
    if (settings === undefined || data === undefined) return undefined;
    // Everything off: nothing to schedule, and no time-zone lookup (the first Intl call a page
    // makes loads locale data, tens of milliseconds on the way to the first screen).
    if (!on) return { ...NOTHING_SCHEDULED, settings };
    // The app's clock (renderer/data/clock), read when the schedule is worked out.
    const schedule = buildSchedule(
      settings,
      data?.sources ?? NO_SOURCES,
      data?.snoozes ?? NO_SNOOZES,
      Date.parse(nowIso()),
      localTimeZone(),
      locked,
    );
    return { ...schedule, settings };
    // `hour` re-runs this on the hour even when nothing was re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings, on, data, locked, hour]);
}
