import fc from 'fast-check';
import { addDays } from '../../../shared/dates';
import { SKILL_IDS } from '../../../shared/domain/framework';
import { describe, expect, it } from 'vitest';
import {
  currentLevels,
  defaultReferenceCheckIn,
  evidenceCounts,
  evidenceOfRows,
  levelHistory,
  levelsAt,
  levelsThrough,
  previousCheckIn,
  skillProgress,
  skillProgressOfRows,
  sortCheckIns,
} from '../../../shared/skills/progress';
import { checkIn, entry } from './fixtures';

const A = checkIn('2025-06-01', { strategy: 2, communication: 3, research: 1, leadership: 2, 'problem-solving': 3, adaptability: 4 });
const B = checkIn('2026-01-15', { strategy: 3, communication: 3, research: 2, leadership: 2, 'problem-solving': 3, adaptability: 3 });
// A partial check-in: only two skills rated.
const C = checkIn('2026-03-01', { strategy: 3, leadership: 3 });
const NOW = '2026-04-01';

describe('currentLevels', () => {
  it('is null for every skill before the first check-in', () => {
    expect(currentLevels([])).toEqual({
      strategy: null,
      communication: null,
      research: null,
      leadership: null,
      'problem-solving': null,
      adaptability: null,
    });
  });

  it('takes the only check-in as it is', () => {
    expect(currentLevels([A])).toEqual({
      strategy: 2,
      communication: 3,
      research: 1,
      leadership: 2,
      'problem-solving': 3,
      adaptability: 4,
    });
  });

  it('takes each skill from the newest check-in that rated it, whatever the input order', () => {
    expect(currentLevels([C, A, B])).toEqual({
      strategy: 3,
      communication: 3,
      research: 2,
      leadership: 3,
      'problem-solving': 3,
      adaptability: 3,
    });
  });

  it('breaks a same-day tie by when the check-in was saved', () => {
    const morning = checkIn('2026-02-02', { research: 2 }, '2026-02-02T08:00:00.000Z');
    const evening = checkIn('2026-02-02', { research: 4 }, '2026-02-02T20:00:00.000Z');
    expect(currentLevels([evening, morning]).research).toBe(4);
    expect(sortCheckIns([evening, morning]).map((c) => c.id)).toEqual([morning.id, evening.id]);
  });
});

describe('levelsAt', () => {
  it('ignores check-ins after the date and keeps where each level came from', () => {
    const at = levelsAt([A, B, C], '2026-02-28');
    expect(at.strategy).toEqual({ level: 3, date: '2026-01-15', checkInId: B.id });
    expect(at.leadership).toEqual({ level: 2, date: '2026-01-15', checkInId: B.id });
  });

  it('includes a check-in dated exactly on the day', () => {
    expect(levelsAt([A, B, C], '2026-03-01').leadership?.level).toBe(3);
  });

  it('is null before any check-in', () => {
    expect(levelsAt([A], '2025-05-31').strategy).toBeNull();
  });
});

describe('defaultReferenceCheckIn', () => {
  it('is null with no check-in or exactly one', () => {
    expect(defaultReferenceCheckIn([], NOW)).toBeNull();
    expect(defaultReferenceCheckIn([A], NOW)).toBeNull();
  });

  it('picks the oldest check-in within the last 365 days, never the newest', () => {
    const old = checkIn('2024-01-10', { strategy: 1 });
    expect(defaultReferenceCheckIn([C, B, old, A], NOW)?.id).toBe(A.id);
  });

  it('falls back to the newest earlier check-in when none is in the window', () => {
    const old1 = checkIn('2023-05-01', { strategy: 1 });
    const old2 = checkIn('2024-05-01', { strategy: 2 });
    expect(defaultReferenceCheckIn([old1, old2, C], NOW)?.id).toBe(old2.id);
  });

  it('counts the window in calendar days across the autumn clock change', () => {
    // 2025-11-02 is exactly 365 days before 2026-11-02 (both sides of the US/EU clock changes).
    const before = checkIn('2025-11-01', { strategy: 1 });
    const edge = checkIn('2025-11-02', { strategy: 2 });
    const mid = checkIn('2026-05-01', { strategy: 3 });
    const latest = checkIn('2026-11-01', { strategy: 4 });
    const all = [latest, mid, edge, before];
    expect(defaultReferenceCheckIn(all, '2026-11-02')?.id).toBe(edge.id);
    // One day later the window starts on 2025-11-03, so the edge check-in drops out.
    expect(defaultReferenceCheckIn(all, '2026-11-03')?.id).toBe(mid.id);
  });
});

describe('levelHistory', () => {
  it('lists one point per check-in that rated the skill, oldest first', () => {
    expect(levelHistory([C, A, B], 'leadership')).toEqual([
      { level: 2, date: '2025-06-01', checkInId: A.id },
      { level: 2, date: '2026-01-15', checkInId: B.id },
      { level: 3, date: '2026-03-01', checkInId: C.id },
    ]);
    expect(levelHistory([C, A, B], 'research').map((p) => p.level)).toEqual([1, 2]);
    expect(levelHistory([], 'research')).toEqual([]);
  });
});

describe('evidenceCounts', () => {
  it('counts the 90 days ending today across the spring clock change (today and the 89 before)', () => {
    // 2026-03-08 (US) and 2026-03-29 (EU) fall inside the window; dates are calendar days so neither shifts it.
    const entries = [entry('2026-03-30', 'research'), entry('2025-12-31', 'research'), entry('2025-12-30', 'research')];
    // 2025-12-31 -> 2026-03-30 is 1 + 31 + 28 + 29 = 89 days (in); 2025-12-30 is 90 days (out).
    // Weight: today 1, 89 days 0.5^(89/90) = 0.504, 90 days 0.5: 2.004 → 2.
    expect(evidenceCounts(entries, 'research', '2026-03-30')).toEqual({ total: 3, recent: 2, weight: 2, lastDate: '2026-03-30' });
  });

  it('ignores future-dated entries, as everywhere', () => {
    expect(evidenceCounts([entry('2026-05-01', 'research')], 'research', NOW)).toEqual({ total: 0, recent: 0, weight: 0, lastDate: null });
  });

  it('is zero with no entries', () => {
    expect(evidenceCounts([], 'leadership', NOW)).toEqual({ total: 0, recent: 0, weight: 0, lastDate: null });
  });
});

describe('skillProgress', () => {
  const targets = [
    { skill: 'strategy' as const, level: 4, targetDate: '2026-12-31' },
    { skill: 'leadership' as const, level: 5 },
    { skill: 'research' as const, level: 2 },
    { skill: 'adaptability' as const, level: 3 },
  ];
  const entries = [
    entry('2026-03-20', 'strategy', 'leadership'),
    entry('2025-12-01', 'strategy'), // 121 days before NOW
    entry('2026-05-01', 'research'), // in the future
    entry('2026-01-02', 'communication', 'research', 'strategy'), // 89 days before NOW
    entry('2026-01-01', 'communication'), // 90 days before NOW
  ];

  it('gives level, target, gap, trend against the default reference and evidence for each skill', () => {
    const p = skillProgress([A, B, C], targets, entries, NOW);
    expect(p.map((s) => s.skill)).toEqual(['strategy', 'communication', 'research', 'leadership', 'problem-solving', 'adaptability']);
    expect(p[0]).toEqual({
      skill: 'strategy',
      name: 'Product strategy & roadmapping',
      current: 3,
      currentDate: '2026-03-01',
      target: 4,
      targetDate: '2026-12-31',
      gap: 1,
      reference: 2,
      trend: 1,
      // Weight: 12 days 0.912, 121 days 0.394, 89 days 0.504.
      evidence: { total: 3, recent: 2, weight: 1.81, lastDate: '2026-03-20' },
    });
    expect(p.map((s) => s.gap)).toEqual([1, null, 0, 2, null, 0]);
    expect(p.map((s) => s.trend)).toEqual([1, 0, 1, 1, 0, -1]);
    // Research's May entry is in the future: not counted.
    expect(p.map((s) => s.evidence.total)).toEqual([3, 2, 1, 1, 0, 0]);
    expect(p.map((s) => s.evidence.recent)).toEqual([2, 1, 1, 1, 0, 0]);
    expect(p[2]!.evidence.lastDate).toBe('2026-01-02');
    expect(p[3]).toMatchObject({ current: 3, target: 5, targetDate: null, gap: 2, reference: 2 });
  });

  it('compares against a chosen reference date instead', () => {
    const p = skillProgress([A, B, C], targets, entries, NOW, '2026-01-15');
    expect(p.map((s) => s.reference)).toEqual([3, 3, 2, 2, 3, 3]);
    expect(p.map((s) => s.trend)).toEqual([0, 0, 0, 1, 0, 0]);
  });

  it('has no gap or trend before the first check-in, even with targets', () => {
    const p = skillProgress([], targets, entries, NOW);
    expect(p.every((s) => s.current === null && s.gap === null && s.trend === null && s.reference === null)).toBe(true);
    expect(p[0]!.target).toBe(4);
  });

  it('has no trend with exactly one check-in, and no gap without targets', () => {
    const p = skillProgress([A], [], [], NOW);
    expect(p.map((s) => s.current)).toEqual([2, 3, 1, 2, 3, 4]);
    expect(p.every((s) => s.gap === null && s.trend === null && s.target === null)).toBe(true);
  });

  it('reports an over-target skill as a negative gap', () => {
    const p = skillProgress([A], [{ skill: 'adaptability', level: 2 }], [], NOW);
    expect(p[5]!.gap).toBe(-2);
  });
});

describe('comparing two check-ins of the same day', () => {
  const morning = checkIn('2026-03-30', { strategy: 2, research: 1 }, '2026-03-30T08:00:00.000Z');
  const evening = checkIn('2026-03-30', { strategy: 4, research: 1 }, '2026-03-30T20:00:00.000Z');

  it('reads the levels as the first one left them, not the day’s end', () => {
    expect(levelsThrough([evening, A, morning], morning.id).strategy?.level).toBe(2);
    expect(levelsThrough([evening, A, morning], evening.id).strategy?.level).toBe(4);
    // A's research rating (1) and adaptability (4) still count: they came before.
    expect(levelsThrough([evening, A, morning], morning.id).adaptability?.level).toBe(4);
    expect(levelsThrough([A], 'no-such-id').strategy).toBeNull();
  });

  it('names the check-in saved just before, whatever the input order', () => {
    expect(previousCheckIn([evening, morning, A], evening.id)?.id).toBe(morning.id);
    expect(previousCheckIn([evening, morning, A], morning.id)?.id).toBe(A.id);
    expect(previousCheckIn([evening, morning, A], A.id)).toBeNull();
  });

  it('shows the change against the first by default (+2), where a date reference would show 0', () => {
    const p = skillProgress([morning, evening], [], [], '2026-03-30');
    expect(p[0]).toMatchObject({ current: 4, reference: 2, trend: 2 });
    expect(skillProgress([morning, evening], [], [], '2026-03-30', '2026-03-30')[0]!.trend).toBe(0);
  });
});

describe('skillProgress evidence, grouped by skill in one pass', () => {
  it('equals evidenceCounts over every entry for each skill (repeated skills, future dates, counts)', () => {
    const evidence = fc.record({
      date: fc.integer({ min: -400, max: 30 }).map((n) => addDays('2026-03-01', n)),
      skills: fc.array(fc.constantFrom(...SKILL_IDS), { maxLength: 4 }),
      count: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(evidence, { maxLength: 60 }), (entries) => {
        const got = skillProgress([], [], entries, '2026-03-01').map((p) => p.evidence);
        expect(got).toEqual(SKILL_IDS.map((s) => evidenceCounts(entries, s, '2026-03-01')));
      }),
    );
  });
});

describe('skillProgressOfRows', () => {
  it('gives exactly what skillProgress gives for evidenceOfRows of the same rows (levels, targets, every evidence figure)', () => {
    const day = fc.integer({ min: -800, max: 40 }).map((n) => addDays('2026-03-01', n));
    const row = fc.record({
      skill: fc.constantFrom(...SKILL_IDS),
      days: fc.dictionary(day, fc.integer({ min: 1, max: 9 }), { maxKeys: 40 }),
    });
    const level = fc.integer({ min: 1, max: 5 });
    const ratings = fc.dictionary(fc.constantFrom(...SKILL_IDS), level);
    const checkIns = fc.array(fc.tuple(day, ratings), { maxLength: 4 }).map((cs) => cs.map(([d, r]) => checkIn(d, r)));
    const targets = fc.array(fc.record({ skill: fc.constantFrom(...SKILL_IDS), level, targetDate: fc.option(day, { nil: undefined }) }), {
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), checkIns, targets, day, (rows, cs, ts, now) => {
        const got = skillProgressOfRows(cs, ts, rows, now);
        expect(got).toStrictEqual(skillProgress(cs, ts, evidenceOfRows(rows), now));
        expect(JSON.stringify(got)).toBe(JSON.stringify(skillProgress(cs, ts, evidenceOfRows(rows), now)));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a row of a skill by hand: today weighs 1, 90 days ago 0.5 and is not recent, a future day does not count', () => {
    const rows = [{ skill: 'research' as const, days: { '2026-03-01': 2, '2025-12-01': 1, '2026-03-05': 4 } }];
    const research = skillProgressOfRows([], [], rows, '2026-03-01').find((p) => p.skill === 'research')!;
    expect(research.evidence).toEqual({ total: 3, recent: 2, weight: 2.5, lastDate: '2026-03-01' });
  });
});
