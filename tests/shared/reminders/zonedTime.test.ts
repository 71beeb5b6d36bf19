import { describe, expect, it } from 'vitest';
import { onOrAfterWeekday, wallClock, zonedDate, zonedInstant, zoneOffsetMinutes } from '../../../shared/reminders/zonedTime';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedInstant keeps the local time across daylight-saving changes', () => {
  // Europe/Berlin: clocks go 02:00 -> 03:00 on Sun 29 Mar 2026 and 03:00 -> 02:00 on Sun 25 Oct 2026.
  it('Europe/Berlin: 09:00 is 08:00Z in winter time and 07:00Z the day clocks go forward', () => {
    expect(iso(zonedInstant('2026-03-28', '09:00', 'Europe/Berlin'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(zonedInstant('2026-03-29', '09:00', 'Europe/Berlin'))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(zonedInstant('2026-10-24', '09:00', 'Europe/Berlin'))).toBe('2026-10-24T07:00:00.000Z');
    expect(iso(zonedInstant('2026-10-25', '09:00', 'Europe/Berlin'))).toBe('2026-10-25T08:00:00.000Z');
  });

  // America/New_York: 02:00 -> 03:00 on Sun 8 Mar 2026, 02:00 -> 01:00 on Sun 1 Nov 2026.
  it('America/New_York: 09:00 is 14:00Z in standard time and 13:00Z in daylight time', () => {
    expect(iso(zonedInstant('2026-03-07', '09:00', 'America/New_York'))).toBe('2026-03-07T14:00:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '09:00', 'America/New_York'))).toBe('2026-03-08T13:00:00.000Z');
    expect(iso(zonedInstant('2026-10-31', '09:00', 'America/New_York'))).toBe('2026-10-31T13:00:00.000Z');
    expect(iso(zonedInstant('2026-11-01', '09:00', 'America/New_York'))).toBe('2026-11-01T14:00:00.000Z');
  });

  it('moves a time skipped by the spring change forward by the gap (02:30 Berlin becomes 03:30 summer time)', () => {
    const at = zonedInstant('2026-03-29', '02:30', 'Europe/Berlin');
    expect(iso(at)).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClock(at, 'Europe/Berlin')).toEqual({ date: '2026-03-29', minutes: 3 * 60 + 30, weekday: 0 });
  });

  it('takes the first of a time that happens twice in autumn (01:30 New York daylight time)', () => {
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('reads offsets and local dates with an explicit zone, not the process zone', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-01-01T12:00:00Z'), 'America/New_York')).toBe(-300);
    // 03:00Z is still the previous evening in New York and already morning in Berlin.
    expect(zonedDate(Date.parse('2026-05-02T03:00:00Z'), 'America/New_York')).toBe('2026-05-01');
    expect(zonedDate(Date.parse('2026-05-02T03:00:00Z'), 'Europe/Berlin')).toBe('2026-05-02');
  });

  it('finds the next date on a weekday', () => {
    // 2026-03-10 is a Tuesday.
    expect(onOrAfterWeekday('2026-03-10', 2)).toBe('2026-03-10');
    expect(onOrAfterWeekday('2026-03-10', 5)).toBe('2026-03-13');
    expect(onOrAfterWeekday('2026-03-10', 1)).toBe('2026-03-16');
  });
});
