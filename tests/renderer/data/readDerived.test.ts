import { beforeEach, describe, expect, it } from 'vitest';
import { pathFactOf } from '../../../shared/aggregates';
import { PathFactSchema, looksLikePathFact } from '../../../shared/aggregates/schema';
import { readDerived, readProblems } from '../../../renderer/data/records';
import { conversation, reflection, uuid } from '../../shared/builders';

beforeEach(() => {
  readProblems.length = 0;
});

describe('readDerived', () => {
  it('keeps rows that pass the quick check as they are, parses the others, reports the corrupt one, in order', () => {
    const a = pathFactOf(reflection({ id: uuid(1), date: '2026-01-01', lean: 'internal' }))!;
    const b = pathFactOf(conversation({ id: uuid(2), date: '2026-01-02', energy: 4 }))!;
    // Fails the quick check (padded title) but is valid for the schema, which trims it.
    const padded = { ...pathFactOf(reflection({ id: uuid(3), date: '2026-01-03' }))!, title: ' Padded ' };
    const corrupt = { ...b, id: uuid(4), energy: 9 };
    const out = readDerived(PathFactSchema, looksLikePathFact, [a, corrupt, b], 'pathFacts');
    expect(out).toEqual([a, b]);
    expect(out[0]).toBe(a);
    expect(readProblems).toHaveLength(1);
    expect(readProblems[0]).toMatchObject({ table: 'pathFacts', id: uuid(4) });
    expect(readProblems[0]!.problems[0]!.where).toContain('energy');
    expect(readDerived(PathFactSchema, () => false, [padded], 'pathFacts')).toEqual([{ ...padded, title: 'Padded' }]);
  });
});
