/** Invariants of the path-fit model (docs/insight-model.md), checked on random journals with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { FACTOR_IDS, MAX_ENTRY_SHIFT, pathFit, pathFitTop, pathLean, type FactorId, type FitContribution } from '../../../shared/path';
import { composePlan, planIsEmpty, PLAN_CONTRIBUTION_LIMIT, PLAN_SECTION_IDS, type PlanInput } from '../../../shared/plan';
import type { Entry, Person } from '../../../shared/schemas';
import { answers, person, reflection, talk } from './builders';

const NOW = '2026-03-01';
const internals = [person('Ana', 'internal'), person('Ian', 'internal')];
const externals = [person('Ben', 'external'), person('Eve', 'external')];
const others = [person('Cy', 'unknown')];
const people: Person[] = [...internals, ...externals, ...others];
const mirrorPerson = new Map<string, string>([
  [internals[0]!.id, externals[0]!.id],
  [internals[1]!.id, externals[1]!.id],
  [externals[0]!.id, internals[0]!.id],
  [externals[1]!.id, internals[1]!.id],
  [others[0]!.id, others[0]!.id],
]);
// Each factor's mirror on the other side (six each): a strength for a strength, a drawback for a drawback.
const FACTOR_MIRROR: Record<FactorId, FactorId> = {
  'job-security': 'market-exposure',
  'vertical-growth': 'broad-network',
  'long-term-strategy': 'independence',
  'market-exposure': 'job-security',
  'broad-network': 'vertical-growth',
  independence: 'long-term-strategy',
  'avoid-bureaucracy': 'avoid-client-pressure',
  'avoid-client-pressure': 'avoid-bureaucracy',
  'work-life-balance': 'single-focus',
  'single-focus': 'work-life-balance',
  'customer-contact': 'control-over-decisions',
  'control-over-decisions': 'customer-contact',
};

type Spec =
  | { kind: 'talk'; who: number; age: number; energy: number | undefined; shadowing: boolean }
  | { kind: 'reflection'; age: number; lean: 'internal' | 'external' | 'unsure' | undefined };

const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    kind: fc.constant('talk' as const),
    who: fc.integer({ min: 0, max: people.length - 1 }),
    age: fc.integer({ min: 0, max: 1500 }),
    energy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    shadowing: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('reflection' as const),
    age: fc.integer({ min: 0, max: 1500 }),
    lean: fc.constantFrom('internal' as const, 'external' as const, 'unsure' as const, undefined),
  }),
);
const dimension = fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined });
const answerSpec = fc.option(
  fc.record({
    relationships: dimension,
    risk: dimension,
    'success-metric': dimension,
    factors: fc.dictionary(fc.constantFrom(...FACTOR_IDS), fc.integer({ min: 0, max: 3 })),
  }),
  { nil: null },
);

function build(specs: readonly Spec[], mirrored = false): Entry[] {
  return specs.map((s) => {
    const date = addDays(NOW, -s.age);
    if (s.kind === 'reflection') {
      const lean =
        mirrored && (s.lean === 'internal' || s.lean === 'external') ? (s.lean === 'internal' ? 'external' : 'internal') : s.lean;
      return reflection(date, lean);
    }
    const p = people[s.who]!;
    const who = mirrored ? people.find((x) => x.id === mirrorPerson.get(p.id))! : p;
    return talk(date, who, s.energy, s.shadowing ? 'shadowing' : 'informational');
  });
}

type AnswerSpec = typeof answerSpec extends fc.Arbitrary<infer T> ? T : never;

function buildAnswers(a: AnswerSpec, mirrored = false) {
  if (!a) return [];
  const sign = mirrored ? -1 : 1;
  const dims: Record<string, number> = {};
  for (const k of ['relationships', 'risk', 'success-metric'] as const) if (a[k] !== undefined) dims[k] = a[k] === 0 ? 0 : sign * a[k];
  const factors: Partial<Record<FactorId, number>> = {};
  for (const [k, v] of Object.entries(a.factors) as [FactorId, number][]) factors[mirrored ? FACTOR_MIRROR[k] : k] = v;
  return [answers('2026-01-01', dims, factors)];
}

describe('path fit invariants', () => {
  it('mirroring every input mirrors the position and keeps the confidence', () => {
    fc.assert(
      fc.property(answerSpec, fc.array(spec, { maxLength: 25 }), (a, specs) => {
        const fit = pathFit(buildAnswers(a), build(specs), people, NOW);
        const mirror = pathFit(buildAnswers(a, true), build(specs, true), people, NOW);
        expect(mirror.position).toBe(fit.position === 0 ? 0 : -fit.position);
        expect(mirror.confidence).toBe(fit.confidence);
      }),
    );
  });

  it('adding evidence that agrees with the lean never lowers confidence', () => {
    fc.assert(
      fc.property(answerSpec, fc.array(spec, { maxLength: 25 }), fc.integer({ min: 0, max: 1500 }), (a, specs, age) => {
        const entries = build(specs);
        const fit = pathFit(buildAnswers(a), entries, people, NOW);
        fc.pre(fit.position !== 0);
        const side = fit.position < 0 ? 'internal' : 'external';
        const more = pathFit(buildAnswers(a), [...entries, reflection(addDays(NOW, -age), side)], people, NOW);
        expect(more.confidenceParts.score).toBeGreaterThanOrEqual(fit.confidenceParts.score);
        const rank = { low: 0, medium: 1, high: 2 };
        expect(rank[more.confidence]).toBeGreaterThanOrEqual(rank[fit.confidence]);
      }),
    );
  });

  it('making an entry older never increases its influence', () => {
    fc.assert(
      fc.property(
        answerSpec,
        fc.array(spec, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        (a, specs, pick, extra) => {
          const i = pick % specs.length;
          const entries = build(specs);
          const older = entries.map((e, j) => (j === i ? { ...e, date: addDays(e.date, -extra) } : e));
          const before = pathFit(buildAnswers(a), entries, people, NOW).contributions.find((c) => c.entryId === entries[i]!.id);
          const after = pathFit(buildAnswers(a), older, people, NOW).contributions.find((c) => c.entryId === entries[i]!.id);
          expect(Math.abs(after?.points ?? 0)).toBeLessThanOrEqual(Math.abs(before?.points ?? 0));
        },
      ),
    );
  });

  it(`one entry moves the position by at most ${MAX_ENTRY_SHIFT.toFixed(2)} (up to rounding)`, () => {
    fc.assert(
      fc.property(answerSpec, fc.array(spec, { maxLength: 25 }), spec, (a, specs, one) => {
        const entries = build(specs);
        const without = pathFit(buildAnswers(a), entries, people, NOW).position;
        const withIt = pathFit(buildAnswers(a), [...entries, ...build([one])], people, NOW).position;
        expect(Math.abs(withIt - without)).toBeLessThanOrEqual(MAX_ENTRY_SHIFT + 0.01);
      }),
    );
  });

  it('pathLean says what pathFit says: position, lean, label, verdict, confidence and next steps', () => {
    fc.assert(
      fc.property(answerSpec, fc.array(spec, { maxLength: 25 }), fc.integer({ min: -30, max: 30 }), (a, specs, shift) => {
        // Some entries after `asOf` too (not counted by either).
        const asOf = addDays(NOW, shift);
        const [history, entries] = [buildAnswers(a), build(specs)];
        const fit = pathFit(history, entries, people, asOf);
        const { asOf: at, position, lean, strength, positionLabel, verdict, confidence, nextSteps } = fit;
        expect(pathLean(history, entries, people, asOf)).toEqual({
          asOf: at,
          position,
          lean,
          strength,
          positionLabel,
          verdict,
          confidence,
          nextSteps,
        });
      }),
    );
  });

  it('pathFitTop gives the largest contributions of pathFit, in its order, and the same plan', () => {
    // Ages from a few values too, so that many items tie on their effect (ties keep the full list's order).
    const fewAges = fc.array(spec, { maxLength: 40 }).map((specs) => specs.map((s) => ({ ...s, age: s.age % 4 })));
    fc.assert(
      fc.property(
        answerSpec,
        fc.oneof(fc.array(spec, { maxLength: 40 }), fewAges),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        (a, specs, shift, limit) => {
          const asOf = addDays(NOW, shift);
          const [history, entries] = [buildAnswers(a), build(specs)];
          const fit = pathFit(history, entries, people, asOf);
          const top = pathFitTop(history, entries, people, asOf, limit);
          const bySize = (list: readonly FitContribution[]) =>
            list.filter((c) => c.points !== 0).sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
          const ids = new Set(
            bySize(fit.contributions)
              .slice(0, limit)
              .map((c) => c.id),
          );
          // The same contributions, worded the same, in the order the full list has them.
          expect(top.contributions).toEqual(fit.contributions.filter((c) => ids.has(c.id)));
          expect(top).toEqual({
            position: fit.position,
            lean: fit.lean,
            positionLabel: fit.positionLabel,
            confidence: fit.confidence,
            facts: { confidence: fit.facts.confidence, steps: fit.facts.steps },
            contributions: top.contributions,
          });
          // What a plan makes of either: the same document, and the same "nothing to say yet".
          const input: PlanInput = {
            profile: { name: 'Ada', currentRole: 'PM', targetRole: '', personalStatement: '' },
            fit,
            steps: [],
            skills: [],
            focus: [],
            goals: [],
            followUps: [],
            conversations: [],
            include: PLAN_SECTION_IDS,
            takeaways: [],
            includeOverdue: false,
            now: asOf,
          };
          const planTop = pathFitTop(history, entries, people, asOf, PLAN_CONTRIBUTION_LIMIT);
          expect(composePlan({ ...input, fit: planTop })).toEqual(composePlan(input));
          expect(planIsEmpty({ ...input, profile: { ...input.profile, name: '' }, fit: planTop })).toBe(
            planIsEmpty({ ...input, profile: { ...input.profile, name: '' } }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('all-neutral answers with no entries give exactly undecided', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.subarray(['relationships', 'risk', 'success-metric'] as const), (w, dims) => {
        const a = answers('2026-01-01', Object.fromEntries(dims.map((d) => [d, 0])), Object.fromEntries(FACTOR_IDS.map((f) => [f, w])));
        const fit = pathFit([a], [], people, NOW);
        expect(fit.position).toBe(0);
        expect(fit.lean).toBe('undecided');
      }),
    );
  });
});

describe('path fit invariants, found cases', () => {
  it('mirrors a journal whose position sits on a rounding boundary (sums taken in another order)', () => {
    const a = {
      relationships: -2,
      risk: undefined,
      'success-metric': 2,
      factors: {
        'broad-network': 3,
        'long-term-strategy': 1,
        'job-security': 2,
        'avoid-client-pressure': 2,
        'control-over-decisions': 2,
        'avoid-bureaucracy': 1,
        'market-exposure': 2,
        'single-focus': 3,
      },
    } as const;
    const fit = pathFit(buildAnswers(a), [], people, NOW);
    const mirror = pathFit(buildAnswers(a, true), [], people, NOW);
    expect(mirror.position).toBe(-fit.position);
  });
});
