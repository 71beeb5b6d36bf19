import { describe, expect, it } from 'vitest';
import { focusReason, focusSuggestions } from '../../../shared/skills/focus';
import { skillProgress, type SkillProgress } from '../../../shared/skills/progress';
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
    evidence: { total: recent, recent, lastDate },
  };
}

describe('focusSuggestions', () => {
  it('ranks by gap, lifts skills with nothing logged in 90 days, and explains each', () => {
    const now = '2026-04-01';
    const checkIns = [
      checkIn('2026-03-01', { strategy: 3, communication: 2, research: 2, leadership: 2, 'problem-solving': 4, adaptability: 3 }),
    ];
    const targets = [
      { skill: 'strategy' as const, level: 5 }, // gap 2, evidence recent -> 2
      { skill: 'communication' as const, level: 3 }, // gap 1, nothing ever -> 1.5
      { skill: 'leadership' as const, level: 4 }, // gap 2, last entry 200 days ago -> 2.5
      { skill: 'problem-solving' as const, level: 4 }, // gap 0: never suggested
      { skill: 'adaptability' as const, level: 2 }, // above target: never suggested
    ];
    const entries = [entry('2026-03-15', 'strategy'), entry('2025-09-13', 'leadership')];
    const s = focusSuggestions(skillProgress(checkIns, targets, entries, now));
    expect(s.map((x) => [x.skill, x.score])).toEqual([
      ['leadership', 2.5],
      ['strategy', 2],
      ['communication', 1.5],
    ]);
    expect(s.map((x) => x.reason)).toEqual([
      'Leadership & influence: 2 below target, nothing logged in 90 days (last on 13 Sept 2025)',
      'Product strategy & roadmapping: 2 below target, 1 entry in the last 90 days',
      'Communication & collaboration: 1 below target, nothing logged in 90 days',
    ]);
    expect(s[0]).toMatchObject({ gap: 2, recentEvidence: 0, lastEvidenceDate: '2025-09-13' });
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
    expect(focusReason({ name: 'Market research & analysis', evidence: { total: 5, recent: 3, lastDate: '2026-03-01' } }, 1)).toBe(
      'Market research & analysis: 1 below target, 3 entries in the last 90 days',
    );
  });
});
