import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SextantDB } from '../../../renderer/data/db';
import { sampleJournal } from '../../shared/backup/sampleJournal';

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
});
