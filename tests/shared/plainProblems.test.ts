import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsFromZod } from '../../shared/errors';
import { plainProblem } from '../../shared/plainProblems';

const Row = z.strictObject({
  title: z.string().max(3),
  kind: z.enum(['reflection', 'goal']),
  level: z.number().int().max(5),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)'),
});

describe('plainProblem', () => {
  it('says what is wrong with each field of a damaged record in words', () => {
    const r = Row.safeParse({ kind: 'poem', level: 9, date: 'soon', extra: 1 });
    expect(r.success).toBe(false);
    expect(problemsFromZod(r.error!).map(plainProblem)).toEqual([
      'The field “title” is missing.',
      'The field “kind” has a value Sextant does not know (it should be one of "reflection", "goal").',
      'The field “level” is more than 5.',
      'The field “date”: must be a date (YYYY-MM-DD).',
      'The record has fields Sextant does not know: "extra".',
    ]);
  });

  it('names the wrong kind of value and an over-long text', () => {
    const r = Row.safeParse({ title: 'four', kind: 'goal', level: 'high', date: '2026-01-01' });
    expect(problemsFromZod(r.error!).map(plainProblem)).toEqual([
      'The field “title” is longer than 3 characters.',
      'The field “level” should be a number but is text.',
    ]);
  });
});
