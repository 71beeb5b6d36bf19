import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAggregates, pathFactOf } from '../../../shared/aggregates';
import {
  PathFactSchema,
  PersonSummaryRowSchema,
  SkillEvidenceRowSchema,
  looksLikePathFact,
  looksLikePersonSummaryRow,
  looksLikeSkillEvidenceRow,
} from '../../../shared/aggregates/schema';
import { SKILL_IDS } from '../../../shared/domain/framework';
import { conversation, reflection, uuid } from '../builders';

const day = fc.constantFrom('2026-01-01', '2025-12-31', '2024-02-29');
const factArb = fc.oneof(
  fc
    .record({ n: fc.nat(50), date: day, lean: fc.constantFrom(undefined, 'internal', 'external', 'unsure' as const) })
    .map((o) => pathFactOf(reflection({ id: uuid(o.n), date: o.date, ...(o.lean ? { lean: o.lean } : {}) }))!),
  fc
    .record({
      n: fc.nat(50),
      date: day,
      kind: fc.constantFrom('informational', 'mentorship', 'shadowing', 'other' as const),
      energy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      followUpDate: fc.option(day, { nil: undefined }),
      followUpDone: fc.boolean(),
      takeaways: fc.constantFrom('', 'A takeaway'),
    })
    .map(({ n, kind, energy, followUpDate, ...o }) =>
      pathFactOf(
        conversation({
          ...o,
          id: uuid(n),
          conversationKind: kind as never,
          ...(energy ? { energy } : {}),
          ...(followUpDate ? { followUpDate } : {}),
        }),
      )!,
    ),
);

describe('looksLikePathFact (the quick check of stored path facts)', () => {
  it('passes every fact the app writes, and the schema agrees with it', () => {
    fc.assert(
      fc.property(factArb, (fact) => {
        expect(PathFactSchema.safeParse(fact).success).toBe(true);
        expect(looksLikePathFact(fact)).toBe(true);
      }),
    );
  });

  it('sends a damaged row to the schema: wrong kind, missing or extra key, wrong type, out-of-range energy, bad date shape', () => {
    const r = pathFactOf(reflection({ id: uuid(1), date: '2026-01-01', lean: 'internal' }))!;
    const c = pathFactOf(conversation({ id: uuid(2), date: '2026-01-01', energy: 4 }))!;
    const damaged: unknown[] = [
      null,
      'text',
      { ...r, kind: 'goal' },
      { ...r, title: '' },
      { ...r, lean: 'sideways' },
      { ...r, extra: 1 },
      { ...r, date: '1/1/2026' },
      { ...c, energy: 6 },
      { ...c, energy: 2.5 },
      { ...c, followUpDone: 'no' },
      { ...c, conversationKind: 'party' },
      { ...c, followUpDate: 'soon' },
      Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'hasTakeaways')),
      { ...c, id: 42 },
    ];
    for (const row of damaged) {
      expect(looksLikePathFact(row), JSON.stringify(row)).toBe(false);
      expect(PathFactSchema.safeParse(row).success, JSON.stringify(row)).toBe(false);
    }
  });
});

describe('looksLikeSkillEvidenceRow and looksLikePersonSummaryRow (the quick checks of counts per day)', () => {
  const entryArb = fc.record({
    n: fc.nat(200),
    date: day,
    person: fc.integer({ min: 900, max: 903 }),
    skills: fc.subarray([...SKILL_IDS]),
    followUpDate: fc.option(day, { nil: undefined }),
    conversation: fc.boolean(),
  });

  it('pass every row the app computes, and the schema agrees', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (specs) => {
        const entries = specs.map((o, i) =>
          o.conversation
            ? conversation({
                id: uuid(i + 1),
                date: o.date,
                personId: uuid(o.person),
                skills: o.skills,
                ...(o.followUpDate ? { followUpDate: o.followUpDate } : {}),
              })
            : reflection({ id: uuid(i + 1), date: o.date, skills: o.skills }),
        );
        const agg = computeAggregates(entries);
        for (const row of agg.skills.values()) {
          expect(SkillEvidenceRowSchema.safeParse(row).success).toBe(true);
          expect(looksLikeSkillEvidenceRow(row)).toBe(true);
        }
        for (const row of agg.people.values()) {
          expect(PersonSummaryRowSchema.safeParse(row).success).toBe(true);
          expect(looksLikePersonSummaryRow(row)).toBe(true);
        }
      }),
    );
  });

  it('send a damaged row to the schema: unknown skill, extra or missing key, a count of 0 or a fraction, a bad date shape, an array', () => {
    const skill = { skill: 'strategy', days: { '2026-01-01': 2, '2026-01-02': 1 } };
    const person = { personId: uuid(900), days: { '2026-01-01': 1 }, followUps: {} };
    const skills: unknown[] = [
      null,
      [],
      { ...skill, skill: 'juggling' },
      { ...skill, extra: true },
      { skill: 'strategy' },
      { ...skill, days: { '2026-01-01': 0 } },
      { ...skill, days: { '2026-01-01': 1.5 } },
      { ...skill, days: { '1 Jan 2026': 1 } },
      { ...skill, days: ['2026-01-01'] },
      { ...skill, days: { '2026-01-01': '2' } },
    ];
    const people: unknown[] = [
      'text',
      { ...person, personId: '' },
      { ...person, followUps: null },
      { ...person, days: { '2026-01-01': -1 } },
      { personId: uuid(900), days: {} },
      { ...person, extra: 1 },
    ];
    expect(looksLikeSkillEvidenceRow(skill)).toBe(true);
    expect(looksLikePersonSummaryRow(person)).toBe(true);
    for (const row of skills) {
      expect(looksLikeSkillEvidenceRow(row), JSON.stringify(row)).toBe(false);
      expect(SkillEvidenceRowSchema.safeParse(row).success, JSON.stringify(row)).toBe(false);
    }
    for (const row of people) {
      expect(looksLikePersonSummaryRow(row), JSON.stringify(row)).toBe(false);
      expect(PersonSummaryRowSchema.safeParse(row).success, JSON.stringify(row)).toBe(false);
    }
  });
});
