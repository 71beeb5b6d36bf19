import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../shared/schemas';
import {
  afterQuietHours,
  dueCount,
  inQuietHours,
  reflectionPromptFor,
  reminderNotices,
  type ReminderContext,
  type ReminderSources,
} from '../../../shared/reminders/notices';
import { REFLECTION_PROMPTS } from '../../../shared/domain/prompts';
import { conversation, goal, milestone, person, uuid } from '../builders';

const SINCE = '2026-01-01T00:00:00.000Z';
const iso = (ms: number) => new Date(ms).toISOString();

function settings(over: Partial<ReminderSettings> = {}): ReminderSettings {
  return {
    ...DEFAULT_REMINDER_SETTINGS,
    followUps: { enabled: true, time: '09:00', since: SINCE },
    stayInTouch: { enabled: true, time: '10:00', since: SINCE },
    ...over,
  };
}

const dana = person({ id: uuid(900), name: 'Dana', stayInTouchWeeks: 2 });
const sources = (over: Partial<ReminderSources> = {}): ReminderSources => ({
  followUps: [],
  people: [dana],
  lastContacts: new Map(),
  goals: [],
  ...over,
});
const ctx = (now: string, over: Partial<ReminderContext> = {}): ReminderContext => ({
  now: Date.parse(now),
  timeZone: 'Europe/Berlin',
  locked: false,
  snoozes: [],
  ...over,
});

describe('reminderNotices', () => {
  it('puts a follow-up at the default 09:00 local, or at its own time, with a click-through to the conversation', () => {
    const a = conversation({ id: uuid(1), followUpDate: '2026-03-30', followUpNote: 'Send the deck' });
    const b = conversation({ id: uuid(2), followUpDate: '2026-03-30', followUpTime: '14:15' });
    const done = conversation({ id: uuid(3), followUpDate: '2026-03-30', followUpDone: true });
    const out = reminderNotices(
      settings(),
      sources({ followUps: [a, b, done], people: [person({ id: uuid(900), name: 'Dana' })] }),
      ctx('2026-03-20T12:00:00Z'),
    );
    expect(out).toEqual([
      {
        id: `follow-up:${uuid(1)}:2026-03-30T09:00`,
        kind: 'follow-up',
        at: Date.parse('2026-03-30T07:00:00Z'), // Berlin summer time (+2) began 29 Mar
        title: 'Follow up with Dana',
        body: 'Send the deck',
        target: `/journal/${uuid(1)}`,
      },
      {
        id: `follow-up:${uuid(2)}:2026-03-30T14:15`,
        kind: 'follow-up',
        at: Date.parse('2026-03-30T12:15:00Z'),
        title: 'Follow up with Dana',
        body: 'From your conversation of 1 Mar 2026.',
        target: `/journal/${uuid(2)}`,
      },
    ]);
  });

  it('gives an edited follow-up a new id, so the old reminder is no longer scheduled', () => {
    const before = reminderNotices(
      settings(),
      sources({ followUps: [conversation({ followUpDate: '2026-03-30' })], people: [] }),
      ctx('2026-03-20T12:00:00Z'),
    );
    const after = reminderNotices(
      settings(),
      sources({ followUps: [conversation({ followUpDate: '2026-04-02' })], people: [] }),
      ctx('2026-03-20T12:00:00Z'),
    );
    expect(before.map((n) => n.id)).toEqual([`follow-up:${uuid(2)}:2026-03-30T09:00`]);
    expect(after.map((n) => n.id)).toEqual([`follow-up:${uuid(2)}:2026-04-02T09:00`]);
  });

  it('announces nothing dated before the kind was switched on (those are on Home), and nothing for kinds switched off', () => {
    const s = settings({ followUps: { enabled: true, time: '09:00', since: '2026-03-10T12:00:00Z' } });
    const old = conversation({ id: uuid(1), followUpDate: '2026-03-10' }); // 08:00Z, before switching on
    const next = conversation({ id: uuid(2), followUpDate: '2026-03-11' });
    expect(reminderNotices(s, sources({ followUps: [old, next], people: [] }), ctx('2026-03-10T13:00:00Z')).map((n) => n.id)).toEqual([
      `follow-up:${uuid(2)}:2026-03-11T09:00`,
    ]);
    const off = settings({ followUps: { enabled: false, time: '09:00', since: SINCE }, stayInTouch: { enabled: false, time: '10:00' } });
    expect(reminderNotices(off, sources({ followUps: [next] }), ctx('2026-03-10T13:00:00Z'))).toEqual([]);
  });

  it('schedules a stay-in-touch reminder on the due date, and moves it when a conversation is logged', () => {
    const first = reminderNotices(settings(), sources({ lastContacts: new Map([[uuid(900), '2026-03-01']]) }), ctx('2026-03-05T12:00:00Z'));
    expect(first).toMatchObject([
      {
        id: `stay-in-touch:${uuid(900)}:2026-03-15`,
        at: Date.parse('2026-03-15T09:00:00Z'),
        title: 'Time to catch up with Dana',
        target: `/people/${uuid(900)}`,
      },
    ]);
    const after = reminderNotices(settings(), sources({ lastContacts: new Map([[uuid(900), '2026-03-12']]) }), ctx('2026-03-12T12:00:00Z'));
    expect(after.map((n) => n.id)).toEqual([`stay-in-touch:${uuid(900)}:2026-03-26`]);
  });

  it('says nothing private when the journal is locked, and opens the lock screen', () => {
    const c = conversation({ followUpDate: '2026-03-30', followUpNote: 'Ask about the salary band' });
    const [n] = reminderNotices(settings(), sources({ followUps: [c], people: [] }), ctx('2026-03-20T12:00:00Z', { locked: true }));
    expect(n).toMatchObject({ title: 'Sextant', body: 'A follow-up is due', target: '/' });
    expect(JSON.stringify(n)).not.toMatch(/salary|Dana/);
  });

  it('moves reminders out of quiet hours, including quiet hours across midnight', () => {
    const quiet = { enabled: true, start: '22:00', end: '07:30' };
    const tz = 'America/New_York';
    expect(inQuietHours(23 * 60, '22:00', '07:30')).toBe(true);
    expect(inQuietHours(7 * 60 + 30, '22:00', '07:30')).toBe(false);
    expect(inQuietHours(13 * 60, '12:00', '14:00')).toBe(true);
    // 23:00 local on 10 Mar (EDT, -4) -> 07:30 local on 11 Mar.
    expect(iso(afterQuietHours(Date.parse('2026-03-11T03:00:00Z'), quiet, tz))).toBe('2026-03-11T11:30:00.000Z');
    // 06:00 local -> 07:30 the same day.
    expect(iso(afterQuietHours(Date.parse('2026-03-11T10:00:00Z'), quiet, tz))).toBe('2026-03-11T11:30:00.000Z');
    const c = conversation({ followUpDate: '2026-03-11', followUpTime: '06:00' });
    const [n] = reminderNotices(
      settings({ quietHours: quiet }),
      sources({ followUps: [c], people: [] }),
      ctx('2026-03-01T00:00:00Z', { timeZone: tz }),
    );
    expect(iso(n!.at)).toBe('2026-03-11T11:30:00.000Z');
  });

  it('puts a snoozed reminder at its new time under a new id', () => {
    const c = conversation({ followUpDate: '2026-03-10' });
    const id = `follow-up:${uuid(2)}:2026-03-10T09:00`;
    const until = '2026-03-11T08:05:00.000Z';
    const [n] = reminderNotices(
      settings(),
      sources({ followUps: [c], people: [] }),
      ctx('2026-03-10T09:00:00Z', { snoozes: [{ id, until }] }),
    );
    expect(n).toMatchObject({ id: `${id}~${until}`, at: Date.parse(until) });
  });

  it('reminds of goal target and milestone dates the chosen number of days before', () => {
    const g = goal({
      id: uuid(7),
      title: 'Learn SQL',
      targetDate: '2026-06-30',
      milestones: [
        { ...milestone(1, false), dueDate: '2026-05-15' },
        { ...milestone(2, true), dueDate: '2026-05-01' },
        milestone(3, false),
      ],
    });
    const dropped = goal({ id: uuid(8), status: 'dropped', targetDate: '2026-06-30' });
    const s = settings({ goals: { enabled: true, time: '08:00', daysBefore: 3, since: SINCE } });
    const out = reminderNotices(s, sources({ goals: [g, dropped], people: [] }), ctx('2026-04-01T00:00:00Z'));
    expect(out.map((n) => [iso(n.at), n.title, n.body])).toEqual([
      ['2026-05-12T06:00:00.000Z', 'Milestone due in 3 days: Milestone 1', 'Part of Learn SQL, due 15 May 2026.'],
      ['2026-06-27T06:00:00.000Z', 'Goal target in 3 days: Learn SQL', 'Target date 30 Jun 2026.'],
    ]);
  });

  it('keeps a weekly reflection at 18:00 local on its day across the change to summer time, rotating through the five steps', () => {
    const s = settings({
      followUps: { enabled: false, time: '09:00' },
      stayInTouch: { enabled: false, time: '09:00' },
      reflection: { enabled: true, time: '18:00', frequency: 'weekly', weekday: 5, since: SINCE },
    });
    // Friday 3 Apr 2026, 14:00 local (summer time): the last one was Fri 27 Mar (winter time), the next is today at 18:00.
    const out = reminderNotices(s, sources(), ctx('2026-04-03T12:00:00Z'));
    expect(out.map((n) => iso(n.at))).toEqual(['2026-03-27T17:00:00.000Z', '2026-04-03T16:00:00.000Z']);
    // Once today's has passed, the next is a week later.
    expect(reminderNotices(s, sources(), ctx('2026-04-03T17:00:00Z')).map((n) => iso(n.at))).toEqual([
      '2026-04-03T16:00:00.000Z',
      '2026-04-10T16:00:00.000Z',
    ]);
    const prompt = reflectionPromptFor('2026-03-27', 'weekly');
    expect(out[0]).toMatchObject({
      title: 'Time for a reflection',
      body: prompt.text,
      target: `/journal/new/reflection?prompt=${prompt.id}`,
    });
    // Five weeks in a row cover the five steps.
    const steps = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'].map((d) => reflectionPromptFor(d, 'weekly').step);
    expect(new Set(steps).size).toBe(5);
    expect(REFLECTION_PROMPTS.map((p) => p.id)).toContain(prompt.id);
  });

  it('counts what is due today or overdue for the badge (enabled kinds only)', () => {
    const s = settings();
    const src = sources({
      followUps: [conversation({ id: uuid(1), followUpDate: '2026-03-10' }), conversation({ id: uuid(2), followUpDate: '2026-03-11' })],
      lastContacts: new Map([[uuid(900), '2026-02-01']]),
    });
    expect(dueCount(s, src, '2026-03-10')).toBe(2); // one follow-up, Dana overdue
    expect(dueCount({ ...s, stayInTouch: { ...s.stayInTouch, enabled: false } }, src, '2026-03-11')).toBe(2);
    expect(dueCount(DEFAULT_REMINDER_SETTINGS, src, '2026-03-11')).toBe(0);
  });

  it('handles thousands of people with a cadence in one pass', () => {
    const people = Array.from({ length: 5_000 }, (_, i) => person({ id: uuid(10_000 + i), name: `P${i}`, stayInTouchWeeks: 1 + (i % 12) }));
    const out = reminderNotices(settings(), sources({ people }), ctx('2026-01-02T00:00:00Z'));
    expect(out).toHaveLength(5_000);
    expect(out[0]!.at).toBeLessThanOrEqual(out[4_999]!.at);
  });
});
