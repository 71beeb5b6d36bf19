/**
 * Which reminders a journal produces and when (pure: `now` and the time zone are passed in).
 * Each reminder is a notice with a stable id per occurrence: editing a follow-up's date gives a
 * new id (the old one disappears from the schedule, so it is cancelled), and what was shown is
 * recorded by id so it is never shown twice.
 */
import { addDays, daysBetween, formatDate } from '../dates';
import { REFLECTION_PROMPTS, type ReflectionPrompt } from '../domain/prompts';
import { STEPS } from '../domain/framework';
import type { Conversation, LearningGoal, Person, ReminderSettings, ReminderSnoozes } from '../schemas';
import { stayInTouchStatuses } from './cadence';
import { minutesOf, timeOf, wallClock, zonedDate, zonedInstant } from './zonedTime';

export const REMINDER_KINDS = ['follow-up', 'stay-in-touch', 'reflection', 'goal'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** One reminder to show at an instant: only ids, times and titles (what main needs to notify). */
export interface ReminderNotice {
  /** Stable per occurrence, e.g. "follow-up:<entry id>:2026-03-10T09:00". */
  id: string;
  kind: ReminderKind;
  /** Epoch milliseconds. */
  at: number;
  title: string;
  body: string;
  /** The in-app route a click opens, e.g. "/journal/<id>". */
  target: string;
}

/** What a journal contributes to reminders. */
export interface ReminderSources {
  /** Conversations with an open follow-up (others are ignored). */
  followUps: readonly Conversation[];
  people: readonly Person[];
  /** The latest conversation date (on or before today) per person id. */
  lastContacts: ReadonlyMap<string, string>;
  goals: readonly LearningGoal[];
}

/** Where and when the schedule is worked out. */
export interface ReminderContext {
  /** Epoch milliseconds. */
  now: number;
  /** An IANA zone name, e.g. "Europe/Berlin". */
  timeZone: string;
  /** The journal is locked: notices carry no private text and open the lock screen. */
  locked: boolean;
  snoozes: ReminderSnoozes;
}

/** What a locked journal's notices say instead (no names, notes or titles). */
export const LOCKED_TEXT: Record<ReminderKind, string> = {
  'follow-up': 'A follow-up is due',
  'stay-in-touch': 'Someone is due a catch-up',
  reflection: 'Time for a reflection',
  goal: 'A goal date is coming up',
};

// Prompts in an order that walks through the five steps, then round again with each step's second prompt.
const STEP_ORDER = new Map(STEPS.map((s, i) => [s.id, i]));
const ROTATION: readonly ReflectionPrompt[] = REFLECTION_PROMPTS.map((p, i) => ({ p, i }))
  .map(({ p, i }) => ({ p, round: REFLECTION_PROMPTS.slice(0, i).filter((q) => q.step === p.step).length }))
  .sort((a, b) => a.round - b.round || STEP_ORDER.get(a.p.step)! - STEP_ORDER.get(b.p.step)!)
  .map(({ p }) => p);

// A fixed Monday: reflection occurrences are numbered from it, so the rotation is the same on every computer.
const EPOCH_MONDAY = '2024-01-01';

/** The prompt a reflection reminder on `date` carries (rotating through the five steps). */
export function reflectionPromptFor(date: string, frequency: 'daily' | 'weekly'): ReflectionPrompt {
  const days = daysBetween(EPOCH_MONDAY, date);
  const n = frequency === 'daily' ? days : Math.floor(days / 7);
  return ROTATION[((n % ROTATION.length) + ROTATION.length) % ROTATION.length]!;
}

/** True when `minutes` (since midnight) falls in quiet hours [start, end), which may cross midnight. */
export function inQuietHours(minutes: number, start: string, end: string): boolean {
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === e) return false;
  return s < e ? minutes >= s && minutes < e : minutes >= s || minutes < e;
}

/** Moves an instant that falls in quiet hours to the end of them (local time), else returns it. */
export function afterQuietHours(at: number, quiet: ReminderSettings['quietHours'], timeZone: string): number {
  if (!quiet.enabled) return at;
  const wall = wallClock(at, timeZone);
  if (!inQuietHours(wall.minutes, quiet.start, quiet.end)) return at;
  // The quiet period ends today unless it started this evening and runs past midnight.
  const endsTomorrow = minutesOf(quiet.start) > minutesOf(quiet.end) && wall.minutes >= minutesOf(quiet.start);
  return zonedInstant(endsTomorrow ? addDays(wall.date, 1) : wall.date, quiet.end, timeZone);
}

/** A notice before quiet hours, snoozes and locking are applied. */
type Draft = Omit<ReminderNotice, 'at'> & { date: string; time: string };

function followUpDrafts(settings: ReminderSettings, sources: ReminderSources): Draft[] {
  const names = new Map(sources.people.map((p) => [p.id, p.name]));
  const out: Draft[] = [];
  for (const c of sources.followUps) {
    if (!c.followUpDate || c.followUpDone) continue;
    const time = c.followUpTime ?? settings.followUps.time;
    const who = names.get(c.personId) ?? 'someone';
    out.push({
      id: `follow-up:${c.id}:${c.followUpDate}T${time}`,
      kind: 'follow-up',
      date: c.followUpDate,
      time,
      title: `Follow up with ${who}`,
      body: c.followUpNote ?? `From your conversation of ${formatDate(c.date)}.`,
      target: `/journal/${c.id}`,
    });
  }
  return out;
}

function stayInTouchDrafts(settings: ReminderSettings, sources: ReminderSources, today: string): Draft[] {
  return stayInTouchStatuses(sources.people, sources.lastContacts, today).map((s) => ({
    id: `stay-in-touch:${s.person.id}:${s.dueDate}`,
    kind: 'stay-in-touch',
    date: s.dueDate,
    time: settings.stayInTouch.time,
    title: `Time to catch up with ${s.person.name}`,
    body: s.lastContact ? `Last conversation ${formatDate(s.lastContact)}.` : 'No conversation logged yet.',
    target: `/people/${s.person.id}`,
  }));
}

/** The reflection occurrences around now: the latest already passed and the next one. */
function reflectionDrafts(settings: ReminderSettings, today: string, ctx: ReminderContext): Draft[] {
  const r = settings.reflection;
  const step = r.frequency === 'daily' ? 1 : 7;
  const latestDay = r.frequency === 'daily' ? today : addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() - r.weekday + 7) % 7));
  const upcoming = zonedInstant(latestDay, r.time, ctx.timeZone) > ctx.now;
  const dates = upcoming ? [addDays(latestDay, -step), latestDay] : [latestDay, addDays(latestDay, step)];
  return dates.map((date) => {
    const prompt = reflectionPromptFor(date, r.frequency);
    return {
      id: `reflection:${date}T${r.time}`,
      kind: 'reflection',
      date,
      time: r.time,
      title: 'Time for a reflection',
      body: prompt.text,
      target: `/journal/new/reflection?prompt=${prompt.id}`,
    };
  });
}

function goalDrafts(settings: ReminderSettings, sources: ReminderSources): Draft[] {
  const { daysBefore, time } = settings.goals;
  const ahead = daysBefore === 0 ? 'today' : daysBefore === 1 ? 'tomorrow' : `in ${daysBefore} days`;
  const out: Draft[] = [];
  for (const g of sources.goals) {
    if (g.status !== 'planned' && g.status !== 'active') continue;
    if (g.targetDate) {
      out.push({
        id: `goal:${g.id}:target:${g.targetDate}T${time}-${daysBefore}`,
        kind: 'goal',
        date: addDays(g.targetDate, -daysBefore),
        time,
        title: `Goal target ${ahead}: ${g.title}`,
        body: `Target date ${formatDate(g.targetDate)}.`,
        target: `/journal/${g.id}`,
      });
    }
    for (const m of g.milestones) {
      if (m.done || !m.dueDate) continue;
      out.push({
        id: `goal:${g.id}:milestone:${m.id}:${m.dueDate}T${time}-${daysBefore}`,
        kind: 'goal',
        date: addDays(m.dueDate, -daysBefore),
        time,
        title: `Milestone due ${ahead}: ${m.title}`,
        body: `Part of ${g.title}, due ${formatDate(m.dueDate)}.`,
        target: `/journal/${g.id}`,
      });
    }
  }
  return out;
}

/** The settings block of each kind. */
const KIND_SETTINGS: Record<ReminderKind, (s: ReminderSettings) => { enabled: boolean; since?: string }> = {
  'follow-up': (s) => s.followUps,
  'stay-in-touch': (s) => s.stayInTouch,
  reflection: (s) => s.reflection,
  goal: (s) => s.goals,
};

/** The id a snooze is recorded under: the occurrence's id without any earlier snooze. */
export function baseReminderId(id: string): string {
  const cut = id.indexOf('~');
  return cut === -1 ? id : id.slice(0, cut);
}

/**
 * Every reminder the journal produces, earliest first: enabled kinds only, none from before the
 * kind was switched on, moved out of quiet hours, snoozed ones at their new time (with a new id),
 * and with safe text when the journal is locked.
 */
export function reminderNotices(settings: ReminderSettings, sources: ReminderSources, ctx: ReminderContext): ReminderNotice[] {
  const today = zonedDate(ctx.now, ctx.timeZone);
  const drafts: Draft[] = [];
  if (settings.followUps.enabled) drafts.push(...followUpDrafts(settings, sources));
  if (settings.stayInTouch.enabled) drafts.push(...stayInTouchDrafts(settings, sources, today));
  if (settings.reflection.enabled) drafts.push(...reflectionDrafts(settings, today, ctx));
  if (settings.goals.enabled) drafts.push(...goalDrafts(settings, sources));
  const snoozed = new Map(ctx.snoozes.map((s) => [s.id, Date.parse(s.until)]));

  const out: ReminderNotice[] = [];
  for (const { date, time, ...d } of drafts) {
    const since = KIND_SETTINGS[d.kind](settings).since;
    const scheduled = zonedInstant(date, time, ctx.timeZone);
    if (since === undefined || scheduled < Date.parse(since)) continue;
    const until = snoozed.get(d.id);
    const id = until !== undefined && until > scheduled ? `${d.id}~${new Date(until).toISOString()}` : d.id;
    const at = afterQuietHours(until !== undefined && until > scheduled ? until : scheduled, settings.quietHours, ctx.timeZone);
    out.push(ctx.locked ? { ...d, id, at, title: 'Sextant', body: LOCKED_TEXT[d.kind], target: '/' } : { ...d, id, at });
  }
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** How many things are due today or overdue (the dock/taskbar badge), counting only enabled kinds. */
export function dueCount(settings: ReminderSettings, sources: ReminderSources, today: string): number {
  let n = 0;
  if (settings.followUps.enabled) n += sources.followUps.filter((c) => c.followUpDate && !c.followUpDone && c.followUpDate <= today).length;
  if (settings.stayInTouch.enabled)
    n += stayInTouchStatuses(sources.people, sources.lastContacts, today).filter((s) => s.daysOverdue >= 0).length;
  return n;
}

/** The time a notice shows in the app's own words: "09:00". */
export function noticeTime(at: number, timeZone: string): string {
  return timeOf(wallClock(at, timeZone).minutes);
}
