import { describe, expect, it } from 'vitest';
import { checkInFormProblems } from '../../../renderer/features/skills/CheckInForm';
import { targetDrafts } from '../../../renderer/features/skills/TargetsForm';

const ALL = { strategy: 3, communication: 4, research: 2, leadership: 2, 'problem-solving': 3, adaptability: 4 };
const EMPTY = { level: '', targetDate: '' };

describe('check-in form checks', () => {
  it('accepts six ratings dated today', () => {
    expect(checkInFormProblems('2026-03-29', ALL, '2026-03-29')).toEqual([]);
  });

  it('names each unrated skill at its own field, and refuses a future or impossible date', () => {
    const { research: _r, adaptability: _a, ...four } = ALL;
    expect(checkInFormProblems('2026-03-30', four, '2026-03-29')).toEqual([
      { where: 'date', message: 'A check-in cannot be dated in the future' },
      { where: 'ratings[2].level', message: 'Pick a level for Market research & analysis' },
      { where: 'ratings[5].level', message: 'Pick a level for Adaptability & resilience' },
    ]);
    expect(checkInFormProblems('2026-02-30', ALL, '2026-03-29')).toEqual([
      { where: 'date', message: 'Enter the date of this check-in, like 2026-03-14' },
    ]);
  });
});

describe('targets form checks', () => {
  const rows = { strategy: EMPTY, communication: EMPTY, research: EMPTY, leadership: EMPTY, 'problem-solving': EMPTY, adaptability: EMPTY };

  it('turns the rows with a level into drafts, dates only where given', () => {
    const r = targetDrafts({ ...rows, strategy: { level: '4', targetDate: '2026-12-31' }, leadership: { level: '5', targetDate: ' ' } });
    expect(r).toEqual({
      drafts: [
        { skill: 'strategy', level: 4, targetDate: '2026-12-31' },
        { skill: 'leadership', level: 5 },
      ],
      problems: [],
    });
  });

  it('refuses a date without a level, and a date that is not a date', () => {
    const r = targetDrafts({
      ...rows,
      research: { level: '', targetDate: '2026-12-31' },
      adaptability: { level: '3', targetDate: '31/12/2026' },
    });
    expect(r.problems).toEqual([
      { where: 'research.level', message: 'Pick a target level for this date, or clear the date' },
      { where: 'adaptability.targetDate', message: 'Enter a date like 2026-12-31, or leave it empty' },
    ]);
  });
});
