import { describe, expect, it } from 'vitest';
import { highlightRanges, plainText, snippet, splitHighlighted } from '../../../shared/search';

describe('highlighting', () => {
  it('finds whole-word, case-insensitive matches of the matched terms', () => {
    expect(highlightRanges('Roadmap review: the roadmaps and ROADMAP.', ['roadmap'])).toEqual([
      { start: 0, end: 7 },
      { start: 33, end: 40 },
    ]);
  });

  it('splits text into plain and marked parts', () => {
    const text = 'a big plan';
    expect(splitHighlighted({ text, ranges: highlightRanges(text, ['big']) })).toEqual([
      { text: 'a ', match: false },
      { text: 'big', match: true },
      { text: ' plan', match: false },
    ]);
  });

  it('cuts a long text around the first match, marks the cuts, and shifts the ranges', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    words[30] = 'target';
    const s = snippet(words.join(' '), ['target'], 30);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(32);
    expect(s.ranges).toHaveLength(1);
    expect(s.text.slice(s.ranges[0]!.start, s.ranges[0]!.end)).toBe('target');
  });

  it('keeps a short text whole', () => {
    expect(snippet('short note', ['note'])).toEqual({ text: 'short note', ranges: [{ start: 6, end: 10 }] });
  });
});

describe('plainText', () => {
  it('drops Markdown syntax and keeps link labels', () => {
    expect(plainText('## Next steps\n- **ask** for [numbers](https://x.io)\n> quoted `code`')).toBe(
      'Next steps\nask for numbers\nquoted code',
    );
  });
});
