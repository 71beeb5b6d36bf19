import { describe, expect, it } from 'vitest';
import { applyPatch, differingFields, invertPatch, revOf, sameValue } from '../../shared/revisions';

describe('revisions', () => {
  it('reads a missing revision as 1', () => {
    expect(revOf({})).toBe(1);
    expect(revOf({ rev: 7 })).toBe(7);
    expect(revOf(null)).toBe(1);
  });

  it('compares stored values by content, ignoring key order and undefined fields', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
  });

  it('lists the fields two versions disagree on, leaving out id, timestamps and revision', () => {
    const mine = { id: 'x', rev: 2, updatedAt: 'a', title: 'Mine', notes: 'same', tags: ['a'] };
    const theirs = { id: 'x', rev: 3, updatedAt: 'b', title: 'Theirs', notes: 'same', tags: ['a', 'b'], energy: 4 };
    expect(differingFields(mine, theirs)).toEqual(['energy', 'tags', 'title']);
  });
});

describe('patches', () => {
  const done = { before: { followUpDone: false }, after: { followUpDone: true } };

  it('changes only the fields it names and keeps every other field as stored', () => {
    const stored = { followUpDone: false, notes: 'edited in another window' };
    expect(applyPatch(stored, done)).toEqual({ ok: true, record: { followUpDone: true, notes: 'edited in another window' } });
  });

  it('an undo after a newer edit of other fields reverts only its own field', () => {
    // Marked done, then the notes were edited: the undo finds followUpDone still true and the new notes stay.
    const now = { followUpDone: true, notes: 'newer notes' };
    expect(applyPatch(now, invertPatch(done))).toEqual({ ok: true, record: { followUpDone: false, notes: 'newer notes' } });
  });

  it('refuses when a field it touches moved on, naming it and changing nothing', () => {
    const stored = { followUpDone: false, notes: 'n' };
    expect(applyPatch(stored, invertPatch(done))).toEqual({ ok: false, moved: ['followUpDone'] });
  });

  it('removes a field whose value after the patch is undefined', () => {
    expect(applyPatch({ a: 1, b: 2 }, { before: { b: 2 }, after: { b: undefined } })).toEqual({
      ok: true,
      record: { a: 1 },
    });
  });
});
