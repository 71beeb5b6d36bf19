import { describe, expect, it } from 'vitest';
import { newestFirst, type NewestFirstKey } from '../../../shared/domain/entryOrder';

const e = (id: string, date?: string, updatedAt?: string): NewestFirstKey => ({ id, date, updatedAt });
const order = (list: NewestFirstKey[]) =>
  list
    .slice()
    .sort(newestFirst)
    .map((k) => k.id);

describe('newestFirst', () => {
  it('puts the later date first, then the later edit, then the smaller id', () => {
    const list = [
      e('b', '2026-03-01', '2026-03-01T09:00:00.000Z'),
      e('a', '2026-03-01', '2026-03-01T09:00:00.000Z'),
      e('c', '2026-03-01', '2026-03-02T08:00:00.000Z'),
      e('d', '2026-03-02', '2026-03-02T07:00:00.000Z'),
      e('e', '2026-02-28', '2026-03-05T00:00:00.000Z'),
    ];
    expect(order(list)).toEqual(['d', 'c', 'a', 'b', 'e']);
    expect(order(list.slice().reverse())).toEqual(['d', 'c', 'a', 'b', 'e']);
  });

  it('is a total order: two different records never compare equal, and swapping them flips the sign', () => {
    const a = e('a', '2026-03-01', '2026-03-01T09:00:00.000Z');
    const b = e('b', '2026-03-01', '2026-03-01T09:00:00.000Z');
    expect(newestFirst(a, b)).toBe(-1);
    expect(newestFirst(b, a)).toBe(1);
    expect(newestFirst(a, a)).toBe(0);
  });

  it('puts records without a date last and records kept without an edit time after those with one that day', () => {
    expect(order([e('p'), e('f', '2026-01-01'), e('g', '2026-01-01', '2026-01-01T00:00:00.000Z')])).toEqual(['g', 'f', 'p']);
  });
});
