import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/schemas';
import {
  createSearchIndex,
  entryDocuments,
  highlightRanges,
  plainText,
  searchIndex,
  tokenize,
  type SearchDoc,
} from '../../../shared/search';

const T = '2026-01-01T00:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function reflection(n: number, title: string, body: string, date = '2025-09-10'): Entry {
  return { id: id(n), createdAt: T, updatedAt: T, kind: 'reflection', date, title, body, skills: [], tags: [] };
}

function doc(n: number, title: string, text: string): SearchDoc {
  return { id: id(n), type: 'reflection', refId: id(n), title, text, people: '', tags: [], skills: [], date: '2025-09-10' };
}

describe('words with underscores or asterisks', () => {
  const index = createSearchIndex();
  index.addAll(
    entryDocuments(
      reflection(1, 'Export columns', 'Renamed user_id to account_id; the O*NET codes stay. We cut **two** _minor_ features.'),
    ),
  );
  index.addAll(entryDocuments(reflection(2, 'Column audit', 'The userid column is gone.')));
  const found = (q: string) => searchIndex(index, q).map((h) => h.id);

  it('keeps an underscore or asterisk inside a word, and strips Markdown emphasis around words', () => {
    expect(plainText('user_id and O*NET, **two** _minor_ __bold__ *it*')).toBe('user_id and O*NET, two minor bold it');
    expect(tokenize('user_id O*NET snake_case_name')).toEqual(['user_id', 'o*net', 'snake_case_name']);
    expect(tokenize('_lead_ *star* __x__')).toEqual(['lead', 'star', 'x']);
  });

  it('finds user_id by typing user_id, before the entry that says "userid" (one typo away)', () => {
    expect(found('user_id')).toEqual([id(1), id(2)]);
    const [exact, typo] = searchIndex(index, 'user_id');
    expect(exact!.score).toBeGreaterThan(typo!.score);
    expect(found('account_id')).toEqual([id(1)]);
    expect(found('o*net')).toEqual([id(1)]);
  });

  it('finds a compound word while it is typed and by its parts', () => {
    expect(found('user_')).toContain(id(1));
    expect(found('account_i')).toEqual([id(1)]);
    expect(found('account')).toEqual([id(1)]);
    expect(found('net')).toEqual([id(1)]);
  });

  it('still strips emphasis: "two" and "minor" are found as plain words', () => {
    expect(found('two minor')).toEqual([id(1)]);
  });

  it('highlights the compound word as a whole, or the part that matched', () => {
    const text = 'Renamed user_id to account_id';
    expect(highlightRanges(text, ['user_id'])).toEqual([{ start: 8, end: 15 }]);
    expect(highlightRanges(text, ['account'])).toEqual([{ start: 19, end: 26 }]);
  });
});

describe('the index frees the slots of edited and deleted documents', () => {
  const others = [
    doc(2, 'Pricing review', 'Pricing tiers for the platform launch'),
    doc(3, 'Roadmap notes', 'Platform roadmap and pricing questions'),
  ];
  const final = doc(1, 'Roadmap edit 49', 'Platform roadmap after the forty-ninth rewrite');

  function edited() {
    const index = createSearchIndex();
    index.addAll(others);
    for (let i = 0; i < 50; i++) index.replace(doc(1, `Roadmap edit ${i}`, `Platform roadmap draft${i} wording${i} after rewrite ${i}`));
    index.replace(final);
    return index;
  }

  function fresh() {
    const index = createSearchIndex();
    index.addAll([...others, final]);
    return index;
  }

  it('50 edits of one entry leave one slot for it, and no words of the old versions', () => {
    const index = edited();
    expect(index.documentCount).toBe(3);
    expect(index.slotCount).toBe(3);
    expect(index.termCount).toBe(fresh().termCount);
    expect(searchIndex(index, 'draft7')).toEqual([]);
    expect(searchIndex(index, 'wording')).toEqual([]);
  });

  it('ranks exactly as an index built from the final documents (document count, document frequencies, field lengths)', () => {
    const a = edited();
    const b = fresh();
    for (const q of ['roadmap', 'platform', 'pricing', 'rewrite', 'plat']) {
      const sa = searchIndex(a, q).map((h) => [h.id, h.score]);
      const sb = searchIndex(b, q).map((h) => [h.id, h.score]);
      expect(sa).toEqual(sb);
    }
  });

  it('deleting documents frees their slots for new ones and forgets their words', () => {
    const index = fresh();
    index.discard(id(2));
    index.discard(id(3));
    expect(index.documentCount).toBe(1);
    expect(searchIndex(index, 'pricing')).toEqual([]);
    const alone = createSearchIndex();
    alone.add(final);
    expect(index.termCount).toBe(alone.termCount);
    expect(searchIndex(index, 'roadmap').map((h) => h.score)).toEqual(searchIndex(alone, 'roadmap').map((h) => h.score));
    index.add(doc(4, 'Hiring plan', 'Two designers'));
    index.add(doc(5, 'Budget', 'Quarter budget'));
    expect(index.slotCount).toBe(3);
    expect(searchIndex(index, 'designers').map((h) => h.id)).toEqual([id(4)]);
    expect(searchIndex(index, 'budget').map((h) => h.id)).toEqual([id(5)]);
  });

  it('clear() empties everything', () => {
    const index = edited();
    index.clear();
    expect([index.documentCount, index.slotCount, index.termCount]).toEqual([0, 0, 0]);
    index.add(final);
    expect(searchIndex(index, 'roadmap').map((h) => h.id)).toEqual([id(1)]);
  });
});
