/**
 * Wall-clock time in a named time zone, computed with Intl.DateTimeFormat and an explicit
 * `timeZone` (never the process's zone), so a reminder at 09:00 stays at 09:00 local across a
 * daylight-saving change. Pure: instants are passed in as epoch milliseconds.
 */
import { addDays } from '../dates';

const MINUTE_MS = 60_000;
const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = FORMATS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATS.set(timeZone, f);
  }
  return f;
}

/** The local calendar date and time of an instant in a zone. */
export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight (0-1439). */
  minutes: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

/** True when `timeZone` is a zone name this runtime knows (e.g. "Europe/Berlin"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at instant `at` (epoch ms). */
export function wallClock(at: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatFor(timeZone).formatToParts(new Date(at))) parts[p.type] = p.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return { date, minutes: Number(parts.hour) * 60 + Number(parts.minute), weekday };
}

/** The zone's offset from UTC at instant `at`, in minutes (Berlin in summer: +120). */
export function zoneOffsetMinutes(at: number, timeZone: string): number {
  const wall = wallClock(at, timeZone);
  const seconds = Math.floor((((at / 1000) % 60) + 60) % 60);
  const asUtc = Date.parse(`${wall.date}T00:00:00Z`) + wall.minutes * MINUTE_MS + seconds * 1000;
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / MINUTE_MS);
}

/** 'HH:MM' -> minutes since midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes since midnight -> 'HH:MM'. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The instant (epoch ms) when the wall clock in `timeZone` shows `time` on `date`. A time that
 * does not exist (skipped by a spring-forward change) moves forward by the gap, as clocks do;
 * a time that happens twice (autumn) is the first of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const naive = Date.parse(`${date}T00:00:00Z`) + minutesOf(time) * MINUTE_MS;
  // Try the offsets in force a day either side: one of them gives back the same wall clock.
  const candidates = [
    naive - zoneOffsetMinutes(naive - 86_400_000, timeZone) * MINUTE_MS,
    naive - zoneOffsetMinutes(naive + 86_400_000, timeZone) * MINUTE_MS,
  ];
  const exact = candidates.filter((at) => {
    const w = wallClock(at, timeZone);
    return w.date === date && w.minutes === minutesOf(time);
  });
  if (exact.length) return Math.min(...exact);
  // In the gap: the offset before the change, which lands after it on the clock.
  return naive - zoneOffsetMinutes(naive - 86_400_000, timeZone) * MINUTE_MS;
}

/** The calendar date in `timeZone` at instant `at`. */
export function zonedDate(at: number, timeZone: string): string {
  return wallClock(at, timeZone).date;
}

/** The next date on or after `date` that falls on `weekday` (0 = Sunday). */
export function onOrAfterWeekday(date: string, weekday: number): string {
  const current = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (weekday - current + 7) % 7);
}
