import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateJournal, QUICK_SIZE } from '../../../bench/generate';
import {
  decodeSnapshot,
  encodeSnapshot,
  fingerprint,
  fingerprintJson,
  JournalIndex,
  SnapshotReader,
  type SnapshotSegment,
  SnapshotError,
  type SearchFilters,
} from '../../../shared/search';
import type { Entry, Person } from '../../../shared/schemas';
import { conversation, person, reflection, uuid } from '../builders';
import { OLD_ENTRIES, OLD_PEOPLE } from './oldSnapshots';

const journal = generateJournal(11, QUICK_SIZE);

function built(people: readonly Person[], entries: readonly Entry[]): JournalIndex {
  const index = new JournalIndex();
  index.addPeople(people);
  index.addEntries(entries);
  return index;
}

/** An index's saved state with its words' postings by word (the dictionary's order depends on the order words came in). */
const byWord = (index: JournalIndex) => {
  const { engine, ...prints } = index.exportState();
  return { ...prints, engine: { ...engine, words: [], postings: new Map(engine.words.map((w, i) => [w, engine.postings[i]])) } };
};

const reloaded = (index: JournalIndex) => JournalIndex.fromState(decodeSnapshot(encodeSnapshot(index.exportState())));

// Typed queries (every prefix, as search-as-you-type runs them), typos, names, and filters alone.
const QUERIES: [string, SearchFilters][] = [
  ...['roadmap', 'stakeholder alignment', 'custmer intervew', 'pricing experiment', 'Ana Moreau'].flatMap((p) =>
    Array.from({ length: p.length }, (_, i): [string, SearchFilters] => [p.slice(0, i + 1), {}]),
  ),
  ['decision', { types: ['reflection'] }],
  ['mentor', { skill: 'leadership' }],
  ['', { types: ['milestone'] }],
  ['', { from: '2025-01-01', to: '2025-03-31' }],
  ['team', { types: ['person'] }],
];

describe('search index snapshot', () => {
  it('round trip: a snapshot of a generated journal answers every query exactly as a fresh build (hits, order, scores, matched words)', () => {
    const fresh = built(journal.people, journal.entries);
    const loaded = reloaded(fresh);
    expect(loaded.documentCount).toBe(fresh.documentCount);
    // 1,000 entries, 20 of them goals with their milestones, and 50 people.
    const milestones = journal.entries.reduce((n, e) => n + (e.kind === 'goal' ? e.milestones.length : 0), 0);
    expect(fresh.documentCount).toBe(1_000 + milestones + 50);
    let nonEmpty = 0;
    for (const [q, f] of QUERIES) {
      const expected = fresh.search(q, f, 200);
      if (expected.length > 0) nonEmpty++;
      expect(loaded.search(q, f, 200), `${q} ${JSON.stringify(f)}`).toEqual(expected);
    }
    // The comparison means something: most queries find things.
    expect(nonEmpty).toBeGreaterThan(QUERIES.length * 0.8);
  });

  it('a loaded index keeps working: edits, deletions and additions after loading give what a fresh build of the result gives', () => {
    const loaded = reloaded(built(journal.people, journal.entries));
    const [a, b, ...rest] = journal.entries;
    const edited: Entry = { ...a!, updatedAt: '2026-03-02T00:00:00.000Z', tags: ['zeppelin'] };
    const added = reflection({ id: uuid(900), title: 'Quokka offsite retro' });
    loaded.removeEntry(b!.id);
    loaded.addEntries([edited, added]);
    const fresh = built(journal.people, [edited, ...rest, added]);
    // The same hits with the same scores (slots are reused after edits, so equal scores may come in another order).
    const scored = (index: JournalIndex, q: string) =>
      index
        .search(q, {}, 5_000)
        .map((h) => `${h.id} ${h.score.toFixed(9)}`)
        .sort();
    for (const q of ['zeppelin', 'quokka', 'roadmap', 'ana']) expect(scored(loaded, q)).toEqual(scored(fresh, q));
    expect(scored(fresh, 'roadmap').length).toBeGreaterThan(10);
    expect(loaded.search('quokka').map((h) => h.id)).toEqual([uuid(900)]);
    // (The first generated entry is a learning goal: its milestones carry its tags too.)
    expect([
      ...new Set(
        reloaded(loaded)
          .search('zeppelin')
          .map((h) => h.refId),
      ),
    ]).toEqual([a!.id]);
  });

  it('settleLoaded takes in the postings a load left encoded, one word per call with no time to spare, and changes no answer', () => {
    const small = built(OLD_PEOPLE, OLD_ENTRIES);
    const loaded = reloaded(small);
    // A search first reads (decodes) the words it expands to: "walrus" alone here.
    expect(loaded.search('walrus').map((h) => h.id)).toEqual([uuid(11)]);
    const words = small.exportState().engine.words.length;
    expect(words).toBeGreaterThan(20);
    const calls: boolean[] = [];
    while (!calls.includes(true)) calls.push(loaded.settleLoaded(0));
    // One call per word still encoded: every word but "walrus" (the last call takes the last word).
    expect(calls).toHaveLength(words - 1);
    expect(loaded.settleLoaded(0)).toBe(true);
    for (const q of ['roadmap', 'ada', 'sql', 'milestone', 'walrus', 'pricing']) expect(loaded.search(q), q).toEqual(small.search(q));
    expect(byWord(loaded)).toEqual(byWord(small));
  });

  it('fingerprints are FNV-1a (hand-checked values), so a changed record is told apart', () => {
    expect(fingerprint('')).toBe(0x811c9dc5);
    expect(fingerprint('a')).toBe(0xe40c292c);
    expect(fingerprint('foobar')).toBe(0xbf9cf968);
  });

  it('fingerprintJson hashes what JSON.stringify writes, without making the string (escapes, lone surrogates, undefined members, key order)', () => {
    const same = (v: unknown) => expect(fingerprintJson(v), JSON.stringify(v)).toBe(fingerprint(JSON.stringify(v)));
    same({ a: 'x"y\\z\n\t\u0001\u001f', b: [1, -0, 2.5e-7, NaN, Infinity, null, undefined, true], c: undefined, 2: 'two' });
    same(['\ud800', 'a\udc00b', '😀', '\ud83d\ude00\udc00', 'é’«»\u2028']);
    same({ nested: { deeper: [{ x: [] }, {}] }, date: '2026-03-01' });
    same(new Date(0)); // toJSON: through JSON.stringify
    for (const e of journal.entries.slice(0, 200)) same(e);
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (v, s) => {
        same(v);
        same({ s, v, list: [s, v] });
      }),
      { numRuns: 500 },
    );
  });

  it('a damaged or foreign snapshot is refused with a SnapshotError, never half loaded', () => {
    const text = encodeSnapshot(built(journal.people.slice(0, 3), journal.entries.slice(0, 20)).exportState());
    expect(() => decodeSnapshot(text.slice(0, text.length - 40))).toThrow(SnapshotError);
    expect(() => decodeSnapshot('{}')).toThrow(/unexpected content/);
    expect(text).toContain('"version":3');
    expect(() => decodeSnapshot(text.replace('"version":3', '"version":99'))).toThrow(SnapshotError);
    // The numbers cut short, or with a letter outside their alphabet.
    const json = JSON.parse(text) as { numbers: string };
    expect(() => decodeSnapshot(JSON.stringify({ ...json, numbers: json.numbers.slice(0, -3) }))).toThrow(SnapshotError);
    expect(() => decodeSnapshot(JSON.stringify({ ...json, numbers: json.numbers.replace(/.$/, '!') }))).toThrow(SnapshotError);
    // Numbers that decode but point at no document.
    expect(() => decodeSnapshot(JSON.stringify({ ...json, stored: [] }))).toThrow(SnapshotError);
  });

  it('a posting that points at an empty slot is refused when read, not when its word is first searched', () => {
    const index = built([], [reflection({ id: uuid(1), title: 'Alpha roadmap' }), reflection({ id: uuid(2), title: 'Beta roadmap' })]);
    const json = JSON.parse(encodeSnapshot(index.exportState())) as { stored: unknown[] };
    expect(json.stored).toHaveLength(2);
    // The second document's slot emptied: "beta" and "roadmap" still point at it.
    const emptied = JSON.stringify({ ...json, stored: [json.stored[0], null] });
    expect(() => decodeSnapshot(emptied)).toThrow(/a posting points at an empty slot/);
    expect(() => new SnapshotReader().read(`${emptied}\n`)).toThrow(/a posting points at an empty slot/);
  });

  it('a stored document that is not what the format says is refused, naming where (each is checked quickly, the schema says why)', () => {
    const text = encodeSnapshot(
      built([], [reflection({ id: uuid(1), title: 'Alpha' }), reflection({ id: uuid(2), title: 'Beta' })]).exportState(),
    );
    const json = JSON.parse(text) as { stored: unknown[][] };
    // The second document (index 1) as stored: [id, type, entry id ('': its own), title, tags, skills, date].
    expect(json.stored[1]!.slice(0, 4)).toEqual([uuid(2), 'reflection', '', 'Beta']);
    const withDoc = (doc: unknown) => JSON.stringify({ ...json, stored: [json.stored[0], doc] });
    const doc = json.stored[1]!;
    // As stored, it loads; each change below makes it fail, with where in its message.
    expect(decodeSnapshot(withDoc(doc)).engine.stored[1]).toMatchObject({ id: uuid(2), title: 'Beta' });
    expect(() => decodeSnapshot(withDoc([...doc.slice(0, 5), ['juggling'], doc[6]]))).toThrow(/\(stored\.1\.5\.0\)/);
    expect(() => decodeSnapshot(withDoc([doc[0], 'planet', ...doc.slice(2)]))).toThrow(/\(stored\.1\.1\)/);
    expect(() => decodeSnapshot(withDoc(doc.slice(0, 6)))).toThrow(/\(stored\.1/);
    expect(() => decodeSnapshot(withDoc([...doc.slice(0, 4), [7], ...doc.slice(5)]))).toThrow(/\(stored\.1\.4\.0\)/);
    expect(() => decodeSnapshot(withDoc([...doc.slice(0, 6), 20260102]))).toThrow(/\(stored\.1\.6\)/);
    expect(() => decodeSnapshot(withDoc({ id: uuid(2) }))).toThrow(/\(stored\.1/);
  });

  it('words and fingerprints that are not what the format says are refused, naming where (checked quickly too)', () => {
    const text = encodeSnapshot(
      built([], [reflection({ id: uuid(1), title: 'Alpha' }), reflection({ id: uuid(2), title: 'Beta' })]).exportState(),
    );
    const json = JSON.parse(text) as { words: unknown[]; entryPrints: unknown[]; personPrints: unknown[] };
    // The entries' fingerprints in the order of their documents, without ids.
    expect(json.entryPrints).toHaveLength(2);
    const print = json.entryPrints[1]!;
    expect(Number.isSafeInteger(print)).toBe(true);
    const withPrint = (p: unknown) => JSON.stringify({ ...json, entryPrints: [json.entryPrints[0], p] });
    expect(decodeSnapshot(withPrint(print)).entryPrints.get(uuid(2))).toBe(print);
    expect(decodeSnapshot(withPrint(7)).entryPrints.get(uuid(2))).toBe(7);
    for (const bad of [-1, 1.5, 2 ** 53, '7', null, [uuid(2), 7]])
      expect(() => decodeSnapshot(withPrint(bad))).toThrow(/\(entryPrints\.1\)/);
    expect(() => decodeSnapshot(JSON.stringify({ ...json, personPrints: [null] }))).toThrow(/\(personPrints\.0\)/);
    // Not lists at all.
    expect(() => decodeSnapshot(JSON.stringify({ ...json, entryPrints: { 0: print } }))).toThrow(/\(entryPrints\)/);
    expect(() => decodeSnapshot(JSON.stringify({ ...json, words: 'alpha' }))).toThrow(/\(words\)/);
    expect(() => decodeSnapshot(JSON.stringify({ ...json, stored: {} }))).toThrow(/\(stored\)/);
    // One too many or too few: they no longer fit the documents.
    expect(() => decodeSnapshot(JSON.stringify({ ...json, entryPrints: [...json.entryPrints, 7] }))).toThrow(/fingerprints are incomplete/);
    expect(() => decodeSnapshot(JSON.stringify({ ...json, entryPrints: [print] }))).toThrow(/fingerprints are incomplete/);
    expect(() => decodeSnapshot(JSON.stringify({ ...json, personPrints: [7] }))).toThrow(/fingerprints are incomplete/);
    const words = [...json.words];
    words[2] = 42;
    expect(() => decodeSnapshot(JSON.stringify({ ...json, words }))).toThrow(/\(words\.2\)/);
  });
});

describe('a snapshot in segments', () => {
  const fresh = built(journal.people, journal.entries);
  // 1,000 entries with milestones and people: 1,1xx slots, so 250-slot segments make 5.
  const text = encodeSnapshot(fresh.exportState(), 250);
  const lines = text.split('\n');
  /** Loads text given in pieces; `after` sees the index after each segment taken in. */
  const load = (pieces: string[], after: (index: JournalIndex) => void = () => undefined) => {
    const reader = new SnapshotReader();
    const index = new JournalIndex();
    const take = (segment: SnapshotSegment) => {
      index.loadSegment(segment);
      after(index);
    };
    for (const piece of pieces) reader.read(piece).forEach(take);
    reader.end().forEach(take);
    return index;
  };

  it('is one line per 250 slots, the fingerprints in the last line only', () => {
    expect(lines).toHaveLength(Math.ceil(fresh.documentCount / 250));
    expect(lines.map((l) => (JSON.parse(l) as { from: number }).from)).toEqual(lines.map((_, i) => i * 250));
    expect(lines.map((l) => 'entryPrints' in (JSON.parse(l) as object))).toEqual(lines.map((_, i) => i === lines.length - 1));
  });

  it('read in any pieces (a part of the stored text ends anywhere), it answers exactly as the index saved', () => {
    const cuts = [1, 7, 4_096, 65_536, text.length];
    for (const size of cuts) {
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
      const loaded = load(pieces);
      expect(loaded.documentCount).toBe(fresh.documentCount);
      for (const [q, f] of QUERIES) expect(loaded.search(q, f, 200), `${size}: ${q}`).toEqual(fresh.search(q, f, 200));
    }
  });

  it('answers from the segments taken in so far while the rest is read: more found after each, all of it at the end', () => {
    const found: number[] = [];
    const documents: number[] = [];
    load(
      lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l)),
      (index) => {
        found.push(index.search('roadmap', {}, 5_000).length);
        documents.push(index.documentCount);
      },
    );
    expect(documents).toEqual([250, 500, 750, 1_000, fresh.documentCount]);
    expect(found[0]).toBeGreaterThan(0);
    for (let i = 1; i < found.length; i++) expect(found[i]).toBeGreaterThan(found[i - 1]!);
    expect(found[found.length - 1]).toBe(fresh.search('roadmap', {}, 5_000).length);
  });

  it('words searched while segments arrive (their postings decoded early) and words never searched: the index whole is the one saved', () => {
    // After each segment, search a few words: their postings are decoded then, the later segments' appended to them.
    const loaded = load(
      lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l)),
      (index) => {
        for (const q of ['roadmap', 'stak', 'ana']) index.search(q);
      },
    );
    for (const [q, f] of QUERIES) expect(loaded.search(q, f, 200), q).toEqual(fresh.search(q, f, 200));
    // The same postings word by word, the same documents and lengths: decoded early, late or at export alike.
    const saved = byWord(fresh);
    expect(saved.engine.postings.size).toBeGreaterThan(1_000);
    expect(byWord(loaded)).toEqual(saved);
  });

  it("the postings' places the reader found while checking, or the index finding them itself, load the same index", () => {
    const reader = new SnapshotReader();
    const segments = [...reader.read(text), ...reader.end()];
    expect(segments.every((s) => s.runs && s.runs.length === 2 * s.words.length)).toBe(true);
    // The first word of the first segment: its count is the number after the 4 field lengths of each slot.
    const first = segments[0]!;
    let numbers = 0;
    let at = 0;
    while (numbers < first.stored.length * 4) if ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'.includes(first.numbers[at++]!)) numbers++;
    // A count of one letter (under 32 postings) or two: its postings start after it.
    const countLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'.includes(first.numbers[at]!) ? 1 : 2;
    expect(first.runs![0]).toBe(at + countLetters);
    const withoutRuns = new JournalIndex();
    for (const { runs: _, ...segment } of segments) withoutRuns.loadSegment(segment);
    for (const [q, f] of QUERIES) expect(withoutRuns.search(q, f, 200), q).toEqual(fresh.search(q, f, 200));
    expect(byWord(withoutRuns)).toEqual(byWord(fresh));
    // Without them, the index checks the text's shape itself: numbers cut short or left over are refused.
    const { runs: _, ...bare } = first;
    expect(() => new JournalIndex().loadSegment({ ...bare, numbers: bare.numbers.slice(0, -2) })).toThrow(/inconsistent/);
    expect(() => new JournalIndex().loadSegment({ ...bare, numbers: `${bare.numbers}B` })).toThrow(/numbers left over/);
  });

  it("ids are written once: an entry id only where it is not the document's own, a milestone's after its goal's, fingerprints without ids", () => {
    const small = built(OLD_PEOPLE, OLD_ENTRIES);
    const written = encodeSnapshot(small.exportState());
    const json = JSON.parse(written) as { stored: unknown[][]; entryPrints: number[]; personPrints: number[] };
    // 2 people, then 4 entries, the goal (uuid 12) with its 2 milestones (uuid 501, 502): 8 documents.
    expect(json.stored.map((d) => [d[0], d[2]])).toEqual([
      [uuid(900), ''],
      [uuid(901), ''],
      [uuid(10), ''],
      [uuid(11), ''],
      [uuid(12), ''],
      [`#${uuid(501)}`, uuid(12)],
      [`#${uuid(502)}`, uuid(12)],
      [uuid(13), ''],
    ]);
    const { entryPrints, personPrints } = small.exportState();
    expect(json.entryPrints).toEqual([10, 11, 12, 13].map((n) => entryPrints.get(uuid(n))));
    expect(json.personPrints).toEqual([900, 901].map((n) => personPrints.get(uuid(n))));
    // Each id in the text once, but the goal's: its own document's, and its milestones' entry id.
    const times = (id: string) => written.split(id).length - 1;
    expect([10, 11, 13, 900, 901, 501, 502].map((n) => times(uuid(n)))).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(times(uuid(12))).toBe(3);
    // Read back whole.
    const loaded = decodeSnapshot(written);
    expect(loaded.engine.stored[5]).toMatchObject({ id: `${uuid(12)}#${uuid(501)}`, refId: uuid(12), type: 'milestone' });
    expect(loaded.entryPrints).toEqual(entryPrints);
    expect(loaded.personPrints).toEqual(personPrints);
  });

  // Snapshots written by the encoders of formats 1 and 2 (tests/shared/search/fixtures, of the journal in oldSnapshots.ts): still read, as the index saved.
  for (const [format, file] of [
    [1, 'search-index-v1.txt'],
    [2, 'search-index-v2.txt'],
  ] as const) {
    it(`a snapshot of format ${format} (${format === 1 ? 'the whole index in one object' : 'segments, ids written out, fingerprints in pairs'}) still loads`, () => {
      const old = readFileSync(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)), 'utf8');
      expect((JSON.parse(old.split('\n')[0]!) as { version: number }).version).toBe(format);
      const small = built(OLD_PEOPLE, OLD_ENTRIES);
      const loaded = load([old]);
      for (const q of ['roadmap', 'ada', 'sql', 'milestone', 'walrus', 'pricing']) expect(loaded.search(q), q).toEqual(small.search(q));
      expect(loaded.search('roadmap')).toHaveLength(3);
      expect(byWord(loaded)).toEqual(byWord(small));
    });
  }

  it('segments missing, out of order, repeated or cut short are refused with a SnapshotError', () => {
    const join = (ls: string[]) => ls.join('\n');
    expect(() => load([join(lines.slice(0, 3))])).toThrow(/ends before its last segment/);
    expect(() => load([join([lines[0]!, lines[2]!, ...lines.slice(3)])])).toThrow(/segments do not follow each other/);
    expect(() => load([join([...lines, lines[lines.length - 1]!])])).toThrow(/goes on after its last segment/);
    expect(() => load([`${join(lines.slice(0, 2))}\n`])).toThrow(SnapshotError);
    expect(() => load([join([lines[0]!.slice(0, -10), ...lines.slice(1)])])).toThrow(SnapshotError);
    // The fingerprints in a segment that is not the last: the index they describe is not whole.
    const last = JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
    const early = JSON.stringify({ ...(JSON.parse(lines[0]!) as object), entryPrints: last.entryPrints, personPrints: last.personPrints });
    expect(() => load([join([early, ...lines.slice(1)])])).toThrow();
  });
});

describe('reconciling a loaded index with the stored records', () => {
  const ada = person({ id: uuid(1), name: 'Ada Quist' });
  const bo = person({ id: uuid(2), name: 'Bo Berg' });
  const r1 = reflection({ id: uuid(10), title: 'Lantern pricing review' });
  const r2 = reflection({ id: uuid(11), title: 'Walrus roadmap draft' });
  const c1 = conversation({ id: uuid(12), personId: uuid(1), notes: 'Talked about the Walrus launch' });
  const c2 = conversation({ id: uuid(13), personId: uuid(2), notes: 'Quarterly plans' });

  function run(index: JournalIndex, people: unknown[], entryChunks: unknown[][]) {
    index.reconcileStart();
    index.reconcilePeople(people);
    for (const chunk of entryChunks) index.reconcileEntries(chunk);
    return index.reconcileEnd();
  }
  const ids = (index: JournalIndex, q: string) =>
    index
      .search(q)
      .map((h) => h.id)
      .sort();

  it('nothing changed: nothing is indexed again', () => {
    const index = reloaded(built([ada, bo], [r1, r2, c1, c2]));
    expect(
      run(
        index,
        [ada, bo],
        [
          [r1, r2],
          [c1, c2],
        ],
      ),
    ).toEqual({ updated: 0, removed: 0 });
    expect(ids(index, 'walrus')).toEqual([uuid(11), uuid(12)].sort());
  });

  it('edits, deletions and additions made past the app are found (or no longer found) afterwards', () => {
    const index = reloaded(built([ada, bo], [r1, r2, c1, c2]));
    const r1edited = { ...r1, title: 'Lantern pricing postmortem', updatedAt: '2026-02-01T00:00:00.000Z', rev: 2 };
    const r3 = reflection({ id: uuid(14), title: 'Narwhal hiring plan' });
    // r2 deleted, r1 edited, r3 added; the chunks arrive in any order.
    expect(
      run(
        index,
        [ada, bo],
        [
          [r3, c2],
          [r1edited, c1],
        ],
      ),
    ).toEqual({ updated: 2, removed: 1 });
    expect(ids(index, 'postmortem')).toEqual([uuid(10)]);
    expect(ids(index, 'review')).toEqual([]);
    expect(ids(index, 'narwhal')).toEqual([uuid(14)]);
    expect(ids(index, 'walrus')).toEqual([uuid(12)]);
    expect(index.documentCount).toBe(2 + 4);
    // The result is what a fresh build of the stored records gives.
    const fresh = built([ada, bo], [r1edited, r3, c1, c2]);
    for (const q of ['lantern', 'narwhal', 'walrus', 'ada', 'quarterly']) expect(index.search(q)).toEqual(fresh.search(q));
  });

  it('a person renamed or deleted past the app: their conversations follow (found by the new name, no longer by the old)', () => {
    const index = reloaded(built([ada, bo], [r1, c1, c2]));
    const renamed = { ...ada, name: 'Ada Lindqvist', updatedAt: '2026-02-01T00:00:00.000Z' };
    // Neither conversation changed; Bo is gone (his conversation stays, without a name). Indexed
    // again: Ada and both conversations; dropped: Bo.
    expect(run(index, [renamed], [[r1, c1, c2]])).toEqual({ updated: 3, removed: 1 });
    expect(ids(index, 'lindqvist')).toEqual([uuid(1), uuid(12)].sort());
    expect(ids(index, 'quist')).toEqual([]);
    expect(ids(index, 'berg')).toEqual([]);
    expect(ids(index, 'quarterly')).toEqual([uuid(13)]);
  });

  it('a stored record that no longer passes its schema is dropped, as a build leaves it out', () => {
    const index = reloaded(built([ada], [r1, r2]));
    expect(run(index, [ada], [[r1, { ...r2, date: 'not a date' }]])).toEqual({ updated: 0, removed: 1 });
    expect(ids(index, 'walrus')).toEqual([]);
  });
});
