import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMessage, formatPath, InputError, parseOrThrow, problemsFromZod } from '../../shared/errors';

describe('formatPath', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    expect(formatPath(['entries', 3, 'person', 'name'])).toBe('entries[3].person.name');
    expect(formatPath([0, 'title'])).toBe('[0].title');
  });
  it('names the root when the path is empty', () => {
    expect(formatPath([])).toBe('(root)');
  });
});

describe('problemsFromZod and parseOrThrow', () => {
  const Schema = z.strictObject({ name: z.string().min(1, 'is required'), items: z.array(z.number({ message: 'must be a number' })) });

  it('locates every problem', () => {
    const r = Schema.safeParse({ name: '', items: [1, 'two'] });
    expect(r.success).toBe(false);
    expect(problemsFromZod(r.error!)).toEqual([
      { where: 'name', message: 'is required' },
      { where: 'items[1]', message: 'must be a number' },
    ]);
  });

  it('returns the parsed value when valid', () => {
    expect(parseOrThrow(Schema, { name: 'a', items: [2] }, 'Bad')).toEqual({ name: 'a', items: [2] });
  });

  it('throws an InputError carrying the problems and a summary naming the first ones', () => {
    let caught: unknown;
    try {
      parseOrThrow(Schema, { name: '', items: ['x'] }, "This thing can't be saved");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    const err = caught as InputError;
    expect(err.name).toBe('InputError');
    expect(err.problems).toEqual([
      { where: 'name', message: 'is required' },
      { where: 'items[0]', message: 'must be a number' },
    ]);
    expect(err.message).toBe("This thing can't be saved: name: is required; items[0]: must be a number");
  });
});

describe('InputError', () => {
  it('lists at most three problems in its message but keeps them all', () => {
    const problems = [1, 2, 3, 4].map((n) => ({ where: `f${n}`, message: 'bad' }));
    const err = new InputError('Import failed', problems);
    expect(err.message).toBe('Import failed: f1: bad; f2: bad; f3: bad');
    expect(err.problems).toHaveLength(4);
  });
  it('uses the summary alone when there are no problems', () => {
    expect(new InputError('Nothing to import', []).message).toBe('Nothing to import');
  });
});

describe('fieldMessage', () => {
  it('names the field in a message that reads as the end of a sentence', () => {
    expect(fieldMessage('Title', 'is required')).toBe('Title is required');
    expect(fieldMessage('Name ', 'must be at most 200 characters')).toBe('Name must be at most 200 characters');
  });
  it('keeps a whole sentence, capitalised, and never leaves a bare fragment', () => {
    expect(fieldMessage('Skills it builds', 'pick at least one skill')).toBe('Pick at least one skill');
    expect(fieldMessage('Date', 'The follow-up date is early')).toBe('The follow-up date is early');
    expect(fieldMessage(undefined, 'is required')).toBe('This field is required');
  });
});
