// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, configure, render, waitFor } from '@testing-library/react';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { saveReminderSettings } from '../../../renderer/data/repositories/reminders';
import { useReminderSchedule } from '../../../renderer/features/reminders/useReminderSchedule';
import { DEFAULT_REMINDER_SETTINGS } from '../../../shared/schemas';
import { ensureAggregates } from '../../../renderer/data/aggregates';

// Counts the reads the schedule makes (each still reads the database, so live queries still track them).
const reads = vi.hoisted(() => ({ settings: 0, sources: 0 }));
vi.mock('../../../renderer/data/repositories/reminders', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/data/repositories/reminders')>();
  return {
    ...actual,
    getReminderSettings: () => (reads.settings++, actual.getReminderSettings()),
    readReminderSources: (today: string) => (reads.sources++, actual.readReminderSources(today)),
  };
});

const HOUR_MS = 3_600_000;
let seen: ReturnType<typeof useReminderSchedule>[] = [];
function Probe() {
  seen.push(useReminderSchedule());
  return null;
}
const latest = () => seen[seen.length - 1];

let n = 0;
beforeEach(async () => {
  reads.settings = 0;
  reads.sources = 0;
  seen = [];
  setDatabase(new SextantDB(`reminder-schedule-${++n}`));
  await db().open();
  // The derived rows (last contacts come from them) built, as in any journal after its first read:
  // building them here would count as a change and a second read of the sources.
  await ensureAggregates();
  hourly.clear();
  startTimers.clear();
  // The start delay (1 s) and hour-long intervals are held here and run by hand (`letStartPass`,
  // `passHours`); every other timer runs as usual.
  hold('setTimeout', 'clearTimeout', START_MS, startTimers);
  hold('setInterval', 'clearInterval', HOUR_MS, hourly);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db().close();
});

/** Holds the timers of `ms` milliseconds in `held` instead of starting them (the others start as usual). */
function hold(set: 'setTimeout' | 'setInterval', clear: 'clearTimeout' | 'clearInterval', ms: number, held: Map<number, () => void>) {
  const realSet = globalThis[set] as (fn: () => void, ms?: number) => unknown;
  const realClear = globalThis[clear] as (id: unknown) => void;
  vi.spyOn(globalThis, set).mockImplementation(((fn: () => void, after?: number) => {
    if (after !== ms) return realSet(fn, after);
    const id = ++timerIds;
    held.set(id, fn);
    return id;
  }) as never);
  vi.spyOn(globalThis, clear).mockImplementation(((id: number) => {
    if (!held.delete(id)) realClear(id);
  }) as never);
}

const START_MS = 1_000;
// waitFor's own time limit must not be a held 1 s timeout.
configure({ asyncUtilTimeout: 2_000 });
const startTimers = new Map<number, () => void>();
/** Lets the moment after start pass (the schedule's first journal read waits for it). */
function letStartPass() {
  act(() => {
    for (const fn of startTimers.values()) fn();
    startTimers.clear();
  });
}

const hourly = new Map<number, () => void>();
let timerIds = 1_000_000;
/** Lets `hours` hours pass for the hourly timers. */
function passHours(hours: number) {
  act(() => {
    for (let i = 0; i < hours; i++) for (const fn of hourly.values()) fn();
  });
}

describe('useReminderSchedule', () => {
  it('with every reminder off, reads the settings once and nothing else, hour after hour', async () => {
    render(<Probe />);
    await waitFor(() => expect(latest()).toEqual({ notices: [], badge: 0, settings: DEFAULT_REMINDER_SETTINGS }));
    passHours(5);
    expect(hourly.size).toBe(0);
    // A positive signal that a change would be seen: saving the settings is observed...
    await act(() => saveReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, explained: true }));
    await waitFor(() => expect(latest()?.settings.explained).toBe(true));
    // ...and it is the only read after the first: no hourly polling, no journal read.
    expect(reads).toEqual({ settings: 2, sources: 0 });
  });

  it('reads the journal only a moment after start, even with a reminder on', async () => {
    const on = { ...DEFAULT_REMINDER_SETTINGS, followUps: { enabled: true, time: '09:00' } };
    await saveReminderSettings(on);
    render(<Probe />);
    await waitFor(() => expect(reads.settings).toBe(1));
    // The settings are read (a reminder is on), the start moment has not passed: no schedule yet, no journal read.
    expect(startTimers.size).toBe(1);
    expect(latest()).toBeUndefined();
    expect(reads.sources).toBe(0);
    letStartPass();
    await waitFor(() => expect(latest()).toEqual({ notices: [], badge: 0, settings: on }));
    expect(reads.sources).toBe(1);
  });

  it('reads the journal once a reminder is on, every hour while it is on, and stops when it is off again', async () => {
    render(<Probe />);
    letStartPass();
    await waitFor(() => expect(latest()).toBeDefined());
    const on = { ...DEFAULT_REMINDER_SETTINGS, followUps: { enabled: true, time: '09:00' } };
    await act(() => saveReminderSettings(on));
    await waitFor(() => expect(reads.sources).toBe(1));
    await waitFor(() => expect(latest()?.settings.followUps.enabled).toBe(true));

    expect(hourly.size).toBe(1);
    passHours(1);
    await waitFor(() => expect(reads.sources).toBe(2));

    await act(() => saveReminderSettings(DEFAULT_REMINDER_SETTINGS));
    await waitFor(() => expect(latest()?.settings.followUps.enabled).toBe(false));
    expect(hourly.size).toBe(0);
    passHours(3);
    // Settings read three times (start, on, off); the journal twice (on, one hour later).
    expect(reads).toEqual({ settings: 3, sources: 2 });
    expect(latest()).toMatchObject({ notices: [], badge: 0 });
  });
});
