import { describe, expect, it } from 'vitest';
import { createSearchIndex, tokenize } from '../../../shared/search';
import { scanAsciiWords, scanWords, WORD } from '../../../shared/search/words';
import { hashRange } from '../../../shared/search/wordTable';

const scanned = (text: string) => {
  const out: string[] = [];
  scanWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
};
const matched = (text: string) => [...text.matchAll(WORD)].map((m) => m[0]);

describe('scanAsciiWords: the same words in ASCII text, with their hashes', () => {
  it('gives what scanWords gives, each simple word with hashRange of its characters and a compound with 0', () => {
    const asciiScanned = (text: string) => {
      const out: [string, number, boolean][] = [];
      scanAsciiWords(text, (start, end, hash, compound) => out.push([text.slice(start, end), hash, compound]));
      return out;
    };
    const expected = (text: string) => {
      const out: [string, number, boolean][] = [];
      scanWords(text, (start, end, compound) => out.push([text.slice(start, end), compound ? 0 : hashRange(text, start, end), compound]));
      return out;
    };
    expect(asciiScanned('user_id, O*NET a_ _b c++\tfee')).toEqual([
      ['user_id', 0, true],
      ['O*NET', 0, true],
      ['a', hashRange('a', 0, 1), false],
      ['b', hashRange('b', 0, 1), false],
      ['c++\tfee', hashRange('c++\tfee', 0, 7), false],
    ]);
    // Every ASCII character, in random texts (joiners, separators and word characters mixed).
    const alphabet = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), 'ab', '__', '_*', ' ', ' '];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 3_000; i++) {
      const text = Array.from({ length: next() % 30 }, () => alphabet[next() % alphabet.length]).join('');
      expect(asciiScanned(text), JSON.stringify(text)).toEqual(expected(text));
    }
  });
});

describe('scanWords: the words of a text in one pass', () => {
  it('splits on spaces, line breaks and punctuation; keeps symbols, tabs and marks inside words', () => {
    expect(scanned('Roadmap, Q3-plan (draft)!')).toEqual(['Roadmap', 'Q3', 'plan', 'draft']);
    expect(scanned('c++ and $5\tfee')).toEqual(['c++', 'and', '$5\tfee']);
    expect(scanned('l\u2019été « déjà »\u00a0vu')).toEqual(['l', 'été', 'déjà', 'vu']);
  });

  it('joins parts around underscores and asterisks only between word characters', () => {
    expect(scanned('user_id O*NET a__b')).toEqual(['user_id', 'O*NET', 'a__b']);
    expect(scanned('_lead_ *star* __x__ a_ _b')).toEqual(['lead', 'star', 'x', 'a', 'b']);
    expect(scanned('a*_*b c_-d')).toEqual(['a*_*b', 'c', 'd']);
  });

  it('reads astral characters whole: emoji are word characters, astral punctuation splits', () => {
    // U+1F600 (an emoji, a symbol) joins the word; U+10100 (Aegean word separator line, punctuation) splits.
    expect(scanned('go😀go x\u{10100}y')).toEqual(['go😀go', 'x', 'y']);
    // A lone surrogate is a word character, as for the regular expression.
    expect(scanned('\ud800 a\udc00b')).toEqual(['\ud800', 'a\udc00b']);
  });

  it('finds exactly what matchAll(WORD) finds, on random texts of tricky characters', () => {
    const alphabet = [
      'a',
      'Z',
      '9',
      ' ',
      '\n',
      '\t',
      '_',
      '*',
      '-',
      '.',
      '’',
      '\u00a0',
      'é',
      '😀',
      '\u{10100}',
      '\ud800',
      '\udc00',
      '$',
      '_*',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join('');
      expect(scanned(text), JSON.stringify(text)).toEqual(matched(text));
    }
  });

  it('tokenize lower-cases, drops stop words and adds the parts of a compound', () => {
    expect(tokenize('The Roadmap and THE user_ID')).toEqual(['roadmap', 'user_id']);
    expect(tokenize('The Roadmap and THE user_ID', true)).toEqual(['roadmap', 'user_id', 'user', 'id']);
  });
});

describe('postings counted in one pass', () => {
  it('stores per field the term frequency and counts a document once in df, across fields and compound parts', () => {
    const index = createSearchIndex();
    index.add({
      id: 'a',
      type: 'reflection',
      refId: 'a',
      title: 'Roadmap roadmap review',
      text: 'The roadmap_plan for the roadmap',
      people: '',
      tags: ['roadmap'],
      skills: [],
      date: '2026-01-02',
    });
    const { words, postings, lengths } = index.exportState();
    const posting = (w: string) => postings[words.indexOf(w)];
    // Code = tf * 4 + field (title 0, tags 1, people 2, text 3): twice in the title, once as a tag,
    // twice in the text (once alone, once as a part of roadmap_plan).
    expect(posting('roadmap')).toEqual({ slots: [0, 0, 0], codes: [2 * 4 + 0, 1 * 4 + 1, 2 * 4 + 3] });
    expect(posting('roadmap_plan')).toEqual({ slots: [0], codes: [1 * 4 + 3] });
    // Field lengths count words and parts, not stop words: title 3; tag 1; people 0; text roadmap_plan, roadmap, plan, roadmap = 4.
    expect(lengths).toEqual([3, 1, 0, 4]);
    // A document is counted once per word however many fields hold it.
    expect(index.search('roadmap', () => true, 10)).toHaveLength(1);
  });
});

describe('postings against tokenize, on random texts', () => {
  it('each word of a field gets its count of tokenize(text, true) as term frequency, with or without characters outside ASCII', () => {
    const pieces = [
      'Plan',
      'plan',
      'PLAN',
      'the',
      'user_id',
      'O*NET',
      ' ',
      '  ',
      '\n',
      ', ',
      '-',
      '_',
      'é',
      'Été',
      'c++',
      '\t',
      'x',
      'roadmap',
      'Roadmap',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const texts = Array.from({ length: 300 }, () => Array.from({ length: next() % 30 }, () => pieces[next() % pieces.length]).join(''));
    const index = createSearchIndex();
    texts.forEach((text, i) =>
      index.add({ id: `d${i}`, type: 'reflection', refId: `d${i}`, title: '', text, people: '', tags: [], skills: [], date: '2026-01-02' }),
    );
    const { words, postings, lengths } = index.exportState();
    // The expected postings, counted from tokenize: word -> slot -> term frequency (all in the text field, 3).
    const expected = new Map<string, Map<number, number>>();
    texts.forEach((text, slot) => {
      const tokens = tokenize(text, true);
      expect(lengths[slot * 4 + 3], JSON.stringify(text)).toBe(tokens.length);
      for (const t of tokens) {
        const bySlot = expected.get(t) ?? new Map<number, number>();
        bySlot.set(slot, (bySlot.get(slot) ?? 0) + 1);
        expected.set(t, bySlot);
      }
    });
    expect([...words].sort()).toEqual([...expected.keys()].sort());
    words.forEach((w, i) => {
      const { slots, codes } = postings[i]!;
      expect(slots, w).toEqual([...expected.get(w)!.keys()].sort((a, b) => a - b));
      expect(codes, w).toEqual(slots.map((slot) => expected.get(w)!.get(slot)! * 4 + 3));
    });
  });
});
