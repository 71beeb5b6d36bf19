import { describe, expect, it } from 'vitest';
import {
  CheckIn,
  Conversation,
  Entry,
  LearningGoal,
  Milestone,
  PathAnswers,
  Person,
  Profile,
  Reflection,
  Resource,
  SettingRow,
  SkillTarget,
} from '../../shared/schemas';
import { problemsFromZod } from '../../shared/errors';
import { conversation, goal, milestone, person, reflection, uuid } from './builders';
import type { z } from 'zod';

const STAMP = '2026-01-01T09:00:00.000Z';

/** The located problems a schema reports for a value ([] when it is valid). */
function problems(schema: z.ZodType, value: unknown): { where: string; message: string }[] {
  const r = schema.safeParse(value);
  return r.success ? [] : problemsFromZod(r.error);
}

describe('Reflection', () => {
  it('accepts a minimal reflection', () => {
    expect(problems(Reflection, reflection())).toEqual([]);
  });
  it('requires a title (blank after trimming is empty)', () => {
    expect(problems(Reflection, reflection({ title: '   ' }))).toEqual([{ where: 'title', message: 'is required' }]);
  });
  it('rejects a title of 201 characters and accepts 200', () => {
    expect(problems(Reflection, reflection({ title: 'x'.repeat(201) }))).toEqual([
      { where: 'title', message: 'must be at most 200 characters' },
    ]);
    expect(problems(Reflection, reflection({ title: 'x'.repeat(200) }))).toEqual([]);
  });
  it('rejects a body over 100,000 characters', () => {
    expect(problems(Reflection, reflection({ body: 'x'.repeat(100_001) }))).toEqual([
      { where: 'body', message: 'must be at most 100000 characters' },
    ]);
  });
  it('rejects a mood outside 1-5, an unknown skill, and an impossible date, naming each field', () => {
    const bad = { ...reflection(), mood: 6, skills: ['juggling'], date: '2026-02-30' };
    expect(
      problems(Reflection, bad)
        .map((p) => p.where)
        .sort(),
    ).toEqual(['date', 'mood', 'skills[0]']);
  });
  it('lowercases and trims tags', () => {
    expect(Reflection.parse(reflection({ tags: ['  Mentoring ', 'SQL'] })).tags).toEqual(['mentoring', 'sql']);
  });
  it('rejects an empty tag and more than 50 tags', () => {
    expect(problems(Reflection, reflection({ tags: ['  '] }))).toEqual([{ where: 'tags[0]', message: 'tags cannot be empty' }]);
    expect(problems(Reflection, reflection({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }))).toEqual([
      { where: 'tags', message: 'at most 50 tags' },
    ]);
  });
  it('rejects unknown keys (strict)', () => {
    expect(problems(Reflection, { ...reflection(), colour: 'blue' }).map((p) => p.where)).toEqual(['(root)']);
  });
  it('rejects a non-UUID id and a createdAt that is not a date-time', () => {
    expect(
      problems(Reflection, reflection({ id: 'abc', createdAt: 'yesterday' }))
        .map((p) => p.where)
        .sort(),
    ).toEqual(['createdAt', 'id']);
  });
});

describe('Conversation', () => {
  it('accepts a conversation with a follow-up', () => {
    expect(problems(Conversation, conversation({ followUpDate: '2026-03-20', followUpNote: 'Send deck' }))).toEqual([]);
  });
  it('requires a person id and a known conversation kind', () => {
    const bad = { ...conversation(), personId: 'someone', conversationKind: 'coffee' };
    expect(
      problems(Conversation, bad)
        .map((p) => p.where)
        .sort(),
    ).toEqual(['conversationKind', 'personId']);
  });
  it('requires followUpDone', () => {
    const { followUpDone: _, ...rest } = conversation();
    expect(problems(Conversation, rest).map((p) => p.where)).toEqual(['followUpDone']);
  });
  it('rejects a follow-up date that is not a calendar date', () => {
    expect(problems(Conversation, conversation({ followUpDate: '20/03/2026' }))).toEqual([
      { where: 'followUpDate', message: 'must be a date like 2026-03-14' },
    ]);
  });
});

describe('Milestone and Resource', () => {
  it('accepts a milestone and rejects one without a title', () => {
    expect(problems(Milestone, milestone(1, true))).toEqual([]);
    expect(problems(Milestone, { ...milestone(1, false), title: '' })).toEqual([{ where: 'title', message: 'is required' }]);
  });
  it('accepts a resource with an https link or no link', () => {
    expect(problems(Resource, { title: 'Book', url: 'https://example.com/book' })).toEqual([]);
    expect(problems(Resource, { title: 'Book' })).toEqual([]);
  });
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com', 'example.com'])('rejects the link %s', (url) => {
    expect(problems(Resource, { title: 'Book', url })).toEqual([
      { where: 'url', message: 'must be a web address starting with http:// or https://' },
    ]);
  });
});

describe('LearningGoal', () => {
  it('accepts a goal with one skill, milestones and a resource', () => {
    expect(
      problems(LearningGoal, goal({ milestones: [milestone(1, false)], resources: [{ title: 'Course', url: 'http://example.org' }] })),
    ).toEqual([]);
  });
  it('needs at least one skill', () => {
    expect(problems(LearningGoal, goal({ skills: [] }))).toEqual([{ where: 'skills', message: 'pick at least one skill' }]);
  });
  it('rejects an unknown status and locates a bad milestone inside the list', () => {
    const bad = { ...goal(), status: 'paused', milestones: [milestone(1, false), { ...milestone(2, false), id: 'x' }] };
    expect(
      problems(LearningGoal, bad)
        .map((p) => p.where)
        .sort(),
    ).toEqual(['milestones[1].id', 'status']);
  });
  it('is chosen by kind inside the Entry union', () => {
    expect(Entry.parse(goal()).kind).toBe('goal');
    expect(problems(Entry, { ...goal(), kind: 'diary' }).map((p) => p.where)).toEqual(['kind']);
  });
});

describe('Person', () => {
  it('accepts a person with an https profile link and an email', () => {
    expect(
      problems(Person, person({ profileUrl: 'https://www.linkedin.com/in/ada', email: 'ada@example.com', connectedOn: '2023-08-24' })),
    ).toEqual([]);
  });
  it('rejects a bad email', () => {
    expect(problems(Person, person({ email: 'ada-at-example' }))).toEqual([{ where: 'email', message: 'must be an email address' }]);
  });
  it('rejects a javascript: profile link', () => {
    expect(problems(Person, person({ profileUrl: 'javascript:alert(1)' }))).toEqual([
      { where: 'profileUrl', message: 'must be a web address starting with http:// or https://' },
    ]);
  });
  it('requires a name and a known path, and rejects unknown keys', () => {
    const bad = { ...person(), name: '', path: 'sideways', phone: '123' };
    expect(
      problems(Person, bad)
        .map((p) => p.where)
        .sort(),
    ).toEqual(['(root)', 'name', 'path']);
  });
  it('trims the name', () => {
    expect(Person.parse(person({ name: '  Ada  ' })).name).toBe('Ada');
  });
});

describe('Profile and SettingRow', () => {
  const profile = {
    name: 'Sam',
    currentRole: 'Analyst',
    targetRole: 'Internal PM',
    targetDate: '2027-01-31',
    personalStatement: 'I like platforms.',
    onboardingDone: true,
  };
  it('accepts a full profile and the empty default', () => {
    expect(problems(Profile, profile)).toEqual([]);
    expect(problems(Profile, { name: '', currentRole: '', targetRole: '', onboardingDone: false })).toEqual([]);
  });
  it('rejects a bad target date, an over-long statement and unknown keys', () => {
    expect(problems(Profile, { ...profile, targetDate: '2027-13-01' })).toEqual([
      { where: 'targetDate', message: 'must be a date like 2026-03-14' },
    ]);
    expect(problems(Profile, { ...profile, personalStatement: 'x'.repeat(5_001) }).map((p) => p.where)).toEqual(['personalStatement']);
    expect(problems(Profile, { ...profile, theme: 'dark' }).map((p) => p.where)).toEqual(['(root)']);
  });
  it('stores the profile under the key "profile" only', () => {
    expect(problems(SettingRow, { key: 'profile', value: profile })).toEqual([]);
    expect(problems(SettingRow, { key: 'colour', value: profile }).map((p) => p.where)).toEqual(['key']);
  });

  it('stores the theme as system, light or dark under the key "theme"', () => {
    for (const value of ['system', 'light', 'dark']) expect(problems(SettingRow, { key: 'theme', value })).toEqual([]);
    expect(problems(SettingRow, { key: 'theme', value: 'sepia' }).map((p) => p.where)).toEqual(['value']);
    expect(problems(SettingRow, { key: 'theme', value: profile }).map((p) => p.where)).toEqual(['value']);
  });
});

describe('CheckIn', () => {
  const checkIn = {
    id: uuid(1),
    createdAt: STAMP,
    updatedAt: STAMP,
    date: '2026-03-01',
    blind: true,
    ratings: [
      { skill: 'strategy', level: 3 },
      { skill: 'research', level: 5, note: 'Ran a survey' },
    ],
  };
  it('accepts ratings of known skills at levels 1-5', () => {
    expect(problems(CheckIn, checkIn)).toEqual([]);
  });
  it('rejects a level of 0 or 2.5, no ratings, and more than six', () => {
    expect(problems(CheckIn, { ...checkIn, ratings: [{ skill: 'strategy', level: 0 }] })).toEqual([
      { where: 'ratings[0].level', message: 'must be from 1 to 5' },
    ]);
    expect(problems(CheckIn, { ...checkIn, ratings: [{ skill: 'strategy', level: 2.5 }] }).map((p) => p.where)).toEqual([
      'ratings[0].level',
    ]);
    expect(problems(CheckIn, { ...checkIn, ratings: [] }).map((p) => p.where)).toEqual(['ratings']);
    expect(
      problems(CheckIn, { ...checkIn, ratings: Array.from({ length: 7 }, () => ({ skill: 'strategy', level: 1 })) }).map((p) => p.where),
    ).toEqual(['ratings']);
  });
});

describe('SkillTarget', () => {
  const target = { skill: 'leadership', level: 4, targetDate: '2026-12-31', updatedAt: STAMP };
  it('accepts a target and rejects an unknown skill or level 6', () => {
    expect(problems(SkillTarget, target)).toEqual([]);
    expect(
      problems(SkillTarget, { ...target, skill: 'cooking', level: 6 })
        .map((p) => p.where)
        .sort(),
    ).toEqual(['level', 'skill']);
  });
  it('rejects a note over 200 characters', () => {
    expect(problems(SkillTarget, { ...target, note: 'n'.repeat(201) })).toEqual([
      { where: 'note', message: 'must be at most 200 characters' },
    ]);
  });
});

describe('PathAnswers', () => {
  const answers = {
    id: uuid(1),
    createdAt: STAMP,
    updatedAt: STAMP,
    date: '2026-03-01',
    dimensions: { relationships: -2, risk: 0, 'success-metric': 2 },
    factors: { 'job-security': 3, 'broad-network': 0 },
  };
  it('accepts leans -2..2 and weights 0..3, and unanswered questions left out', () => {
    expect(problems(PathAnswers, answers)).toEqual([]);
    expect(problems(PathAnswers, { ...answers, dimensions: {}, factors: {} })).toEqual([]);
  });
  it('rejects a lean of 3 and a weight of -1, naming the key', () => {
    const bad = { ...answers, dimensions: { risk: 3 }, factors: { 'broad-network': -1 } };
    expect(problems(PathAnswers, bad)).toEqual([
      { where: 'dimensions.risk', message: 'must be from -2 (strongly internal) to 2 (strongly external)' },
      { where: 'factors.broad-network', message: 'must be from 0 to 3' },
    ]);
  });
  it('rejects a half-step lean and an unknown dimension', () => {
    expect(problems(PathAnswers, { ...answers, dimensions: { risk: 0.5 } })).toEqual([
      { where: 'dimensions.risk', message: 'must be a whole number' },
    ]);
    // zod reports an unknown record key at the record, naming the key in the message.
    expect(problems(PathAnswers, { ...answers, dimensions: { salary: 1 } })).toEqual([
      { where: 'dimensions', message: 'Unrecognized key: "salary"' },
    ]);
  });
});
