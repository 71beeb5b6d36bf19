import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CURRENT_STORES,
  isStoredAtCurrentVersion,
  listDatabases,
  recordStoredVersions,
  SCHEMA_VERSION,
  SextantDB,
} from '../../../renderer/data/db';
import { sampleJournal } from '../../shared/backup/sampleJournal';

afterEach(() => {
  vi.restoreAllMocks();
  recordStoredVersions(undefined);
});

let n = 0;
const fresh = () => `schema-declaration-${++n}`;

/** Each store's primary key and indexes as the open database has them. */
const storesOf = (d: Dexie) =>
  Object.fromEntries(
    d.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()].join(', ')] as const),
  );

/** The versions a new SextantDB(name) declares. */
function declaredVersions(name: string): number[] {
  const version = vi.spyOn(Dexie.prototype, 'version');
  const d = new SextantDB(name);
  const declared = version.mock.calls.map(([v]) => Number(v));
  version.mockRestore();
  d.close();
  return declared;
}

describe("the schema's declaration at start", () => {
  it('decides from the versions listed at this start (Dexie stores version n as n*10)', () => {
    expect(SCHEMA_VERSION).toBe(7);
    // Not listed (tests, a browser without indexedDB.databases()): every version.
    expect(isStoredAtCurrentVersion('sextant')).toBe(false);
    recordStoredVersions([
      { name: 'current', version: 70 },
      { name: 'current-with-dexie-step', version: 71 },
      { name: 'older', version: 60 },
      { name: 'first', version: 10 },
      { name: 'newer', version: 80 },
    ]);
    expect(isStoredAtCurrentVersion('current')).toBe(true);
    expect(isStoredAtCurrentVersion('current-with-dexie-step')).toBe(true);
    expect(isStoredAtCurrentVersion('absent')).toBe(true);
    expect(isStoredAtCurrentVersion('older')).toBe(false);
    expect(isStoredAtCurrentVersion('first')).toBe(false);
    expect(isStoredAtCurrentVersion('newer')).toBe(false);
  });

  it('declares only the current version for a journal stored at it, which opens with its records and indexes', async () => {
    const name = fresh();
    const { entries } = sampleJournal();
    const made = new SextantDB(name);
    await made.entries.bulkPut(entries);
    const full = storesOf(made);
    made.close();

    recordStoredVersions(await listDatabases());
    expect(isStoredAtCurrentVersion(name)).toBe(true);
    expect(declaredVersions(name)).toEqual([SCHEMA_VERSION]);
    const current = new SextantDB(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSION);
    expect(storesOf(current)).toEqual(full);
    expect(await current.entries.count()).toBe(entries.length);
    expect(await current.entries.where('tags').equals('roadmap').count()).toBe(1);
    current.close();
  });

  it('creates a first journal (not listed) at the current version with every store the versions add up to', async () => {
    const name = fresh();
    recordStoredVersions(await listDatabases());
    expect(declaredVersions(name)).toEqual([SCHEMA_VERSION]);
    const first = new SextantDB(name);
    await first.open();
    recordStoredVersions(undefined);
    const everyVersion = new SextantDB(fresh());
    await everyVersion.open();
    expect(Object.keys(storesOf(first)).sort()).toEqual(Object.keys(CURRENT_STORES).sort());
    expect(storesOf(first)).toEqual(storesOf(everyVersion));
    first.close();
    everyVersion.close();
  });

  it('declares every version for an older journal listed at start, which upgrades step by step', async () => {
    const name = fresh();
    const { entries, people } = sampleJournal();
    const v1 = new Dexie(name);
    v1.version(1).stores({
      entries: 'id, kind, date, *skills, *tags, personId, followUpDate, updatedAt, [kind+date]',
      people: 'id, name, company, profileUrl, updatedAt',
      settings: 'key',
    });
    await v1.open();
    await v1.table('entries').bulkPut(entries);
    await v1.table('people').bulkPut(people);
    v1.close();

    recordStoredVersions(await listDatabases());
    expect(isStoredAtCurrentVersion(name)).toBe(false);
    expect(declaredVersions(name)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const upgraded = new SextantDB(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(SCHEMA_VERSION);
    // v4's upgrade ran (every entry and person is revision 1), and v6's built the derived tables.
    expect((await upgraded.entries.toArray()).map((e) => e.rev)).toEqual(entries.map(() => 1));
    expect((await upgraded.people.toArray()).map((p) => p.rev)).toEqual(people.map(() => 1));
    expect(await upgraded.aggregateMeta.count()).toBeGreaterThan(0);
    upgraded.close();
  });
});
