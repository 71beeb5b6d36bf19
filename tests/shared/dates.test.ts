import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, formatDate, isIsoDate, localDate } from '../../shared/dates';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

describe('isIsoDate', () => {
  it.each(['2026-03-14', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (s) => expect(isIsoDate(s)).toBe(true));
  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-3-14',
    '14/03/2026',
    '2026-03-14T00:00:00Z',
    '',
  ])('rejects %s', (s) => expect(isIsoDate(s)).toBe(false));
});

describe('daysBetween and addDays', () => {
  it('counts 2 days across the European spring daylight-saving change (29 March 2026)', () => {
    for (const tz of ['Europe/Berlin', 'America/New_York', 'UTC']) {
      process.env.TZ = tz;
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    }
  });
  it('counts across the autumn change and the US spring change too', () => {
    process.env.TZ = 'Europe/London';
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });
  it('handles leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 365)).toBe('2025-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('is negative backwards, and addDays accepts negative n across a year', () => {
    expect(daysBetween('2026-03-10', '2026-03-07')).toBe(-3);
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
  it('throws on a string that is not YYYY-MM-DD', () => {
    expect(() => daysBetween('2026-3-1', '2026-03-02')).toThrow(RangeError);
    expect(() => addDays('yesterday', 1)).toThrow('Not a YYYY-MM-DD date: yesterday');
  });
});

describe('localDate, formatDate, compareDates', () => {
  it("takes the local calendar day of an instant, not UTC's", () => {
    // 23:30 UTC on 14 March is already 15 March in Berlin (UTC+1) and still 14 March in New York.
    const instant = new Date('2026-03-14T23:30:00Z');
    process.env.TZ = 'Europe/Berlin';
    expect(localDate(instant)).toBe('2026-03-15');
    process.env.TZ = 'America/New_York';
    expect(localDate(instant)).toBe('2026-03-14');
  });
  it('formats without shifting the day, whatever the time zone', () => {
    process.env.TZ = 'Pacific/Honolulu';
    expect(formatDate('2026-03-03')).toBe('3 Mar 2026');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
  });
  it('writes British month names as Intl does for en-GB (September is "Sept"), other locales through Intl', () => {
    expect(formatDate('2025-09-01')).toBe('1 Sept 2025');
    expect(formatDate('0999-06-09')).toBe('9 Jun 999');
    for (let day = 0; day < 366; day += 1) {
      const date = addDays('2024-01-01', day);
      expect(formatDate(date)).toBe(
        new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${date}T00:00:00Z`),
        ),
      );
    }
    expect(formatDate('2026-03-03', 'en-US')).toBe('Mar 3, 2026');
    expect(() => formatDate('2026-3-3')).toThrow(RangeError);
  });
  it('compares dates for ascending sort', () => {
    expect(['2026-03-10', '2025-12-31', '2026-01-02'].sort(compareDates)).toEqual(['2025-12-31', '2026-01-02', '2026-03-10']);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
  });
});

describe('years before 100', () => {
  it('reads "0026-03-01" as the year 26, not 1926 (a date input can give it)', () => {
    expect(isIsoDate('0026-03-01')).toBe(true);
    expect(isIsoDate('0026-02-29')).toBe(false);
    expect(addDays('0026-12-31', 1)).toBe('0027-01-01');
  });
});

describe('calendar arithmetic without Date objects', () => {
  // The Date-based versions these replaced (kept here as the reference).
  const refDay = (y: number, mo: number, d: number) => {
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    return t.getTime() / 86_400_000;
  };
  const refIsIsoDate = (y: number, mo: number, d: number) => {
    const t = new Date(refDay(y, mo, d) * 86_400_000);
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  };
  const pad = (n: number, w: number) => String(n).padStart(w, '0');

  it('gives the days between dates and whether a date exists as Date does, for any year, and any month or day in range or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, mo, d) => {
        const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
        expect(daysBetween('1970-01-01', s)).toBe(refDay(y, mo, d));
        expect(isIsoDate(s)).toBe(refIsIsoDate(y, mo, d));
      }),
      { numRuns: 5000 },
    );
    // Leap days and the ends of centuries, one by one.
    for (const s of [
      '2024-02-29',
      '2100-02-29',
      '2000-02-29',
      '1900-02-29',
      '0000-02-29',
      '0026-03-01',
      '2026-12-31',
      '2026-13-01',
      '2026-00-10',
    ])
      expect([daysBetween('1970-01-01', s), isIsoDate(s)]).toEqual([
        refDay(...(s.split('-').map(Number) as [number, number, number])),
        refIsIsoDate(...(s.split('-').map(Number) as [number, number, number])),
      ]);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(addDays('1999-12-31', 1)).toBe('2000-01-01');
  });

  it('reads a date by its characters exactly where YYYY-MM-DD matches: any other string throws, as the pattern did', () => {
    const shape = /^(\d{4})-(\d{2})-(\d{2})$/;
    // Strings near the shape: digits, dashes, look-alikes ("/", "٣", "+", " ", a line break) at any place, lengths 9-11.
    const near = fc
      .array(fc.constantFrom('0', '1', '2', '9', '-', '/', '\u0663', '+', ' ', '\n', 'a'), { minLength: 9, maxLength: 11 })
      .map((cs) => cs.join(''));
    const dated = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, mo, d]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`)
      .chain((s) =>
        fc.integer({ min: 0, max: 9 }).map((i): [string, string] => [s, s.slice(0, i) + (s[i] === '-' ? '0' : '-') + s.slice(i + 1)]),
      );
    fc.assert(
      fc.property(near, dated, (s, [good, bent]) => {
        for (const x of [s, good, bent, `${good}\n`, ` ${good}`]) {
          if (shape.test(x)) expect(daysBetween('1970-01-01', x)).toBe(refDay(...(x.split('-').map(Number) as [number, number, number])));
          else expect(() => daysBetween('1970-01-01', x)).toThrow(`Not a YYYY-MM-DD date: ${x}`);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
