import { afterEach, describe, expect, it } from 'vitest';
import { nowIso, setClock, today } from '../../../renderer/data/clock';

const real = nowIso;

describe('the clock', () => {
  afterEach(() => setClock(() => new Date().toISOString()));

  it('gives today() on the pinned clock, as the person’s local date', () => {
    // Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
    setClock(() => '2026-03-01T12:00:00.000Z');
    expect(nowIso()).toBe('2026-03-01T12:00:00.000Z');
    expect(today()).toBe('2026-03-01');
    setClock(() => '2027-12-31T12:00:00.000Z');
    expect(today()).toBe('2027-12-31');
  });

  it('runs on the real time when not pinned', () => {
    const before = Date.now();
    const stamp = Date.parse(real());
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
