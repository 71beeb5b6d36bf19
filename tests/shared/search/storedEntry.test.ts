import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJournal, QUICK_SIZE } from '../../../bench/generate';
import { Conversation, Entry, Person, Reflection } from '../../../shared/schemas';
import { fingerprintJson } from '../../../shared/search/snapshot';
import { entryShapes, parseStoredEntry, parseStoredPerson, quickEntry } from '../../../shared/search/storedEntry';
// The schemas for the rows the quick checks refuse (the search worker loads them on demand: leanWorker.test.ts).
import '../../../shared/search/recordSchemas';

const journal = generateJournal(7, QUICK_SIZE);
const rows = structuredClone(journal.entries) as unknown as Record<string, unknown>[];
const people = structuredClone(journal.people) as unknown as Record<string, unknown>[];

/** What the schema gives: the parsed entry, or undefined. */
const bySchema = (row: unknown) => {
  const r = Entry.safeParse(row);
  return r.success ? r.data : undefined;
};

/** `parse` gives the same result as `schema`, keys in the same order (the fingerprint hashes them in order). */
function expectSame(parse: (row: unknown) => object | undefined, schema: typeof Entry | typeof Person, row: unknown): void {
  const quick = parse(row);
  const parsed = schema.safeParse(row);
  const expected = parsed.success ? parsed.data : undefined;
  expect(quick).toEqual(expected);
  if (!quick || !expected) return;
  expect(Object.keys(quick)).toEqual(Object.keys(expected));
  expect(JSON.stringify(quick)).toBe(JSON.stringify(expected));
  expect(fingerprintJson(quick)).toBe(fingerprintJson(expected));
}
const expectSameAsSchema = (row: unknown) => expectSame(parseStoredEntry, Entry, row);

// Changes the schema would refuse or would make to a stored value (trim, lower-case), and harmless ones.
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'x',
  ' Padded ',
  'Upper',
  'ok',
  0,
  1,
  5,
  6,
  2.5,
  -1,
  Number.NaN,
  true,
  false,
  [],
  ['ok'],
  ['Upper'],
  [' pad'],
  ['a', 'a'],
  ['strategy'],
  ['leadership', 'nope'],
  'x'.repeat(200),
  'x'.repeat(201),
  'y'.repeat(61),
  {},
  '2026-02-29',
  '2028-02-29',
  '2026-13-01',
  '2026-03-01T12:00:00Z',
  '2026-03-01T12:00:00.000+01:00',
  '2026-03-01 12:00',
  '57994067-ccbd-49a1-a41b-8b0f14247b15',
  '57994067-ccbd-49a1-a41b-8b0f14247b1',
  '00000000-0000-0000-0000-000000000000',
  '09:30',
  '24:00',
  'internal',
  'mentorship',
  'reflection',
  'conversation',
  'goal',
];
const KEYS = [
  'id',
  'createdAt',
  'updatedAt',
  'rev',
  'date',
  'skills',
  'tags',
  'kind',
  'title',
  'body',
  'mood',
  'lean',
  'promptId',
  'starred',
  'personId',
  'conversationKind',
  'notes',
  'takeaways',
  'energy',
  'followUpDate',
  'followUpTime',
  'followUpNote',
  'followUpDone',
  'why',
  'targetDate',
  'status',
  'milestones',
  'resources',
  'progressNotes',
  'extra',
];
// A learning goal's own values: statuses, and milestones and resources kept, changed or refused.
const GOAL_VALUES: unknown[] = [
  'active',
  'done',
  'Active',
  [{ id: '57994067-ccbd-49a1-a41b-8b0f14247b15', title: 'Ship it', done: false }],
  [{ id: '57994067-ccbd-49a1-a41b-8b0f14247b15', title: ' Ship it ', done: true, doneDate: '2026-03-01' }],
  [{ id: 'x', title: 'Ship it', done: false }],
  [{ title: 'A book', url: 'https://example.com/book' }],
  [{ title: 'A book', url: 'not a url' }],
  [{ title: 'A book', extra: 1 }],
];
const PERSON_KEYS = [
  'id',
  'createdAt',
  'updatedAt',
  'rev',
  'name',
  'role',
  'company',
  'path',
  'profileUrl',
  'email',
  'connectedOn',
  'notes',
  'stayInTouchWeeks',
  'extra',
];
const PERSON_VALUES: unknown[] = [...VALUES, 'ana@example.com', 'not an email', 'https://example.com/in/ana', 'product', 'pm', 4, 104, 105];

/** Applies changes (a value set, or the key removed) and maybe reverses the key order. */
function changed(base: Record<string, unknown>, changes: [string, unknown, boolean][], reorder: boolean): Record<string, unknown> {
  const row: Record<string, unknown> = { ...base };
  for (const [key, value, remove] of changes) {
    if (remove) delete row[key];
    else row[key] = value;
  }
  return reorder ? Object.fromEntries(Object.entries(row).reverse()) : row;
}

describe('parseStoredEntry: Entry.safeParse, quicker on rows stored as the schema gives them (issue 12)', () => {
  it('checks a reflection’s and a conversation’s keys in their schema’s order', () => {
    const shapes = entryShapes();
    expect(shapes.reflection!.map(([k]) => k)).toEqual(Object.keys(Reflection.shape));
    expect(shapes.conversation!.map(([k]) => k)).toEqual(Object.keys(Conversation.shape));
    // A reminder time goes the quick way when the schema keeps it, and through the schema otherwise.
    const conversation = rows.find((r) => r.kind === 'conversation')!;
    expectSameAsSchema({ ...conversation, followUpTime: '09:30' });
    expect(quickEntry({ ...conversation, followUpTime: '09:30' })).toBeDefined();
    expect(quickEntry({ ...conversation, followUpTime: '24:00' })).toBeUndefined();
    expect(parseStoredEntry({ ...conversation, followUpTime: '24:00' })).toBeUndefined();
  });

  it('gives what the schema gives for every generated entry, and takes the quick path for every kind', () => {
    expect(rows.filter((r) => r.kind === 'goal').length).toBeGreaterThan(0);
    for (const row of rows) {
      expectSameAsSchema(row);
      // Reflections, conversations and learning goals take the quick path (their keys in the generator's order, not the schema's).
      expect(quickEntry(row)).toBeDefined();
      expect(quickEntry(row)).toEqual(bySchema(row));
    }
  });

  it('gives what the schema gives for any changed field, added key or reordered keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES, ...GOAL_VALUES), fc.boolean()), { maxLength: 3 }),
        fc.boolean(),
        (base, changes, reorder) => expectSameAsSchema(changed(base, changes, reorder)),
      ),
      { numRuns: 4_000 },
    );
  });

  it('refuses what the schema refuses, worked out by hand', () => {
    const reflection = rows.find((r) => r.kind === 'reflection')!;
    expect(parseStoredEntry({ ...reflection, tags: ['Career'] })?.tags).toEqual(['career']); // the schema lower-cases it
    expect(parseStoredEntry({ ...reflection, title: '' })).toBeUndefined();
    expect(parseStoredEntry({ ...reflection, mood: 6 })).toBeUndefined();
    expect(parseStoredEntry({ ...reflection, date: '2026-02-30' })).toBeUndefined();
    expect(parseStoredEntry({ ...reflection, extra: 1 })).toBeUndefined();
    expect(parseStoredEntry(null)).toBeUndefined();
  });
});

describe('parseStoredPerson: Person.safeParse, quicker on rows stored as the schema gives them (issue 12)', () => {
  const expectSamePerson = (row: unknown) => expectSame(parseStoredPerson, Person, row);

  it('gives what the schema gives for every generated person, and for any changed field, added key or reordered keys', () => {
    for (const row of people) expectSamePerson(row);
    fc.assert(
      fc.property(
        fc.constantFrom(...people),
        fc.array(fc.tuple(fc.constantFrom(...PERSON_KEYS), fc.constantFrom(...PERSON_VALUES), fc.boolean()), { maxLength: 3 }),
        fc.boolean(),
        (base, changes, reorder) => expectSamePerson(changed(base, changes, reorder)),
      ),
      { numRuns: 2_000 },
    );
  });

  it('refuses what the schema refuses, worked out by hand', () => {
    const person = people[0]!;
    expect(parseStoredPerson({ ...person, name: ' Ana ' })?.name).toBe('Ana'); // the schema trims it
    expect(parseStoredPerson({ ...person, name: '' })).toBeUndefined();
    expect(parseStoredPerson({ ...person, stayInTouchWeeks: 105 })).toBeUndefined();
    expect(parseStoredPerson({ ...person, extra: 1 })).toBeUndefined();
    expect(parseStoredPerson(null)).toBeUndefined();
  });
});
