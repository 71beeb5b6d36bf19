import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { forgetSharedReads, readSharedByIds } from '../../../renderer/data/sharedReads';
import { checkHits, checksUnderWay } from '../../../renderer/data/hitRecords';
import { searchIndexStore, startSearchIndex } from '../../../renderer/data/searchIndex';
import { readProblems } from '../../../renderer/data/records';
import { Entry } from '../../../shared/schemas';
import { quickEntry } from '../../../shared/search/storedEntry';
import { JournalIndex } from '../../../shared/search';
import { reflection, uuid } from '../../shared/builders';

const readEntries = (ids: string[]) => readSharedByIds(Entry, quickEntry, db().entries, ids);
const titles = (entries: Entry[]) => entries.map((e) => ('title' in e ? e.title : '')).sort();

/** Every id list `bulkGet` of the entries was called with, from now on. */
function watchReads(): string[][] {
  const calls: string[][] = [];
  const table = db().entries;
  const bulkGet = table.bulkGet.bind(table);
  vi.spyOn(table, 'bulkGet').mockImplementation((keys) => {
    calls.push([...keys].sort());
    return bulkGet(keys);
  });
  return calls;
}

beforeEach(async () => {
  setDatabase(new SextantDB(`shared-${crypto.randomUUID()}`));
  setPlain();
  forgetSharedReads();
  await db().entries.bulkPut([1, 2, 3, 4].map((n) => reflection({ id: uuid(n), title: `Okapi note ${n}` })));
});
afterEach(() => {
  vi.restoreAllMocks();
  searchIndexStore.stop();
});

describe('records read by id for the search screen, shared', () => {
  it('reads at once asking for the same records read each record once', async () => {
    const calls = watchReads();
    const [first, second] = await Promise.all([readEntries([uuid(1), uuid(2)]), readEntries([uuid(2), uuid(3), uuid(3)])]);
    expect(titles(first)).toEqual(['Okapi note 1', 'Okapi note 2']);
    expect(titles(second)).toEqual(['Okapi note 2', 'Okapi note 3']);
    // The second asked only for the one the first was not reading.
    expect(calls).toEqual([[uuid(1), uuid(2)], [uuid(3)]]);
  });

  it('a later read takes the records read before, until the entries change; then it reads them as they are now', async () => {
    await readEntries([uuid(1), uuid(2)]);
    const calls = watchReads();
    expect(titles(await readEntries([uuid(2), uuid(1)]))).toEqual(['Okapi note 1', 'Okapi note 2']);
    expect(calls).toEqual([]);
    // A write to another table keeps them.
    await db().settings.put({ key: 'theme', value: 'dark' } as never);
    await readEntries([uuid(1)]);
    expect(calls).toEqual([]);
    await db().entries.put(reflection({ id: uuid(2), title: 'Okapi renamed' }));
    await db().entries.delete(uuid(1));
    expect(titles(await readEntries([uuid(1), uuid(2)]))).toEqual(['Okapi renamed']);
    expect(calls).toEqual([[uuid(1), uuid(2)]]);
  });

  it('a read asked after a write never takes a read that was under way before it', async () => {
    const before = readEntries([uuid(4)]);
    await db().entries.put(reflection({ id: uuid(4), title: 'Okapi after the write' }));
    expect(titles(await readEntries([uuid(4)]))).toEqual(['Okapi after the write']);
    await before;
  });

  it('leaves out missing records, reports a damaged one, and gives every record asked for when more are read than it keeps', async () => {
    await db().entries.put({ id: uuid(5), kind: 'reflection', title: 42 } as never);
    expect(titles(await readEntries([uuid(1), uuid(5), uuid(99)]))).toEqual(['Okapi note 1']);
    expect(readProblems.some((p) => p.id === uuid(5))).toBe(true);
    const many = Array.from({ length: 2_100 }, (_, i) => reflection({ id: uuid(1000 + i), title: `Bulk ${i}` }));
    await db().entries.bulkPut(many);
    const [a, b] = await Promise.all([readEntries(many.slice(0, 1_500).map((e) => e.id)), readEntries(many.slice(1_000).map((e) => e.id))]);
    expect(a).toHaveLength(1_500);
    expect(b).toHaveLength(1_100);
    expect(titles(b)[0]).toBe('Bulk 1000');
  });

  it('a read that fails is not kept: the next one reads again', async () => {
    const table = db().entries;
    const bulkGet = table.bulkGet.bind(table);
    const spy = vi.spyOn(table, 'bulkGet').mockRejectedValueOnce(new Error('disk gone'));
    await expect(readEntries([uuid(1)])).rejects.toThrow('disk gone');
    spy.mockImplementation((keys) => bulkGet(keys));
    expect(titles(await readEntries([uuid(1)]))).toEqual(['Okapi note 1']);
  });
});

describe('the check of a saved index against every record', () => {
  it('waits for the checks of hits under way (their reads come first), then runs', async () => {
    await startSearchIndex(db());
    await searchIndexStore.saveNow();
    searchIndexStore.stop();
    const saved = new JournalIndex();
    saved.addEntries(await db().entries.toArray());
    const hits = saved.search('okapi');
    expect(hits).toHaveLength(4);
    // A check whose read is held.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const table = db().entries;
    const bulkGet = table.bulkGet.bind(table);
    vi.spyOn(table, 'bulkGet').mockImplementation(((keys: string[]) => held.then(() => bulkGet(keys))) as typeof table.bulkGet);
    const checked = checkHits(hits, {});
    let underWayDone = false;
    void checksUnderWay().then(() => (underWayDone = true));

    const started = startSearchIndex(db());
    await vi.waitFor(() => expect(searchIndexStore.getState()).toMatchObject({ status: 'ready', source: 'snapshot' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(searchIndexStore.getState().reconciling).toBe(true);
    expect(underWayDone).toBe(false);
    release();
    expect((await checked).map((h) => h.refId).sort()).toEqual([1, 2, 3, 4].map(uuid).sort());
    await started;
    expect(underWayDone).toBe(true);
    expect(searchIndexStore.getState()).toMatchObject({ reconciling: false, reconciled: { updated: 0, removed: 0 } });
  });
});
