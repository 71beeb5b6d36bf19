import { describe, expect, it } from 'vitest';
import { encodeSnapshot, JournalIndex } from '../../../shared/search';
import { generateJournal, QUICK_SIZE } from '../../../bench/generate';
import { conversation, person, reflection, uuid } from '../builders';

/** The whole journal indexed by one index, entries in key order (as a build reads them). */
function whole(people: unknown[], entries: { id: string }[]): JournalIndex {
  const index = new JournalIndex();
  index.addPeople(people);
  index.addEntries(entries);
  return index;
}

/** The same journal split at `at`: the first half with the people, the second apart (names only), then taken in. */
function split(people: unknown[], entries: { id: string }[], at: number): JournalIndex {
  const first = new JournalIndex();
  first.addPeople(people);
  first.addEntries(entries.slice(0, at));
  const second = new JournalIndex();
  second.knowPeople(people);
  second.addEntries(entries.slice(at));
  first.absorb(second.exportPart());
  return first;
}

describe('a build split in two halves', () => {
  it('finds a word of either half, and a conversation of the second half by its person', () => {
    const people = [person({ id: uuid(1), name: 'Orla Finch' })];
    const entries = [
      reflection({ id: uuid(10), title: 'Alpha beta' }),
      reflection({ id: uuid(11), title: 'Beta gamma' }),
      conversation({ id: uuid(12), personId: uuid(1) }),
    ];
    const index = split(people, entries, 1);
    // 1 person + 3 entries: 4 documents.
    expect(index.documentCount).toBe(4);
    expect(
      index
        .search('beta')
        .map((h) => h.id)
        .sort(),
    ).toEqual([uuid(10), uuid(11)]);
    expect(index.search('gamma').map((h) => h.id)).toEqual([uuid(11)]);
    // The conversation, indexed by the second half, carries the name the first half's person has.
    expect(
      index
        .search('finch')
        .map((h) => h.id)
        .sort(),
    ).toEqual([uuid(1), uuid(12)].sort());
    // A later edit of a document taken in replaces it (its words leave with it).
    index.addEntries([reflection({ id: uuid(11), title: 'Delta' })]);
    expect(index.search('gamma')).toEqual([]);
    expect(index.search('beta').map((h) => h.id)).toEqual([uuid(10)]);
  });

  it('gives the same snapshot, byte for byte, and the same hits, scores and order as one build of the whole journal', () => {
    const journal = generateJournal(7, QUICK_SIZE);
    const entries = [...journal.entries].sort((a, b) => (a.id < b.id ? -1 : 1));
    const one = whole(journal.people, entries);
    for (const at of [1, 377, Math.floor(entries.length / 2), entries.length - 1]) {
      const two = split(journal.people, entries, at);
      expect(two.documentCount).toBe(one.documentCount);
      expect(encodeSnapshot(two.exportState())).toBe(encodeSnapshot(one.exportState()));
      for (const q of ['roadmap', 'stake', 'pricing review', 'mentor', 'xyzzy', 'roadmp'])
        expect(two.search(q, {}, 50)).toEqual(one.search(q, {}, 50));
    }
  });

  it('refuses a half that holds a document already indexed', () => {
    const people = [person({ id: uuid(1), name: 'Orla Finch' })];
    const first = whole(people, [reflection({ id: uuid(10), title: 'Alpha' })]);
    const second = whole([], [reflection({ id: uuid(10), title: 'Alpha again' })]);
    expect(() => first.absorb(second.exportPart())).toThrow(/already here/);
  });
});
