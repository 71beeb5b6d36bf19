import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SextantDB, setDatabase } from '../../../renderer/data/db';
import { ensureAggregates, getTagCounts, listPathFacts, listPersonSummaries, listSkillEvidence } from '../../../renderer/data/aggregates';
import { aggregatesSnapshot, computeAggregates } from '../../../shared/aggregates';
import { generateJournal, QUICK_SIZE } from '../../../bench/generate';
import { sampleJournal } from '../../shared/backup/sampleJournal';
import { searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';

/** The stores exactly as schema version 1 shipped them (frozen here on purpose: it is history). */
const V1_STORES = {
  entries: 'id, kind, date, *skills, *tags, personId, followUpDate, updatedAt, [kind+date]',
  people: 'id, name, company, profileUrl, updatedAt',
  settings: 'key',
};

describe('database migrations', () => {
  it('a journal created with schema version 1 survives the upgrade to the current version, record for record', async () => {
    const name = 'migration-v1';
    const { entries, people, settings } = sampleJournal();
    const extraPeople = [
      {
        ...people[0]!,
        id: 'e0000000-0000-4000-8000-000000000001',
        name: 'Zoë Ångström',
        company: 'Fjord Analytics, Inc.',
        path: 'external' as const,
        email: 'zoe@example.com',
      },
      {
        ...people[0]!,
        id: 'e0000000-0000-4000-8000-000000000002',
        name: '李 娜',
        role: '',
        company: '',
        path: 'unknown' as const,
        profileUrl: undefined,
        notes: undefined,
        connectedOn: undefined,
      },
    ].map((p) => JSON.parse(JSON.stringify(p)));
    const allPeople = [...people, ...extraPeople];

    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.table('entries').bulkPut(entries);
    await v1.table('people').bulkPut(allPeople);
    await v1.table('settings').bulkPut(settings);
    expect(v1.verno).toBe(1);
    v1.close();

    const current = new SextantDB(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    // v4 numbered every entry and person as revision 1, and changed nothing else.
    expect((await current.entries.toArray()).sort(byId)).toEqual(entries.map((e) => ({ ...e, rev: 1 })).sort(byId));
    expect((await current.people.toArray()).sort(byId)).toEqual(allPeople.map((p) => ({ ...p, rev: 1 })).sort(byId));
    expect(await current.settings.toArray()).toEqual(settings);
    // The indexes still answer queries after the upgrade.
    expect((await current.entries.where('[kind+date]').between(['goal', ''], ['goal', '\uffff']).toArray()).map((e) => e.id)).toEqual([
      entries[2]!.id,
    ]);
    expect(await current.entries.where('tags').equals('roadmap').count()).toBe(1);
    // Tables added by later versions exist and are empty.
    expect(await current.checkIns.count()).toBe(0);
    expect(await current.targets.count()).toBe(0);
    expect(await current.pathAnswers.count()).toBe(0);
    expect(await current.deletions.count()).toBe(0);
    expect(await current.drafts.count()).toBe(0);
    current.close();
  });

  /** The stores exactly as versions 1 to 5 shipped them (history: frozen here on purpose). */
  function v5(name: string): Dexie {
    const d = new Dexie(name);
    d.version(1).stores(V1_STORES);
    d.version(2).stores({ checkIns: 'id, date', targets: 'skill' });
    d.version(3).stores({ pathAnswers: 'id, date' });
    d.version(4).stores({ deletions: '[table+id], deletedAt', drafts: 'key, savedAt', reminderLog: 'id, shownAt' });
    d.version(5).stores({ vault: 'name' });
    return d;
  }

  /** The stores exactly as version 6 shipped them. */
  function v6(name: string): Dexie {
    const d = v5(name);
    d.version(6).stores({ skillEvidence: 'skill', personSummaries: 'personId', pathFacts: 'id', aggregateMeta: 'key' });
    return d;
  }

  it('v7 adds an empty search snapshot table to a realistic v6 journal; the first start builds the index and saves it, the next loads it', async () => {
    const name = 'migration-v6-search-snapshot';
    const journal = generateJournal(9, QUICK_SIZE);
    const old = v6(name);
    await old.open();
    await old.table('entries').bulkPut(journal.entries);
    await old.table('people').bulkPut(journal.people);
    await old.table('aggregateMeta').put({ key: 'built', builtAt: '2026-03-01T00:00:00.000Z' });
    old.close();

    const current = new SextantDB(name);
    await current.open();
    expect(current.verno).toBe(7);
    expect(current.verno).toBe(SCHEMA_VERSION);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await current.entries.toArray()).sort(byId)).toEqual([...journal.entries].sort(byId));
    expect(await current.people.count()).toBe(50);
    expect(await current.aggregateMeta.count()).toBe(1);
    expect(await current.searchSnapshot.count()).toBe(0);

    try {
      await startSearchIndex(current);
      expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'build' });
      const built = await searchIndexStore.search('roadmap');
      expect(built.length).toBeGreaterThan(0);
      await searchIndexStore.saveNow();
      expect(await current.searchSnapshot.count()).toBeGreaterThan(0);
      searchIndexStore.stop();
      await startSearchIndex(current);
      expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'snapshot', reconciled: { updated: 0, removed: 0 } });
      expect(await searchIndexStore.search('roadmap')).toEqual(built);
    } finally {
      searchIndexStore.stop();
      current.close();
    }
  });

  async function storedAggregates(database: SextantDB) {
    setDatabase(database);
    return aggregatesSnapshot({
      skills: new Map((await listSkillEvidence()).map((r) => [r.skill, r])),
      people: await listPersonSummaries(),
      facts: new Map((await listPathFacts()).map((f) => [f.id, f])),
      tags: await getTagCounts(),
    });
  }

  it('v6 builds the aggregates of a realistic v5 journal (1,000 entries, a damaged one left out) and leaves the entries as they were', async () => {
    const name = 'migration-v5-aggregates';
    const journal = generateJournal(7, QUICK_SIZE);
    const damaged = { ...journal.entries[0]!, id: 'f0000000-0000-4000-8000-000000000001', date: 'not a date' };
    const old = v5(name);
    await old.open();
    await old.table('entries').bulkPut([...journal.entries, damaged]);
    await old.table('people').bulkPut(journal.people);
    old.close();

    const current = new SextantDB(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(await current.entries.count()).toBe(1_001);
    // Built by the upgrade itself: marked built before anything reads them.
    expect(await current.aggregateMeta.count()).toBe(2); // built, and the tag counts
    const expected = aggregatesSnapshot(computeAggregates(journal.entries));
    expect(await storedAggregates(current)).toEqual(expected);
    // A hand check of the shape: a row per skill used, a row per person talked to, a fact per reflection and conversation.
    const conversations = journal.entries.filter((e) => e.kind === 'conversation');
    expect(expected.people.length).toBe(new Set(conversations.map((c) => c.personId)).size);
    expect(expected.facts.length).toBe(journal.entries.filter((e) => e.kind !== 'goal').length);
    expect(expected.people.reduce((n, r) => n + Object.values(r.days).reduce((a, b) => a + b, 0), 0)).toBe(conversations.length);
    current.close();
  });

  it('an encrypted v5 journal (its keyring in the vault) is not read during the upgrade: its aggregates are built at the first read after unlocking', async () => {
    const name = 'migration-v5-locked';
    const old = v5(name);
    await old.open();
    const entries = sampleJournal().entries;
    await old.table('entries').bulkPut(entries);
    await old.table('vault').put({ name: 'keyring', value: { stand: 'in' } });
    old.close();

    const current = new SextantDB(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(await current.aggregateMeta.count()).toBe(0);
    expect(await current.skillEvidence.count()).toBe(0);
    setDatabase(current);
    await ensureAggregates();
    expect(await current.aggregateMeta.count()).toBe(2); // built, and the tag counts
    expect(await storedAggregates(current)).toEqual(aggregatesSnapshot(computeAggregates(entries)));
    current.close();
  });
  it('aggregates of version 2 (one path fact per row) are rebuilt into fact buckets at the first read', async () => {
    const name = 'migration-v6-fact-rows';
    const current = new SextantDB(name);
    await current.open();
    const entries = sampleJournal().entries;
    const facts = entries.filter((e) => e.kind !== 'goal');
    // As version 2 stored them: each fact its own row.
    await current.entries.bulkPut(entries);
    await current.aggregateMeta.clear();
    await current.pathFacts.clear();
    await current.table('pathFacts').bulkPut(facts.map((e) => ({ id: e.id, kind: 'reflection', date: e.date, title: 'old row' })));
    await current.table('aggregateMeta').put({ key: 'built', builtAt: '2026-01-01T00:00:00.000Z', version: 2 });
    setDatabase(current);
    await ensureAggregates();
    expect(await current.aggregateMeta.get('built')).toMatchObject({ key: 'built', version: 3 });
    // No per-entry row is left: every row is a bucket, and together they hold each fact once.
    const rows = await current.pathFacts.toArray();
    expect(rows.every((r) => r.id.startsWith('facts:') && Array.isArray(r.facts))).toBe(true);
    expect(rows.reduce((n, r) => n + r.facts.length, 0)).toBe(facts.length);
    expect(await storedAggregates(current)).toEqual(aggregatesSnapshot(computeAggregates(entries)));
    current.close();
  });
});
