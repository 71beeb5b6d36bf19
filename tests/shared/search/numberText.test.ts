import { describe, expect, it } from 'vitest';
import { NumberCursor, NumberWriter } from '../../../shared/search/numberText';

const written = (numbers: number[]) => {
  const w = new NumberWriter();
  for (const n of numbers) w.write(n);
  return w.text();
};

describe('number text', () => {
  it('writes 5 bits a letter, least significant first, a letter from "g" on when more follow', () => {
    // 0 -> A, 31 -> f; 32 = 0 + 1*32 -> "g" (32|0) then "B"; 1000 = 8 + 31*32 -> "o" (32|8) then "f".
    expect(written([0, 31, 32, 1000])).toBe('AfgBof');
    // 2^31 - 1: six letters of 31 with "more" (63: "_"), then 1.
    expect(written([2 ** 31 - 1])).toBe('______B');
  });

  it("a cursor reads the numbers back from any number's first letter, and skips whole numbers", () => {
    const text = written([5, 1000, 0, 2 ** 31 - 1, 33]);
    const all = new NumberCursor(text);
    expect([all.next(), all.next(), all.next(), all.next(), all.next()]).toEqual([5, 1000, 0, 2 ** 31 - 1, 33]);
    expect(all.ended).toBe(true);
    // From the third number's letter (after "F", "of").
    const later = new NumberCursor(text, 3);
    expect(later.next()).toBe(0);
    const skipping = new NumberCursor(text);
    expect(skipping.skip(3)).toBe(true);
    expect(skipping.at).toBe(4);
    expect(skipping.next()).toBe(2 ** 31 - 1);
    expect(skipping.skip(2)).toBe(false);
    expect(skipping.ended).toBe(true);
  });

  it('a text that ends inside a number stops the cursor with an error, not a loop', () => {
    const cursor = new NumberCursor('F_');
    expect(cursor.next()).toBe(5);
    expect(() => cursor.next()).toThrow(/ends inside a number/);
  });
});
