import { describe, expect, it } from 'vitest';
import {
  dateQuestion,
  entryDateErrors,
  entryDateQuestions,
  pastTargetDateWarning,
  targetBelowCurrentRemark,
} from '../../shared/domain/entryChecks';

const TODAY = '2026-03-14';

describe('entryDateErrors', () => {
  it('refuses a follow-up dated before its conversation, naming both dates', () => {
    expect(entryDateErrors({ kind: 'conversation', date: '2026-03-10', followUpDate: '2019-02-01' })).toEqual([
      { where: 'followUpDate', message: "The follow-up date (1 Feb 2019) can't be before the conversation (10 Mar 2026)" },
    ]);
  });
  it('accepts a follow-up on the day of the conversation or later, and other kinds', () => {
    expect(entryDateErrors({ kind: 'conversation', date: '2026-03-10', followUpDate: '2026-03-10' })).toEqual([]);
    expect(entryDateErrors({ kind: 'conversation', date: '2026-03-10' })).toEqual([]);
    expect(entryDateErrors({ kind: 'reflection', date: '2026-03-10', followUpDate: '2020-01-01' })).toEqual([]);
  });
});

describe('dateQuestion', () => {
  it('asks about a date far ahead, suggesting the same day this year', () => {
    expect(dateQuestion('date', 'The date', '9999-12-31', TODAY)).toEqual({
      where: 'date',
      date: '9999-12-31',
      suggestion: '2026-12-31',
      message: 'The date 31 Dec 9999 is more than a year from now. Did you mean 31 Dec 2026?',
    });
    // Two digits swapped.
    expect(dateQuestion('date', 'The date', '2062-03-01', TODAY)?.suggestion).toBe('2026-03-01');
    // One day past the year ahead.
    expect(dateQuestion('date', 'The date', '2027-03-16', TODAY)?.suggestion).toBe('2026-03-16');
  });
  it('asks about a date before 1950 (a two-digit year), suggesting the likely century', () => {
    expect(dateQuestion('date', 'The date', '0026-03-01', TODAY)?.suggestion).toBe('2026-03-01');
    expect(dateQuestion('date', 'The date', '0027-03-01', TODAY)?.suggestion).toBe('2027-03-01');
    expect(dateQuestion('date', 'The date', '0095-06-30', TODAY)?.suggestion).toBe('1995-06-30');
    // 2049 would be ahead: no better guess, but still asked.
    expect(dateQuestion('date', 'The date', '1949-12-31', TODAY)).toMatchObject({
      suggestion: null,
      message: 'The date 31 Dec 1949 is before 1950. Is that right?',
    });
  });
  it('leaves dates up to a year ahead, and from 1950, alone', () => {
    expect(dateQuestion('date', 'The date', '2027-03-15', TODAY)).toBeNull();
    expect(dateQuestion('date', 'The date', '1950-01-01', TODAY)).toBeNull();
    expect(dateQuestion('date', 'The date', 'not a date', TODAY)).toBeNull();
  });
  it('never suggests a 29 February that does not exist', () => {
    expect(dateQuestion('date', 'The date', '0024-02-29', TODAY)?.suggestion).toBe('2024-02-29');
    expect(dateQuestion('date', 'The date', '2028-02-29', TODAY)?.suggestion).toBe('2026-02-28');
  });
});

describe('entryDateQuestions', () => {
  it('asks about each unlikely date of an entry, by field', () => {
    const qs = entryDateQuestions({ kind: 'conversation', date: '9999-12-31', followUpDate: '0026-04-01' }, TODAY);
    expect(qs.map((q) => [q.where, q.suggestion])).toEqual([
      ['date', '2026-12-31'],
      ['followUpDate', '2026-04-01'],
    ]);
  });
});

describe('remarks', () => {
  it('warns about an open goal whose target date has passed', () => {
    expect(pastTargetDateWarning({ kind: 'goal', date: '2026-01-01', targetDate: '2026-03-13', status: 'active' }, TODAY)).toBe(
      'This target date (13 Mar 2026) has already passed. Pick a new one if the goal is still open.',
    );
    expect(pastTargetDateWarning({ kind: 'goal', date: '2026-01-01', targetDate: '2026-03-14', status: 'active' }, TODAY)).toBeNull();
    expect(pastTargetDateWarning({ kind: 'goal', date: '2026-01-01', targetDate: '2026-03-01', status: 'done' }, TODAY)).toBeNull();
  });
  it('remarks on a skill target below the current level', () => {
    expect(targetBelowCurrentRemark('Leadership & influence', 2, 4)).toBe(
      'This target (2) is below your current level in Leadership & influence (4). Keep it only if you mean to step back.',
    );
    expect(targetBelowCurrentRemark('Leadership & influence', 4, 4)).toBeNull();
    expect(targetBelowCurrentRemark('Leadership & influence', 2, null)).toBeNull();
  });
});
