/**
 * The fit history rolls its sums forward month by month; on random journals every point must be
 * what the full computation (`pathFit` from every entry) says on that date, and the points must
 * be the last date of each month on which something that moves the fit happened.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { fitHistory, pathFit } from '../../../shared/path';
import type { Entry } from '../../../shared/schemas';
import { answers, person, reflection, talk } from './builders';

const NOW = '2026-03-01';
const people = [person('Ana', 'internal'), person('Ben', 'external'), person('Cy', 'unknown')];

// Days before NOW (negative: after it, not counted yet); a short span so months hold several dates.
const age = fc.integer({ min: -40, max: 900 });
const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc
    .record({
      age,
      who: fc.nat(people.length - 1),
      energy: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      shadow: fc.boolean(),
    })
    .map((o) => talk(addDays(NOW, -o.age), people[o.who]!, o.energy, o.shadow ? 'shadowing' : 'mentorship')),
  fc
    .record({ age, lean: fc.constantFrom('internal' as const, 'external' as const, 'unsure' as const, undefined) })
    .map((o) => reflection(addDays(NOW, -o.age), o.lean)),
);
const side = fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined });
const answersAt = fc
  .record({ age, risk: side, relationships: side, security: fc.integer({ min: 0, max: 3 }), market: fc.integer({ min: 0, max: 3 }) })
  .map((o) =>
    answers(
      addDays(NOW, -o.age),
      { ...(o.risk !== undefined ? { risk: o.risk } : {}), ...(o.relationships !== undefined ? { relationships: o.relationships } : {}) },
      { 'job-security': o.security, 'market-exposure': o.market },
    ),
  );

describe('fitHistory on random journals', () => {
  it('equals the full computation at every month end, and has one point per month with evidence', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.array(answersAt, { maxLength: 3 }), (entries, history) => {
        const h = fitHistory(history, entries, people, NOW);
        for (const p of h) {
          const full = pathFit(history, entries, people, p.date);
          expect([p.date, p.position, p.positionLabel, p.confidence]).toEqual([p.date, full.position, full.positionLabel, full.confidence]);
        }
        const moving = [
          ...history.map((a) => a.date),
          ...entries
            .filter((e) => e.kind === 'conversation' || (e.kind === 'reflection' && (e.lean === 'internal' || e.lean === 'external')))
            .map((e) => e.date),
        ].filter((d) => d <= NOW);
        const lastPerMonth = new Map<string, string>();
        for (const d of moving) if ((lastPerMonth.get(d.slice(0, 7)) ?? '') < d) lastPerMonth.set(d.slice(0, 7), d);
        expect(h.map((p) => p.date)).toEqual([...lastPerMonth.values()].sort());
      }),
      { numRuns: 200 },
    );
  });
});
