import { describe, expect, it } from 'vitest';
import { createReminderRunner, groupText, MAX_TIMER_MS, type ReminderAlert } from '../../../shared/reminders/runner';
import { reminderNotices, type ReminderNotice } from '../../../shared/reminders/notices';
import { DEFAULT_REMINDER_SETTINGS } from '../../../shared/schemas';

/** A hand-driven clock with timers: advance() fires each timer at its due time, in order. */
function fakeClock(start: string) {
  let now = Date.parse(start);
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      seq += 1;
      timers.set(seq, { at: now + ms, fn });
      return seq;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    get pending() {
      return timers.size;
    },
    /** Moves time forward to `to`, firing timers as they come due (and what they schedule). */
    async advance(to: string) {
      const end = Date.parse(to);
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
        await new Promise((r) => setTimeout(r, 0));
      }
      now = end;
    },
    /** The computer slept: time jumps and no timer fired. */
    sleepUntil(to: string) {
      now = Date.parse(to);
    },
  };
}

const notice = (id: string, at: string): ReminderNotice => ({
  id,
  kind: 'follow-up',
  at: Date.parse(at),
  title: `Follow up ${id}`,
  body: '',
  target: '/',
});

function setup(start: string, shownBefore: string[] = []) {
  const clock = fakeClock(start);
  const shown = new Set(shownBefore);
  const alerts: { at: string; alert: ReminderAlert }[] = [];
  const runner = createReminderRunner({
    ...clock,
    claim: (ids) => {
      const fresh = ids.filter((id) => !shown.has(id));
      for (const id of fresh) shown.add(id);
      return fresh;
    },
    show: (alert) => alerts.push({ at: new Date(clock.now()).toISOString(), alert }),
  });
  return { clock, runner, alerts, shown };
}

describe('the reminder runner', () => {
  it('shows a reminder at its time, once, with one timer however many reminders are scheduled', async () => {
    const { clock, runner, alerts } = setup('2026-03-10T06:00:00Z');
    const many = Array.from({ length: 3_000 }, (_, i) =>
      notice(`n${i}`, new Date(Date.parse('2026-04-01T00:00:00Z') + i * 60_000).toISOString()),
    );
    await runner.update([notice('a', '2026-03-10T08:00:00Z'), ...many]);
    expect(clock.pending).toBe(1);
    expect(runner.nextWake).toBe(Date.parse('2026-03-10T06:00:00Z') + MAX_TIMER_MS);
    await clock.advance('2026-03-10T09:00:00Z');
    expect(alerts).toEqual([{ at: '2026-03-10T08:00:00.000Z', alert: { kind: 'single', notice: notice('a', '2026-03-10T08:00:00Z') } }]);
    await runner.check();
    await runner.update([notice('a', '2026-03-10T08:00:00Z')]);
    expect(alerts).toHaveLength(1);
    expect(clock.pending).toBe(0);
  });

  it('fires a 09:00 Berlin reflection at 09:00 local on both sides of the change to summer time', async () => {
    const s = {
      ...DEFAULT_REMINDER_SETTINGS,
      reflection: { enabled: true, time: '09:00', frequency: 'daily' as const, weekday: 1, since: '2026-03-28T00:00:00Z' },
    };
    const { clock, runner, alerts } = setup('2026-03-28T06:00:00Z');
    const sources = { followUps: [], people: [], lastContacts: new Map(), goals: [] };
    const schedule = () => reminderNotices(s, sources, { now: clock.now(), timeZone: 'Europe/Berlin', locked: false, snoozes: [] });
    await runner.update(schedule());
    await clock.advance('2026-03-28T12:00:00Z');
    await runner.update(schedule());
    await clock.advance('2026-03-29T12:00:00Z');
    expect(alerts.map((a) => a.at)).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z']);
  });

  it('groups what was missed while the computer slept into one alert, shown once', async () => {
    const { clock, runner, alerts } = setup('2026-03-10T06:00:00Z');
    await runner.update([notice('a', '2026-03-10T08:00:00Z'), notice('b', '2026-03-10T09:00:00Z'), notice('c', '2026-03-11T09:00:00Z')]);
    clock.sleepUntil('2026-03-10T20:00:00Z');
    await runner.check(); // the wake-from-sleep check
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.alert).toEqual({
      kind: 'group',
      notices: [notice('a', '2026-03-10T08:00:00Z'), notice('b', '2026-03-10T09:00:00Z')],
    });
    await runner.check();
    expect(alerts).toHaveLength(1);
    expect(runner.nextWake).toBe(Date.parse('2026-03-10T20:05:00Z'));
  });

  it('does not show again after a restart what an earlier run (or another window) recorded as shown', async () => {
    const { runner, alerts } = setup('2026-03-10T10:00:00Z', ['a']);
    await runner.update([notice('a', '2026-03-10T08:00:00Z'), notice('b', '2026-03-10T09:00:00Z')]);
    expect(alerts.map((a) => a.alert)).toEqual([{ kind: 'single', notice: notice('b', '2026-03-10T09:00:00Z') }]);
  });

  it('cancels a reminder that leaves the schedule (an edited or deleted follow-up)', async () => {
    const { clock, runner, alerts } = setup('2026-03-10T06:00:00Z');
    await runner.update([notice('a', '2026-03-10T08:00:00Z')]);
    await runner.update([]);
    expect(clock.pending).toBe(0);
    await clock.advance('2026-03-10T12:00:00Z');
    expect(alerts).toEqual([]);
  });

  it('words a group with the first three titles and a count', () => {
    const ns = ['a', 'b', 'c', 'd', 'e'].map((id) => notice(id, '2026-03-10T08:00:00Z'));
    expect(groupText(ns)).toEqual({ title: '5 reminders are due', body: 'Follow up a; Follow up b; Follow up c; and 2 more' });
    expect(groupText(ns.slice(0, 2)).body).toBe('Follow up a; Follow up b');
  });
});
