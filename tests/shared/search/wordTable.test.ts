import { describe, expect, it } from 'vitest';
import { hashRange, WordTable } from '../../../shared/search/wordTable';

describe('WordTable', () => {
  it('finds each stored word by its characters inside a longer text, through several growths, and misses others', () => {
    const table = new WordTable<number>();
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => table.add(w, hashRange(w, 0, w.length), i));
    const text = `.. ${words.join(' ')} ..`;
    let at = 3;
    words.forEach((w, i) => {
      expect(table.get(text, at, at + w.length, hashRange(text, at, at + w.length))).toBe(i);
      at += w.length + 1;
    });
    // Same hash range but other characters, a prefix, and a word never stored.
    expect(table.get('w1z', 0, 3, hashRange('w1z', 0, 3))).toBe(words.indexOf('w1z'));
    expect(table.get('wzzzz', 0, 5, hashRange('wzzzz', 0, 5))).toBeUndefined();
    expect(table.get('w1', 0, 1, hashRange('w1', 0, 1))).toBeUndefined();
  });

  it('hashRange is FNV-1a over the characters: "a" is 0xe40c292c', () => {
    // 0x811c9dc5 ^ 0x61 = 0x811c9da4; times 0x01000193 modulo 2^32 = 0xe40c292c.
    expect(hashRange('xay', 1, 2) >>> 0).toBe(0xe40c292c);
  });
});
