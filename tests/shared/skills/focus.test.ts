import { describe, expect, it } from 'vitest';
import { focusReason, focusSuggestions } from '../../../shared/skills/focus';
import { skillProgress, skillsDataNote, type SkillProgress } from '../../../shared/skills/progress';
import type { SkillId } from '../../../shared/domain/framework';
import { checkIn, entry } from './fixtures';

/** A progress row with just what focus ranking reads. */
function row(skill: SkillId, name: string, gap: number | null, recent: number, lastDate: string | null): SkillProgress {
  return {
    skill,
    name,
    current: 1,
    currentDate: '2026-01-01',
    target: null,
    targetDate: null,
    gap,
    reference: null,
    trend: null,
    evidence: { total: recent, recent, weight: recent, lastDate },
  };
}

describe('focusSuggestions', () => {
  it('ranks by gap weighed by the age of the rating, lifts quiet skills smoothly, and explains each', () => {
    const now = '2026-04-01';
    const checkIns = [
      checkIn('2026-03-01', { strategy: 3, communication: 2, research: 2, leadership: 2, 'problem-solving': 4, adaptability: 3 }),
    ];
    const targets = [
      { skill: 'strategy' as const, level: 5 }, // gap 2
      { skill: 'communication' as const, level: 3 }, // gap 1, nothing ever
      { skill: 'leadership' as const, level: 4 }, // gap 2, last entry 200 days ago
      { skill: 'problem-solving' as const, level: 4 }, // gap 0: never suggested
      { skill: 'adaptability' as const, level: 2 }, // above target: never suggested
    ];
    const entries = [entry('2026-03-15', 'strategy'), entry('2025-09-13', 'leadership')];
    const s = focusSuggestions(skillProgress(checkIns, targets, entries, now), 3, now);
    // The rating is 31 days old: weight 0.5^(31/365) = 0.943. Quiet lift 0.5 / (1 + evidence weight):
    // leadership 2 x 0.943 + 0.5 / (1 + 0.214) = 2.30; strategy 1.886 + 0.5 / (1 + 0.877) = 2.15;
    // communication 0.943 + 0.5 = 1.44.
    expect(s.map((x) => [x.skill, x.score])).toEqual([
      ['leadership', 2.3],
      ['strategy', 2.15],
      ['communication', 1.44],
    ]);
    expect(s.map((x) => x.reason)).toEqual([
      'Leadership & influence: 2 below target, nothing logged in 90 days (last on 13 Sept 2025)',
      'Product strategy & roadmapping: 2 below target, 1 entry in the last 90 days',
      'Communication & collaboration: 1 below target, nothing logged in 90 days',
    ]);
    expect(s[0]).toMatchObject({ gap: 2, recentEvidence: 0, lastEvidenceDate: '2025-09-13', stale: false, ratingWeight: 0.94 });
  });

  it('flags a stale rating and lets it count less: a four-year-old gap of 2 ranks below a fresh gap of 1', () => {
    const now = '2026-03-01';
    const checkIns = [checkIn('2022-03-01', { strategy: 2 }), checkIn('2026-02-28', { research: 3 })];
    const targets = [
      { skill: 'strategy' as const, level: 4 },
      { skill: 'research' as const, level: 4 },
    ];
    const s = focusSuggestions(skillProgress(checkIns, targets, [], now), 3, now);
    // Strategy: 1461 days, weight 0.5^4.0 = 0.062: 2 x 0.062 + 0.5 = 0.62. Research: about 1 + 0.5 = 1.5.
    expect(s.map((x) => [x.skill, x.score, x.stale])).toEqual([
      ['research', 1.5, false],
      ['strategy', 0.62, true],
    ]);
    expect(s[1]!.reason).toBe(
      'Product strategy & roadmapping: 2 below target (rated 4 years ago: check in again), nothing logged in 90 days',
    );
  });

  it('has no cliff at 90 days: evidence 89 and 91 days old lifts a skill almost equally', () => {
    const now = '2026-04-01';
    const checkIns = [checkIn(now, { strategy: 2, research: 2 })];
    const targets = [
      { skill: 'strategy' as const, level: 3 },
      { skill: 'research' as const, level: 3 },
    ];
    // 89 days: 0.5 / (1 + 0.504) = 0.3325; 91 days: 0.5 / (1 + 0.496) = 0.3342.
    const s = focusSuggestions(
      skillProgress(checkIns, targets, [entry('2026-01-02', 'strategy'), entry('2025-12-31', 'research')], now),
      3,
      now,
    );
    expect(s.map((x) => [x.skill, x.score])).toEqual([
      ['research', 1.33],
      ['strategy', 1.33],
    ]);
  });

  it('ignores a check-in dated in the future, and says so', () => {
    const now = '2026-03-01';
    const checkIns = [checkIn('2026-02-01', { strategy: 2 }), checkIn('2099-01-01', { strategy: 5 })];
    const p = skillProgress(checkIns, [{ skill: 'strategy', level: 4 }], [entry('2099-02-01', 'strategy')], now);
    expect(p[0]).toMatchObject({ current: 2, gap: 2 });
    expect(focusSuggestions(p, 3, now).map((x) => x.skill)).toEqual(['strategy']);
    expect(skillsDataNote(checkIns, 1, now)).toBe(
      '1 check-in and 1 entry dated after today are not counted until then. Check the date if that is a typo.',
    );
    expect(skillsDataNote(checkIns.slice(0, 1), 0, now)).toBeNull();
  });

  it('breaks score ties by older evidence first (none oldest), then framework order', () => {
    const s = focusSuggestions(
      [
        row('strategy', 'S', 2, 0, '2025-10-01'),
        row('communication', 'C', 2, 0, null),
        row('research', 'R', 2, 0, '2025-08-01'),
        row('leadership', 'L', 2, 0, '2025-08-01'),
      ],
      6,
    );
    expect(s.map((x) => x.skill)).toEqual(['communication', 'research', 'leadership', 'strategy']);
  });

  it('keeps at most `limit` suggestions (3 by default)', () => {
    const rows = (['strategy', 'communication', 'research', 'leadership'] as const).map((id) => row(id, id, 1, 1, '2026-03-01'));
    expect(focusSuggestions(rows).map((x) => x.skill)).toEqual(['strategy', 'communication', 'research']);
    expect(focusSuggestions(rows, 1)).toHaveLength(1);
  });

  it('suggests nothing before the first check-in or without targets', () => {
    expect(focusSuggestions(skillProgress([], [{ skill: 'research', level: 5 }], [], '2026-04-01'))).toEqual([]);
    expect(focusSuggestions(skillProgress([checkIn('2026-03-01', { research: 1 })], [], [], '2026-04-01'))).toEqual([]);
  });
});

describe('focusReason', () => {
  it('counts recent entries in words', () => {
    expect(
      focusReason({ name: 'Market research & analysis', evidence: { total: 5, recent: 3, weight: 2.5, lastDate: '2026-03-01' } }, 1),
    ).toBe('Market research & analysis: 1 below target, 3 entries in the last 90 days');
  });
});
