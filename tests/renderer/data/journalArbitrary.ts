import fc from 'fast-check';
import { BackupData } from '../../../shared/backup/format';
import { SKILL_IDS } from '../../../shared/domain/framework';
import { CONVERSATION_KINDS, GOAL_STATUSES, PERSON_PATHS } from '../../../shared/schemas';
import { DIMENSION_IDS } from '../../../shared/path/dimensions';
import { FACTOR_IDS } from '../../../shared/path/factors';

/** Arbitrary valid journals: every table, every entry kind, text in any script. Parsed once so they are stored as the app stores them. */
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = instant.map((s) => s.slice(0, 10));
const id = fc.uuid({ version: 4 });
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const short = text(60).map((s) => s.trim());
const required = short.filter((s) => s.length > 0);
// A few common tags, so entries share them (the tag counts), and any other.
const tags = fc.uniqueArray(fc.oneof(fc.constantFrom('roadmap', 'platform', 'q3'), fc.stringMatching(/^[a-z0-9-]{1,20}$/)), {
  maxLength: 5,
});
const skills = fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { maxLength: 6 });
const level = fc.integer({ min: 1, max: 5 });
const meta = { id, createdAt: instant, updatedAt: instant };
const base = { ...meta, date: day, skills, tags };

const reflection = fc.record(
  {
    ...base,
    kind: fc.constant('reflection' as const),
    title: required,
    body: text(400),
    mood: fc.option(level, { nil: undefined }),
    starred: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'date', 'skills', 'tags', 'kind', 'title', 'body'] },
);
const conversation = fc.record(
  {
    ...base,
    kind: fc.constant('conversation' as const),
    personId: id,
    conversationKind: fc.constantFrom(...CONVERSATION_KINDS),
    notes: text(300),
    takeaways: text(100),
    energy: level,
    followUpDate: day,
    followUpNote: short,
    followUpDone: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'createdAt',
      'updatedAt',
      'date',
      'skills',
      'tags',
      'kind',
      'personId',
      'conversationKind',
      'notes',
      'takeaways',
      'followUpDone',
    ],
  },
);
const goal = fc.record({
  ...base,
  kind: fc.constant('goal' as const),
  title: required,
  why: text(200),
  skills: fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { minLength: 1, maxLength: 6 }),
  targetDate: fc.option(day, { nil: undefined }),
  status: fc.constantFrom(...GOAL_STATUSES),
  milestones: fc.array(fc.record({ id, title: required, done: fc.boolean() }), { maxLength: 4 }),
  resources: fc.array(fc.record({ title: required, url: fc.option(fc.webUrl(), { nil: undefined }) }, { requiredKeys: ['title'] }), {
    maxLength: 3,
  }),
  progressNotes: text(100),
});
const person = fc.record(
  {
    ...meta,
    name: required,
    role: short,
    company: short,
    path: fc.constantFrom(...PERSON_PATHS),
    profileUrl: fc.webUrl(),
    email: fc.stringMatching(/^[a-z0-9._]{1,12}@[a-z]{1,10}\.(com|org|de)$/),
    connectedOn: day,
    notes: text(200),
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'name', 'role', 'company', 'path'] },
);
const profile = fc.record(
  { name: short, currentRole: short, targetRole: short, targetDate: day, personalStatement: text(200), onboardingDone: fc.boolean() },
  { requiredKeys: ['name', 'currentRole', 'targetRole', 'onboardingDone'] },
);
const checkIn = fc.record({
  ...meta,
  date: day,
  blind: fc.boolean(),
  ratings: fc.uniqueArray(
    fc.record(
      { skill: fc.constantFrom(...SKILL_IDS), level, note: fc.option(text(100), { nil: undefined }) },
      { requiredKeys: ['skill', 'level'] },
    ),
    { minLength: 1, maxLength: 6, selector: (r) => r.skill },
  ),
});
const target = fc.record(
  { skill: fc.constantFrom(...SKILL_IDS), level, targetDate: day, note: short, updatedAt: instant },
  { requiredKeys: ['skill', 'level', 'updatedAt'] },
);
const pathAnswers = fc.record({
  ...meta,
  date: day,
  dimensions: fc.dictionary(fc.constantFrom(...DIMENSION_IDS), fc.integer({ min: -2, max: 2 }), { maxKeys: 3 }),
  factors: fc.dictionary(fc.constantFrom(...FACTOR_IDS), fc.integer({ min: 0, max: 3 }), { maxKeys: 5 }),
});

const byId = <T extends { id: string }>(arb: fc.Arbitrary<T>, max: number) =>
  fc.uniqueArray(arb, { maxLength: max, selector: (r) => r.id });

export const journalArbitrary: fc.Arbitrary<BackupData> = fc
  .record({
    entries: byId(fc.oneof(reflection, conversation, goal), 8),
    people: byId(person, 4),
    settings: fc.option(profile, { nil: undefined }).map((p) => (p ? [{ key: 'profile' as const, value: p }] : [])),
    checkIns: byId(checkIn, 3),
    targets: fc.uniqueArray(target, { maxLength: 6, selector: (t) => t.skill }),
    pathAnswers: byId(pathAnswers, 2),
  })
  .map((raw) => BackupData.safeParse(raw))
  .filter((r) => r.success)
  .map((r) => r.data);
