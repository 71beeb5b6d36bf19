/** The quick checks of stored people and goals: a result only for records the schema keeps as they are, and then the schema's. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJournal, QUICK_SIZE } from '../../../bench/generate';
import { Entry, Id, IsoDateTime, LearningGoal, Milestone, Person, Resource } from '../../../shared/schemas';
import { FORMATS, quickGoal, quickPerson, quickShapes, type Shape } from '../../../shared/schemas/quick';

const looksLikePerson = (row: unknown) => quickPerson(row) !== undefined;
const looksLikeGoal = (row: unknown) => quickGoal(row) !== undefined;
import { goal, milestone, person, uuid } from '../builders';

const ABSENT = Symbol('absent');
type Pool = readonly unknown[];

/**
 * A record with each key's value picked from its pool (ABSENT leaves the key out), most often its
 * first (valid) value so that many records pass; now and then a key the schema does not know.
 */
function recordOf(pools: Record<string, Pool>): fc.Arbitrary<Record<string, unknown>> {
  const pick = (pool: Pool) =>
    fc.oneof({ arbitrary: fc.constant(pool[0]), weight: 12 }, { arbitrary: fc.constantFrom(...pool), weight: 1 });
  const fields = Object.fromEntries(Object.entries(pools).map(([k, pool]) => [k, pick(pool)]));
  return fc.record({ fields: fc.record(fields), extra: pick([ABSENT, 1, undefined]) }).map(({ fields, extra }) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields)) if (v !== ABSENT) out[k] = v;
    if (extra !== ABSENT) out.nickname = extra;
    return out;
  });
}

// Valid values first in each pool; then values the schema turns into something else (untrimmed,
// upper case), values it refuses (wrong type, calendar, range, pattern), and an undefined.
const META: Record<string, Pool> = {
  id: [uuid(1), 'not-a-uuid', uuid(1).toUpperCase(), 7],
  createdAt: ['2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00+02:00', '2026-02-30T09:00:00Z', '2026-01-01 09:00', ABSENT],
  updatedAt: ['2026-01-02T10:00:00Z', '2026-01-02T10:00Z', 20260102],
  rev: [ABSENT, 1, 3, 0, 1.5, '2', undefined],
};
const SHORT: Pool = ['Ada', '', ' Ada', 'Ada ', 'x'.repeat(200), 'x'.repeat(201), 5, undefined];
const URL_VALUES: Pool = [ABSENT, 'https://example.com/a', 'http://x.y', 'ftp://x.y', ' https://example.com', 'not a url', undefined];
const DATES: Pool = [ABSENT, '2026-03-01', '2024-02-29', '2026-02-29', '2026-3-1', undefined];

const personArb = recordOf({
  ...META,
  name: SHORT,
  role: SHORT,
  company: SHORT,
  path: ['internal', 'external', 'other', 'unknown', 'sideways', ABSENT],
  profileUrl: URL_VALUES,
  email: [ABSENT, 'ada@example.com', 'ada@', 'Ada Lovelace <ada@example.com>', `${'a'.repeat(310)}@example.com`, undefined],
  connectedOn: DATES,
  notes: [ABSENT, '', ' notes with spaces ', 'x'.repeat(100_001), undefined],
  stayInTouchWeeks: [ABSENT, 1, 104, 0, 105, 2.5, undefined],
});

const goalArb = recordOf({
  ...META,
  kind: ['goal', 'goal', 'reflection'],
  date: ['2026-03-01', '2026-02-29', ABSENT],
  skills: [['research'], ['research', 'strategy'], [], ['research', 'cooking'], 'research'],
  tags: [[], ['sql', 'data'], ['SQL'], [' sql'], [''], ['x'.repeat(61)], Array.from({ length: 51 }, (_, i) => `t${i}`)],
  title: SHORT,
  why: ['', '  Markdown *why*  ', 'x'.repeat(100_001), ABSENT],
  targetDate: DATES,
  status: ['planned', 'active', 'done', 'dropped', 'paused'],
  milestones: [
    [],
    [milestone(1, false), { ...milestone(2, true), doneDate: '2026-02-01', dueDate: '2026-01-15' }],
    [{ ...milestone(3, true), doneDate: '2026-02-30' }],
    [{ ...milestone(4, false), title: ' padded ' }],
    [{ ...milestone(5, false), note: 'x' }],
    [{ ...milestone(6, false), dueDate: undefined }],
  ],
  resources: [
    [],
    [{ title: 'A book' }, { title: 'A site', url: 'https://example.com' }],
    [{ title: 'A site', url: 'javascript:alert(1)' }],
    [{ title: '' }],
    [{ title: 'x', url: undefined }],
  ],
  progressNotes: ['', 'Some progress', 5],
});

describe('quickPerson and quickGoal (quick checks before the schema)', () => {
  it('give a result only for a record the schema keeps as it is, and then what the schema gives, keys in its order', () => {
    for (const [arb, quick, schema] of [
      [personArb, quickPerson, Person],
      [goalArb, quickGoal, Entry],
    ] as const) {
      let passed = 0;
      fc.assert(
        fc.property(arb, (row) => {
          const got = quick(row);
          if (got === undefined) return;
          passed += 1;
          const parsed = schema.safeParse(row);
          expect(parsed.success, JSON.stringify(row)).toBe(true);
          expect(got).toStrictEqual(parsed.data);
          expect(got).toStrictEqual(row);
          expect(JSON.stringify(got)).toBe(JSON.stringify(parsed.data));
        }),
        { numRuns: 3000 },
      );
      // The property is not empty: some random records pass the quick check.
      expect(passed).toBeGreaterThan(0);
    }
  });

  it('pass every person and goal of a generated journal (so a real journal is read quickly)', () => {
    const journal = generateJournal(42, QUICK_SIZE);
    const goals = journal.entries.filter((e) => e.kind === 'goal');
    expect(journal.people.length).toBeGreaterThan(10);
    expect(goals.length).toBeGreaterThan(5);
    for (const p of journal.people) expect(looksLikePerson(p), JSON.stringify(p)).toBe(true);
    for (const g of goals) expect(looksLikeGoal(g), JSON.stringify(g)).toBe(true);
  });

  it('pass records with every optional field, and refuse those the schema changes or refuses', () => {
    const full = person({
      rev: 2,
      profileUrl: 'https://example.com/ada',
      email: 'ada@example.com',
      connectedOn: '2024-02-29',
      notes: 'Met at a meetup',
      stayInTouchWeeks: 6,
    });
    expect(looksLikePerson(full)).toBe(true);
    const richGoal = goal({
      tags: ['sql'],
      targetDate: '2026-06-30',
      milestones: [{ ...milestone(1, true), doneDate: '2026-02-01' }],
      resources: [{ title: 'Docs', url: 'https://example.com' }],
    });
    expect(looksLikeGoal(richGoal)).toBe(true);
    expect(looksLikePerson(person({ email: undefined }))).toBe(true);
    // Each valid for the schema, which gives back something else: the full parse must run.
    for (const p of [person({ name: ' Ada' }), person({ role: 'PM ' })]) {
      expect(Person.safeParse(p).success).toBe(true);
      expect(looksLikePerson(p)).toBe(false);
    }
    expect(looksLikeGoal(goal({ tags: ['SQL'] }))).toBe(false);
    // Refused by the schema: the calendar, the URL's scheme, a key it does not know.
    for (const p of [person({ connectedOn: '2026-02-30' }), person({ profileUrl: 'ftp://example.com' }), { ...person(), x: 1 }]) {
      expect(Person.safeParse(p).success).toBe(false);
      expect(looksLikePerson(p)).toBe(false);
    }
    expect(looksLikeGoal(goal({ milestones: [{ ...milestone(1, true), doneDate: '2026-02-30' }] }))).toBe(false);
    expect(looksLikeGoal(null)).toBe(false);
    expect(looksLikePerson([])).toBe(false);
  });
});

describe('the quick checks without zod (the search worker loads zod only for a row they refuse, issue 12)', () => {
  const patternOf = (schema: unknown) => (schema as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern;
  const keys = (shape: Shape) => shape.map(([key]) => key);
  const items = (shape: Shape, key: string) => shape.find(([k]) => k === key)![2]!;

  it('check the formats with the schemas’ own patterns', () => {
    for (const [mine, schema] of [
      [FORMATS.uuid, Id],
      [FORMATS.dateTime, IsoDateTime],
      [FORMATS.email, Person.shape.email.unwrap()],
    ] as const) {
      const theirs = patternOf(schema);
      expect(theirs).toBeInstanceOf(RegExp);
      expect([mine.source, mine.flags]).toEqual([theirs.source, theirs.flags]);
    }
  });

  it('copy a record’s keys in its schema’s order (which the fingerprint hashes)', () => {
    const { person, goal } = quickShapes();
    expect(keys(person)).toEqual(Object.keys(Person.shape));
    expect(keys(goal)).toEqual(Object.keys(LearningGoal.shape));
    expect(keys(items(goal, 'milestones'))).toEqual(Object.keys(Milestone.shape));
    expect(keys(items(goal, 'resources'))).toEqual(Object.keys(Resource.shape));
    // Worked out by hand from shared/schemas/person.ts: RecordMeta first, then the person's own fields.
    expect(keys(person).slice(0, 6)).toEqual(['id', 'createdAt', 'updatedAt', 'rev', 'name', 'role']);
  });
});
