import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathFactOf } from '../../../shared/aggregates';
import { PathFactSchema, looksLikePathFact } from '../../../shared/aggregates/schema';
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
