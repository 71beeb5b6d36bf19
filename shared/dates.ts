/**
 * The one date helper. Calendar dates are stored as 'YYYY-MM-DD' strings (a journal date is a
 * day, not an instant, so it never shifts with time zones or daylight saving); instants are ISO
 * 8601 UTC strings. Nothing here reads the clock: callers pass `now`.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date in YYYY-MM-DD form. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, by arithmetic (a screen works out thousands
 * of these; a Date object each cost a cold start several milliseconds). Like Date.UTC, a month or
 * day out of range rolls over (month 13 is January of the next year, 30 February is 2 March), but
 * years 0-99 are those years, not 1900-1999 (a date input can give "0026-03-01").
 */
function utcDay(y: number, month: number, d: number): number {
  y += Math.floor((month - 1) / 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  // Howard Hinnant's days_from_civil: years start in March, so a leap day ends its year.
  if (month <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function toUtcDay(date: string): number {
  // The shape of ISO_DATE read by character codes: a screen converts thousands of dates, and a
  // regular expression's match with three Number() calls for each cost a cold start milliseconds.
  if (date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH) {
    const y = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 0 && month >= 0 && d >= 0) return utcDay(y, month, d);
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
}

const DASH = 45;

/** The number written by the ASCII digits of s[from, to), or -1 when one of them is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function fromUtcDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The number of a day counted from 1970-01-01 (0): for many dates against one, without parsing that one each time. */
export function dayNumber(date: string): number {
  return toUtcDay(date);
}

/** Whole days from `a` to `b` (positive when b is later); immune to daylight-saving changes. */
export function daysBetween(a: string, b: string): number {
  return toUtcDay(b) - toUtcDay(a);
}

/** The calendar date `n` days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  return fromUtcDay(toUtcDay(date) + n);
}

/** The local calendar date of an instant, as YYYY-MM-DD (the person's day, not UTC's). */
export function localDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// British English, the app's language, is formatted by hand: the first Intl date formatter a page
// creates loads locale data (about 40 ms, on the path to the first screen of dates). The month
// names are ICU's for en-GB ("Sept"), so the result equals Intl's. Other locales go through Intl,
// one formatter per locale (toLocaleDateString with options builds a new one on every call).
const EN_GB_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Formats a YYYY-MM-DD date for reading, e.g. "3 Mar 2026", independent of the time zone. */
export function formatDate(date: string, locale = 'en-GB'): string {
  if (locale === 'en-GB' && isIsoDate(date)) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return `${d} ${EN_GB_MONTHS[m - 1]} ${y}`;
  }
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    DATE_FORMATS.set(locale, format);
  }
  return format.format(new Date(toUtcDay(date) * DAY_MS));
}

// One formatter per IANA time zone, for the calendar date of an instant in that zone (an import
// converts thousands of instants; building a formatter costs far more than using one).
const ZONE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (YYYY-MM-DD) of an instant in an IANA time zone. Throws a RangeError for an
 * unknown zone name (callers choose their fallback).
 */
export function dateInZone(instant: Date, timeZone: string): string {
  let format = ZONE_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    ZONE_FORMATS.set(timeZone, format);
  }
  let y = '';
  let m = '';
  let d = '';
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'year') y = part.value;
    else if (part.type === 'month') m = part.value;
    else if (part.type === 'day') d = part.value;
  }
  return `${y}-${m}-${d}`;
}

/** Compares two YYYY-MM-DD dates for sorting (ascending). */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
