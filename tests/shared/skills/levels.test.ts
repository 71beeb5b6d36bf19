import { describe, expect, it } from 'vitest';
import { SKILL_IDS, SKILL_LEVELS } from '../../../shared/domain/framework';
import { LEVEL_DESCRIPTIONS, isSkillLevel, levelDescription, levelLabel } from '../../../shared/skills/levels';
import { CheckIn } from '../../../shared/schemas';

describe('level descriptions', () => {
  it('describe every level of every skill, each differently', () => {
    const all = SKILL_IDS.flatMap((id) => SKILL_LEVELS.map((l) => levelDescription(id, l)));
    expect(all).toHaveLength(30);
    expect(all.every((d) => d.length > 20)).toBe(true);
    expect(new Set(all).size).toBe(30);
    expect(Object.keys(LEVEL_DESCRIPTIONS).sort()).toEqual([...SKILL_IDS].sort());
  });

  it('label a level with its short name', () => {
    expect(levelLabel(1)).toBe('1 · New to it');
    expect(levelLabel(5)).toBe('5 · Could teach it');
    expect(isSkillLevel(0)).toBe(false);
    expect(isSkillLevel(2.5)).toBe(false);
  });
});

describe('CheckIn schema', () => {
  const base = {
    id: '2b0c1f8e-3c1d-4a43-9a6e-0d6f3c9a7b11',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    date: '2026-03-01',
    blind: false,
  };

  it('refuses a skill rated twice, naming where', () => {
    const r = CheckIn.safeParse({
      ...base,
      ratings: [
        { skill: 'research', level: 2 },
        { skill: 'research', level: 3 },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['ratings', 'each skill can be rated only once']]);
  });

  it('refuses a level outside 1-5 at the rating', () => {
    const r = CheckIn.safeParse({ ...base, ratings: [{ skill: 'research', level: 6 }] });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['ratings.0.level', 'must be from 1 to 5']]);
  });
});
