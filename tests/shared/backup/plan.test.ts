import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../shared/backup/format';
import fc from 'fast-check';
import { planChangesNothing, planRestore, sameJson, stableStringify, TablePlanner } from '../../../shared/backup/plan';
import { latestBackupAt, shouldBackUpNow } from '../../../shared/backup/schedule';
import { ADA_ID, REFLECTION_ID, sampleJournal } from './sampleJournal';

const empty = (): BackupData => ({ entries: [], people: [], settings: [], checkIns: [], targets: [], pathAnswers: [] });
const counts = (p: ReturnType<typeof planRestore>, t: keyof BackupData) => {
  const { added, updated, unchanged, removed } = p.tables[t];
  return { added, updated, unchanged, removed };
};

describe('planRestore', () => {
  it('into an empty journal adds everything, in both modes', () => {
    for (const mode of ['replace', 'merge'] as const) {
      const p = planRestore(empty(), sampleJournal(), mode);
      expect(counts(p, 'entries')).toEqual({ added: 3, updated: 0, unchanged: 0, removed: 0 });
      expect(counts(p, 'settings')).toEqual({ added: 1, updated: 0, unchanged: 0, removed: 0 });
      expect(p.tables.entries.put).toHaveLength(3);
    }
  });

  it('the same journal changes nothing', () => {
    const p = planRestore(sampleJournal(), sampleJournal(), 'replace');
    expect(planChangesNothing(p)).toBe(true);
    expect(counts(p, 'entries')).toEqual({ added: 0, updated: 0, unchanged: 3, removed: 0 });
  });

  it('replace removes what the backup lacks and overwrites what differs, even when the current row is newer', () => {
    const current = sampleJournal();
    current.entries[0] = {
      ...current.entries[0]!,
      title: 'Edited later',
      updatedAt: '2026-03-01T00:00:00.000Z',
    } as BackupData['entries'][number];
    current.people.push({ ...current.people[0]!, id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', name: 'Extra person' });
    const p = planRestore(current, sampleJournal(), 'replace');
    expect(counts(p, 'entries')).toEqual({ added: 0, updated: 1, unchanged: 2, removed: 0 });
    expect(counts(p, 'people')).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 1 });
    expect(p.tables.people.remove).toEqual(['9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d']);
    expect((p.tables.entries.put[0] as { id: string }).id).toBe(REFLECTION_ID);
  });

  it('merge keeps the newer updatedAt for the same id and never removes', () => {
    const current = sampleJournal();
    // Current reflection edited after the backup: kept. Current person older than the backup's: replaced.
    current.entries[0] = {
      ...current.entries[0]!,
      title: 'Edited later',
      updatedAt: '2026-03-01T00:00:00.000Z',
    } as BackupData['entries'][number];
    current.people[0] = { ...current.people[0]!, role: 'Old role', updatedAt: '2026-01-01T00:00:00.000Z' };
    current.checkIns = [];
    current.settings = [{ key: 'profile', value: { name: 'Someone new', currentRole: '', targetRole: '', onboardingDone: true } }];
    current.pathAnswers.push({ ...current.pathAnswers[0]!, id: 'ab0c1d2e-3f4a-4b5c-9d6e-7f8a9b0c1d2e' });
    const p = planRestore(current, sampleJournal(), 'merge');
    expect(counts(p, 'entries')).toEqual({ added: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(counts(p, 'people')).toEqual({ added: 0, updated: 1, unchanged: 0, removed: 0 });
    expect((p.tables.people.put[0] as { id: string; role: string }).role).toBe('Senior PM, Internal Tools');
    expect(counts(p, 'checkIns')).toEqual({ added: 1, updated: 0, unchanged: 0, removed: 0 });
    // Settings have no timestamp: the current profile is kept.
    expect(counts(p, 'settings')).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
    expect(counts(p, 'pathAnswers')).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
    expect(p.tables.people.put.map((r) => (r as { id: string }).id)).toEqual([ADA_ID]);
  });

  it('merge with equal timestamps but different content keeps the current row', () => {
    const current = sampleJournal();
    current.targets[0] = { ...current.targets[0]!, level: 5 };
    const p = planRestore(current, sampleJournal(), 'merge');
    expect(counts(p, 'targets')).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
  });

  it('compares records by content whatever their key order', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });
});

describe('TablePlanner (a stored row at a time)', () => {
  const row = (id: string, updatedAt: string, title = id) =>
    ({ ...sampleJournal().entries[0]!, id, updatedAt, title }) as BackupData['entries'][number];
  const incoming = [row('a', '2026-01-01T00:00:00.000Z'), row('b', '2026-02-01T00:00:00.000Z'), row('c', '2026-01-01T00:00:00.000Z')];

  it('replace: a different timestamp settles a write, the same one needs the content, a row the backup lacks is removed', () => {
    const p = new TablePlanner('entries', incoming, 'replace');
    expect(p.seeRow({ ...row('a', '2026-01-01T00:00:00.000Z'), rev: 4 })).toBe('unchanged');
    expect(p.seeRow(row('b', '2026-01-15T00:00:00.000Z'))).toBe('updated');
    expect(p.seeRow(row('c', '2026-01-01T00:00:00.000Z', 'reworded'))).toBe('updated');
    expect(p.seeRow(row('z', '2026-01-01T00:00:00.000Z'))).toBe('removed');
    expect(() => p.seeStamp('a', '2026-01-01T00:00:00.000Z')).toThrow('A replace plans from the stored rows themselves');
    const plan = p.plan();
    expect({ ...plan, put: plan.put.map((r) => (r as { id: string }).id) }).toEqual({
      added: 0,
      updated: 2,
      unchanged: 1,
      removed: 1,
      put: ['b', 'c'],
      remove: ['z'],
    });
  });

  it('merge from timestamps alone: only a strictly newer backup row is written; a stamp that is not a string never loses', () => {
    const p = new TablePlanner('entries', [...incoming, row('d', '2026-01-01T00:00:00.000Z')], 'merge');
    expect(p.seeStamp('a', '2025-12-31T23:59:59.999Z')).toBe('updated');
    expect(p.seeStamp('b', '2026-02-01T00:00:00.000Z')).toBe('unchanged');
    expect(p.seeStamp('c', undefined)).toBe('unchanged');
    expect(p.seeStamp('d', 5)).toBe('unchanged');
    expect(p.seeStamp('z', '2020-01-01T00:00:00.000Z')).toBe('unchanged');
    expect(p.holds('z')).toBe(false);
    const plan = p.plan();
    expect([plan.added, plan.updated, plan.unchanged, plan.removed, plan.put.length]).toEqual([0, 1, 3, 0, 1]);
  });

  it('a backup row whose key was never seen stored is added', () => {
    const p = new TablePlanner('entries', incoming, 'replace');
    p.seeRow(row('b', '2026-02-01T00:00:00.000Z'));
    const plan = p.plan();
    expect([plan.added, plan.updated, plan.unchanged, plan.removed]).toEqual([2, 0, 1, 0]);
    expect(plan.put.map((r) => (r as { id: string }).id)).toEqual(['a', 'c']);
  });
});

describe('sameJson', () => {
  const value = fc.anything({ withDate: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, maxDepth: 3 });
  /** The same value rebuilt with its keys in reverse order (so equal texts are common). */
  const reordered = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reordered)
      : v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reordered(x)]),
          )
        : v;

  it('agrees with comparing the stableStringify texts, for any two values and for a value and itself reordered', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(stableStringify(a) === stableStringify(b));
        expect(sameJson(a, reordered(a))).toBe(stableStringify(a) === stableStringify(reordered(a)));
      }),
      { numRuns: 2_000, seed: 20261201 },
    );
  });

  it('treats what JSON leaves out as absent in an object and as null in an array, and can leave out one top-level key', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, undefined, NaN], [1, null, null])).toBe(true);
    // eslint-disable-next-line no-sparse-arrays
    expect(sameJson([, 1], [5, 1])).toBe(false);
    expect(sameJson({ id: 'x', rev: 2 }, { id: 'x' }, 'rev')).toBe(true);
    expect(sameJson({ id: 'x', rev: 2 }, { id: 'x' })).toBe(false);
    expect(sameJson({ n: { rev: 1 } }, { n: {} }, 'rev')).toBe(false);
  });
});

describe('automatic backup schedule', () => {
  it('backs up when there is no backup yet', () => {
    expect(shouldBackUpNow(null, '2026-03-01T10:00:00Z')).toBe(true);
  });
  it('waits until a full day has passed since the last backup', () => {
    expect(shouldBackUpNow('2026-03-01T10:00:00Z', '2026-03-02T09:59:59Z')).toBe(false);
    expect(shouldBackUpNow('2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z')).toBe(true);
  });
  it('backs up when the last backup lies in the future (the clock was turned back)', () => {
    expect(shouldBackUpNow('2026-03-05T10:00:00Z', '2026-03-01T10:00:00Z')).toBe(true);
  });
  it('finds the newest of listed backups', () => {
    expect(
      latestBackupAt([{ date: '2026-03-01T10:00:00.000Z' }, { date: '2026-03-03T08:00:00.000Z' }, { date: '2026-03-02T23:00:00.000Z' }]),
    ).toBe('2026-03-03T08:00:00.000Z');
    expect(latestBackupAt([])).toBeNull();
  });
});
