import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TABLE_NAMES } from '../../../shared/backup/format';
import { deleteDamagedRecords, findDamagedRecords } from '../../../renderer/data/backupStore';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { readProblems } from '../../../renderer/data/records';
import { getEntry } from '../../../renderer/data/repositories/entries';
import { sampleJournal } from '../../shared/backup/sampleJournal';
import { reflection } from '../../shared/builders';

const BROKEN = 'd0000000-0000-4000-8000-000000000001';
const LATER = 'd0000000-0000-4000-8000-000000000002';
const STAMP = '2026-01-01T10:00:00.000Z';

let n = 0;
beforeEach(async () => {
  readProblems.length = 0;
  setDatabase(new SextantDB(`damaged-test-${++n}`));
  await db().open();
  const journal = sampleJournal();
  for (const t of TABLE_NAMES) await db().table(t).bulkPut(journal[t]);
});
afterEach(() => {
  vi.restoreAllMocks();
  db().close();
});

/**
 * Counts whole-table reads (a read from the table's first key on: the first page of a paged read,
 * or toArray), the further pages of paged reads (`pages`) and single-record reads (get) on every
 * backed-up table.
 */
function countReads() {
  const reads = { whole: 0, single: 0, pages: 0 };
  for (const t of TABLE_NAMES) {
    const table = db().table(t);
    const toArray = table.toArray.bind(table);
    const orderBy = table.orderBy.bind(table);
    const where = table.where.bind(table);
    const get = table.get.bind(table);
    vi.spyOn(table, 'toArray').mockImplementation(() => (reads.whole++, toArray()));
    vi.spyOn(table, 'orderBy').mockImplementation(((index: string) => (reads.whole++, orderBy(index))) as never);
    vi.spyOn(table, 'where').mockImplementation(((index: string) => (reads.pages++, where(index))) as never);
    vi.spyOn(table, 'get').mockImplementation(((key: string) => (reads.single++, get(key))) as never);
  }
  return reads;
}

describe('findDamagedRecords', () => {
  it('reads every table once, then only the records already known to be damaged', async () => {
    await db().entries.put({ id: BROKEN, kind: 'reflection', title: '', createdAt: STAMP, updatedAt: STAMP } as never);
    const reads = countReads();

    const first = await findDamagedRecords();
    expect(first.map((d) => [d.table, d.key])).toEqual([['entries', BROKEN]]);
    expect(first[0]!.problems).toContainEqual({ where: 'title', message: 'is required' });
    // Six tables, each read whole once (the sample's tables fit in one page each).
    expect(reads).toEqual({ whole: 6, single: 1, pages: 0 });

    const second = await findDamagedRecords();
    expect(second.map((d) => d.key)).toEqual([BROKEN]);
    // No table read whole again: only the one damaged record, to see it is still damaged.
    expect(reads).toEqual({ whole: 6, single: 2, pages: 0 });
  });

  it('reads nothing on later opens when nothing is damaged', async () => {
    const reads = countReads();
    expect(await findDamagedRecords()).toEqual([]);
    expect(await findDamagedRecords()).toEqual([]);
    expect(await findDamagedRecords()).toEqual([]);
    expect(reads).toEqual({ whole: 6, single: 0, pages: 0 });
  });

  it('reads a large table a page at a time (250 rows), and finds a damaged record on any page', async () => {
    // 600 more entries after the sample's: three pages of entries; the damaged one on the last.
    const rows = Array.from({ length: 600 }, (_, i) =>
      reflection({ id: `e0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, title: i === 599 ? '' : `Entry ${i}` }),
    );
    await db().entries.bulkPut(rows);
    const total = await db().entries.count();
    const reads = countReads();
    const found = await findDamagedRecords();
    expect(found.map((d) => [d.table, d.key])).toEqual([['entries', rows[599]!.id]]);
    // Every table read from its start once; the entries' further pages: ceil(total / 250) - 1 reads,
    // plus one that finds nothing more when the last page is full.
    expect(reads.whole).toBe(6);
    expect(reads.pages).toBe(Math.ceil(total / 250) - 1 + (total % 250 === 0 ? 1 : 0));
  });

  it('lists a record damaged after the first check as soon as a screen reads it, without reading every table again', async () => {
    const reads = countReads();
    expect(await findDamagedRecords()).toEqual([]);
    await db().entries.put({ id: LATER, kind: 'reflection', date: 'someday', title: 'x', createdAt: STAMP, updatedAt: STAMP } as never);
    // A screen opening the entry finds it unreadable (and reports it).
    expect(await getEntry(LATER)).toBeUndefined();
    const found = await findDamagedRecords();
    expect(found.map((d) => [d.table, d.key, (d.row as { date: string }).date])).toEqual([['entries', LATER, 'someday']]);
    expect(reads.whole).toBe(6);
  });

  it('drops a damaged record once it is deleted or repaired', async () => {
    await db().entries.put({ id: BROKEN, kind: 'reflection', title: '', createdAt: STAMP, updatedAt: STAMP } as never);
    await db().people.put({ id: LATER, name: '', createdAt: STAMP, updatedAt: STAMP } as never);
    const found = await findDamagedRecords();
    expect(found.map((d) => d.key).sort()).toEqual([BROKEN, LATER]);

    expect(await deleteDamagedRecords([{ table: 'entries', key: BROKEN }])).toBe(1);
    expect((await findDamagedRecords()).map((d) => d.key)).toEqual([LATER]);

    // Repaired outside the panel (a restore, say): no longer listed, and forgotten.
    await db().people.put({
      id: LATER,
      name: 'Ana Ruiz',
      role: '',
      company: '',
      path: 'unknown',
      createdAt: STAMP,
      updatedAt: STAMP,
    } as never);
    expect(await findDamagedRecords()).toEqual([]);
    expect(readProblems).toEqual([]);
  });
});
