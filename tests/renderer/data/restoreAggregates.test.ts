import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { applyRestore, type RestoreProgress } from '../../../renderer/data/backupStore';
import { setClock } from '../../../renderer/data/ids';
import { makeBackup } from '../../../shared/backup/format';
import { conversation, person, reflection, uuid } from '../../shared/builders';

// Each computation of the aggregates, with how far the restore had got when it ran.
const computed = vi.hoisted(() => ({ atDone: [] as number[], progress: { done: -1 } }));
vi.mock('../../../shared/aggregates', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../shared/aggregates')>();
  return {
    ...original,
    computeAggregates: (entries: Parameters<typeof original.computeAggregates>[0]) => {
      computed.atDone.push(computed.progress.done);
      return original.computeAggregates(entries);
    },
  };
});

beforeEach(async () => {
  setDatabase(new SextantDB(`t-${crypto.randomUUID()}`));
  setPlain();
  setClock(() => '2026-03-01T10:00:00.000Z');
  computed.atDone = [];
  computed.progress = { done: -1 };
  await db().open();
});
afterEach(() => db().close());

const track = (p: RestoreProgress) => (computed.progress = { done: p.done });

describe("a replace restore's derived data", () => {
  it('is computed once, from the backup, while the first chunk of entries is being written, and written whole', async () => {
    const ana = person({ id: uuid(900), name: 'Ana' });
    const entries = [
      reflection({ id: uuid(1), date: '2026-01-05', skills: ['strategy'], tags: ['q1'] }),
      reflection({ id: uuid(2), date: '2026-01-05', skills: ['strategy', 'communication'], tags: ['q1', 'pricing'] }),
      reflection({ id: uuid(3), date: '2026-02-10', skills: ['communication'], tags: [] }),
      conversation({ id: uuid(4), personId: ana.id, date: '2026-02-11', skills: [], tags: ['q1'] }),
      conversation({ id: uuid(5), personId: ana.id, date: '2026-02-20', skills: ['strategy'], tags: [] }),
    ];
    const backup = makeBackup(
      { entries, people: [ana], settings: [], checkIns: [], targets: [], pathAnswers: [] },
      'test',
      '2026-03-01T00:00:00.000Z',
    );
    // Chunks of two: the five entries are written in three chunks, then the person.
    await applyRestore(backup, 'replace', track, 2);
    // Once, before the first chunk was reported written (entries are the first table written).
    expect(computed.atDone).toEqual([0]);
    expect(computed.progress.done).toBe(6);
    const skills = Object.fromEntries((await db().skillEvidence.toArray()).map((r) => [r.skill, r.days]));
    expect(skills).toEqual({
      strategy: { '2026-01-05': 2, '2026-02-20': 1 },
      communication: { '2026-01-05': 1, '2026-02-10': 1 },
    });
    expect(await db().personSummaries.toArray()).toEqual([
      { personId: ana.id, days: { '2026-02-11': 1, '2026-02-20': 1 }, followUps: expect.any(Object) },
    ]);
    expect(await db().aggregateMeta.get('tags')).toEqual({ key: 'tags', counts: { q1: 3, pricing: 1 } });
    expect(await db().aggregateMeta.get('built')).toMatchObject({ key: 'built' });
  });

  it('of a backup without entries: the aggregates are emptied (computed once, at the end)', async () => {
    await db().skillEvidence.put({ skill: 'strategy', days: { '2026-01-01': 1 } });
    const backup = makeBackup(
      { entries: [], people: [person({ id: uuid(900) })], settings: [], checkIns: [], targets: [], pathAnswers: [] },
      'test',
      '2026-03-01T00:00:00.000Z',
    );
    await applyRestore(backup, 'replace', track, 2);
    expect(computed.atDone).toEqual([1]);
    expect(await db().skillEvidence.count()).toBe(0);
    expect(await db().aggregateMeta.get('tags')).toEqual({ key: 'tags', counts: {} });
  });
});
