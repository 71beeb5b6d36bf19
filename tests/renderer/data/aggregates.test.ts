import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregatesSnapshot, computeAggregates, factBucketOf, type Aggregates } from '../../../shared/aggregates';
import { makeBackup } from '../../../shared/backup/format';
import { SKILL_IDS } from '../../../shared/domain/framework';
import type { Entry } from '../../../shared/schemas';
import { setPlain } from '../../../renderer/crypto/session';
import {
  ensureAggregates,
  getTagCounts,
  listTags,
  listPathFacts,
  listPersonSummaries,
  listSkillEvidence,
  rebuildAggregates,
} from '../../../renderer/data/aggregates';
import { applyRestore } from '../../../renderer/data/backupStore';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { prepareEncryption, turnEncryptionOn } from '../../../renderer/data/encryption/journalEncryption';
import { setClock } from '../../../renderer/data/ids';
import { applyReflectionImport } from '../../../renderer/data/importStore';
import { deleteEntry, getEntry, listEntries, restoreEntry, saveEntry, setFollowUpDone } from '../../../renderer/data/repositories/entries';
import { deletePerson, mergePeople, restorePerson, savePerson } from '../../../renderer/data/repositories/people';
import { SEALED } from '../../../renderer/crypto/records';
import Dexie, { liveQuery } from 'dexie';
import { conversation, goal, person, reflection, uuid } from '../../shared/builders';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  setPlain();
  setClock(() => '2026-03-01T10:00:00.000Z');
});
afterEach(() => setPlain());

/** The aggregates as stored, read through the app's reads. */
async function stored(): Promise<ReturnType<typeof aggregatesSnapshot>> {
  const agg: Aggregates = {
    skills: new Map((await listSkillEvidence()).map((r) => [r.skill, r])),
    people: await listPersonSummaries(),
    facts: new Map((await listPathFacts()).map((f) => [f.id, f])),
    tags: await getTagCounts(),
  };
  return aggregatesSnapshot(agg);
}

/** The aggregates worked out from every stored entry. */
async function recomputed(): Promise<ReturnType<typeof aggregatesSnapshot>> {
  return aggregatesSnapshot(computeAggregates(await listEntries()));
}

const PEOPLE = [900, 901, 902].map((n) => uuid(n));
const ids = fc.integer({ min: 1, max: 6 }).map(uuid);
const day = fc.constantFrom('2026-01-01', '2026-02-10', '2026-03-01', '2026-04-01');
const skills = fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { maxLength: 3 });
const entryArb: fc.Arbitrary<Entry> = fc.oneof(
  fc
    .record({ id: ids, date: day, skills, lean: fc.constantFrom(undefined, 'internal', 'external' as const) })
    .map(({ lean, ...o }) => reflection({ ...o, ...(lean ? { lean } : {}) })),
  fc
    .record({ id: ids, date: day, skills, personId: fc.constantFrom(...PEOPLE), followUpDate: fc.option(day, { nil: undefined }) })
    .map(({ followUpDate, ...o }) => conversation({ ...o, ...(followUpDate ? { followUpDate } : {}), takeaways: 'noted' })),
  fc
    .record({ id: ids, date: day, skills: fc.uniqueArray(fc.constantFrom(...SKILL_IDS), { minLength: 1, maxLength: 2 }) })
    .map((o) => goal(o)),
);

type Op =
  | { save: Entry }
  | { remove: string }
  | { undo: true }
  | { followUp: string; done: boolean }
  | { merge: [number, number] }
  | { dropPerson: number }
  | { restore: Entry[]; mode: 'merge' | 'replace' }
  | { importReflections: Entry[] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: entryArb.map((save) => ({ save })) },
  { weight: 2, arbitrary: ids.map((remove) => ({ remove })) },
  { weight: 1, arbitrary: fc.constant({ undo: true as const }) },
  { weight: 1, arbitrary: fc.record({ followUp: ids, done: fc.boolean() }) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(2), fc.nat(2)).map((merge) => ({ merge })) },
  { weight: 1, arbitrary: fc.nat(2).map((dropPerson) => ({ dropPerson })) },
  {
    weight: 1,
    arbitrary: fc.record({
      restore: fc.uniqueArray(entryArb, { maxLength: 4, selector: (e) => e.id }),
      mode: fc.constantFrom('merge' as const, 'replace' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .uniqueArray(fc.integer({ min: 20, max: 24 }), { maxLength: 3 })
      .map((ns) => ({ importReflections: ns.map((n) => reflection({ id: uuid(n), skills: ['research'], lean: 'internal' })) })),
  },
);

/** Runs one operation through the app's repositories; refusals (a conflict, a missing person) are part of the game. */
async function run(op: Op, undo: { entry?: Entry; person?: Parameters<typeof restorePerson> }): Promise<void> {
  if ('save' in op) {
    const current = await getEntry(op.save.id);
    const { createdAt: _c, updatedAt: _u, ...draft } = op.save;
    await saveEntry(current ? { ...draft, rev: current.rev } : draft, { overwrite: true });
  } else if ('remove' in op) {
    undo.entry = await deleteEntry(op.remove);
  } else if ('undo' in op) {
    if (undo.entry && !(await getEntry(undo.entry.id))) await restoreEntry(undo.entry);
    if (undo.person) await restorePerson(...undo.person).catch(() => undefined);
    undo.entry = undefined;
    undo.person = undefined;
  } else if ('followUp' in op) {
    const e = await getEntry(op.followUp);
    if (e?.kind === 'conversation' && e.followUpDone !== op.done) await setFollowUpDone(e, op.done);
  } else if ('merge' in op) {
    const [a, b] = op.merge;
    if (a !== b) await mergePeople(PEOPLE[a]!, PEOPLE[b]!).catch(() => undefined);
  } else if ('dropPerson' in op) {
    const { person: p, deletedEntries } = await deletePerson(PEOPLE[op.dropPerson]!, 'delete');
    if (p) undo.person = [p, deletedEntries];
  } else if ('restore' in op) {
    const people = PEOPLE.map((id) => person({ id }));
    const backup = makeBackup(
      { entries: op.restore, people, settings: [], checkIns: [], targets: [], pathAnswers: [] },
      'test',
      '2026-03-01T10:00:00.000Z',
    );
    // Chunks of two: a restore of several entries writes (and, merging, loads rows) in overlapping chunks.
    await applyRestore(backup, op.mode, undefined, 2);
  } else {
    await applyReflectionImport(
      op.importReflections.map(({ updatedAt: _u, ...r }) => r as Omit<Entry & { kind: 'reflection' }, 'updatedAt'>),
    );
  }
}

describe('aggregates kept by the repositories', () => {
  it('any sequence of creates, edits, deletes, undos, follow-ups, merges, person deletes, restores and imports gives the aggregates a recomputation gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        setDatabase(new SextantDB('t-' + crypto.randomUUID()));
        for (const id of PEOPLE) await savePerson(person({ id }));
        const undo = {};
        for (const op of ops) {
          await run(op, undo);
          expect(await stored()).toEqual(await recomputed());
        }
        db().close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('one conversation saved, edited and deleted: the person summary and skill rows follow, and go when nothing is left', async () => {
    await saveEntry(conversation({ id: uuid(1), date: '2026-02-01', skills: ['research'], followUpDate: '2026-03-05' }));
    expect((await listPersonSummaries()).get(uuid(900))).toEqual({
      personId: uuid(900),
      days: { '2026-02-01': 1 },
      followUps: { '2026-03-05': 1 },
    });
    const saved = (await getEntry(uuid(1)))!;
    await saveEntry({ ...saved, date: '2026-02-03', skills: ['strategy'] });
    expect(await listSkillEvidence()).toEqual([{ skill: 'strategy', days: { '2026-02-03': 1 } }]);
    await deleteEntry(uuid(1));
    expect(await stored()).toEqual({ skills: [], people: [], facts: [], tags: {} });
  });

  it('rebuildAggregates and ensureAggregates build them from entries written without the upkeep', async () => {
    await db().entries.bulkPut([reflection({ id: uuid(1), skills: ['research'] }), reflection({ id: uuid(2), skills: ['research'] })]);
    // Nothing marks them built: the first read builds them.
    await ensureAggregates();
    expect(await listSkillEvidence()).toEqual([{ skill: 'research', days: { '2026-03-01': 2 } }]);
    await db().entries.delete(uuid(2));
    await rebuildAggregates();
    expect(await listSkillEvidence()).toEqual([{ skill: 'research', days: { '2026-03-01': 1 } }]);
  });
});

describe('listPathFacts in a live query', () => {
  it("reads again when an entry is saved (its read is in a transaction of its own, outside Dexie's result cache)", async () => {
    await saveEntry(reflection({ id: uuid(1), date: '2026-01-05', lean: 'internal', title: 'First' }));
    const seen: string[][] = [];
    let next: () => void = () => {};
    const sub = liveQuery(listPathFacts).subscribe((facts) => {
      seen.push(facts.map((f) => f.id).sort());
      next();
    });
    const emitted = (n: number) =>
      new Promise<void>((resolve) => {
        next = () => seen.length >= n && resolve();
        next();
      });
    await emitted(1);
    await saveEntry(conversation({ id: uuid(2), date: '2026-01-06', personId: uuid(900) }));
    await emitted(2);
    sub.unsubscribe();
    expect(seen).toEqual([[uuid(1)], [uuid(1), uuid(2)]]);
  });

  it('on a start whose aggregates are not built, gives what the rebuild gives (the rows read beside the built mark are dropped)', async () => {
    await db().entries.put(reflection({ id: uuid(1), date: '2026-01-05', lean: 'internal', title: 'First' }));
    // A bucket left from before, for an entry that no longer exists, and no built mark: the rebuild replaces it.
    await db().pathFacts.put({
      id: factBucketOf(uuid(7)),
      facts: [{ id: uuid(7), kind: 'reflection', date: '2026-01-01', title: 'Gone' }],
    });
    setDatabase(new SextantDB(db().name)); // a new start: nothing known about this database yet
    const seen: string[][] = [];
    const sub = liveQuery(listPathFacts).subscribe((facts) => seen.push(facts.map((f) => f.id)));
    await new Promise<void>((resolve) => {
      const check = () => (seen.length ? resolve() : setTimeout(check, 5));
      check();
    });
    sub.unsubscribe();
    expect(seen[0]).toEqual([uuid(1)]);
    expect(await db().aggregateMeta.get('built')).toMatchObject({ key: 'built' });
  });
});

describe('the tag counts', () => {
  it('follow saves, edits and deletes, sorted, and a journal whose aggregates were built before tags were counted is rebuilt at the first read', async () => {
    await saveEntry(reflection({ id: uuid(1), tags: ['roadmap', 'q3'] }));
    await saveEntry(goal({ id: uuid(2), tags: ['pricing', 'roadmap'] }));
    expect(await listTags()).toEqual(['pricing', 'q3', 'roadmap']);
    expect(await getTagCounts()).toEqual({ pricing: 1, q3: 1, roadmap: 2 });
    await saveEntry({ ...(await getEntry(uuid(1)))!, tags: ['roadmap'] });
    await deleteEntry(uuid(2));
    expect(await getTagCounts()).toEqual({ roadmap: 1 });

    // As an older version left it: marked built (no version), no tag counts.
    await db().aggregateMeta.clear();
    await db().aggregateMeta.put({ key: 'built', builtAt: '2026-01-01T00:00:00.000Z' });
    await db().entries.put(reflection({ id: uuid(3), tags: ['written-past-the-app'] }));
    setDatabase(new SextantDB(db().name)); // a new start: nothing known about this database yet
    expect(await getTagCounts()).toEqual({ roadmap: 1, 'written-past-the-app': 1 });
  });
});

describe('aggregates with encryption on', () => {
  it('are copied, sealed apart from their keys, kept by later writes and read back after unlocking', async () => {
    await savePerson(person({ id: uuid(900), name: 'Ada Quist' }));
    await saveEntry(reflection({ id: uuid(1), title: 'Harbor quorum notes', lean: 'external', skills: ['research'] }));
    await saveEntry(conversation({ id: uuid(2), date: '2026-02-01', followUpDate: '2026-03-09' }));
    await turnEncryptionOn(await prepareEncryption('maple orbit velvet canyon', 100_000));
    await saveEntry(reflection({ id: uuid(3), date: '2026-02-20', title: 'Second harbor note', skills: ['research'] }));
    await deleteEntry(uuid(2));

    const raw = new Dexie(db().name);
    await raw.open();
    const facts = await raw.table('pathFacts').toArray();
    const skillsRows = await raw.table('skillEvidence').toArray();
    raw.close();
    // Only the keys stay in clear (a fact bucket's key): titles and day counts are sealed.
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.map((r: Record<string, unknown>) => Object.keys(r).sort())).toEqual(facts.map(() => [SEALED, 'id']));
    expect(JSON.stringify(facts)).not.toContain('harbor');
    expect(Object.keys(skillsRows[0] as object).sort()).toEqual([SEALED, 'skill']);

    expect(await listSkillEvidence()).toEqual([{ skill: 'research', days: { '2026-02-20': 1, '2026-03-01': 1 } }]);
    expect((await listPathFacts()).map((f) => (f.kind === 'reflection' ? f.title : f.id)).sort()).toEqual([
      'Harbor quorum notes',
      'Second harbor note',
    ]);
    expect(await listPersonSummaries()).toEqual(new Map());
    expect(await stored()).toEqual(await recomputed());
  });
});
