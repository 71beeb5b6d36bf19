import { beforeEach, describe, expect, it } from 'vitest';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { eachKeyPage } from '../../../renderer/data/keyPages';
import type { Person } from '../../../shared/schemas';
import { person, uuid } from '../../shared/builders';

// Seven people stored out of key order; their ids sort as 1..7.
const stored: Person[] = [5, 2, 7, 1, 4, 6, 3].map((n) => person({ id: uuid(n), name: `P${n}` }));
const names = (pages: Person[][]) => pages.map((rows) => rows.map((p) => p.name));

beforeEach(async () => {
  setDatabase(new SextantDB(`key-pages-${crypto.randomUUID()}`));
  await db().people.bulkPut(stored);
});

describe('eachKeyPage', () => {
  it('hands every row over once, in primary-key order, a page of `size` at a time', async () => {
    const pages: Person[][] = [];
    expect(await eachKeyPage(db().people, 3, (rows) => void pages.push(rows))).toBe(true);
    expect(names(pages)).toEqual([['P1', 'P2', 'P3'], ['P4', 'P5', 'P6'], ['P7']]);
  });

  it('takes the sizes of successive reads from a list, its last size repeated', async () => {
    const pages: Person[][] = [];
    await eachKeyPage(db().people, [1, 2], (rows) => void pages.push(rows));
    expect(names(pages)).toEqual([['P1'], ['P2', 'P3'], ['P4', 'P5'], ['P6', 'P7']]);
  });

  it('visits nothing in an empty table, and ends on a full last page', async () => {
    const pages: Person[][] = [];
    await db().people.bulkDelete([uuid(7)]);
    expect(await eachKeyPage(db().people, 3, (rows) => void pages.push(rows))).toBe(true);
    expect(names(pages)).toEqual([
      ['P1', 'P2', 'P3'],
      ['P4', 'P5', 'P6'],
    ]);
    await db().people.clear();
    expect(await eachKeyPage(db().people, 3, () => expect.unreachable())).toBe(true);
  });

  it('stops when `visit` says false, and says it was stopped', async () => {
    const pages: Person[][] = [];
    expect(await eachKeyPage(db().people, 2, (rows) => pages.push(rows) < 2)).toBe(false);
    expect(names(pages)).toEqual([
      ['P1', 'P2'],
      ['P3', 'P4'],
    ]);
  });

  it('reads the next page only once the promise `visit` returns has settled', async () => {
    const events: string[] = [];
    await eachKeyPage(db().people, 4, async (rows) => {
      events.push(`visit ${rows[0]!.name}`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      events.push(`done ${rows[0]!.name}`);
    });
    expect(events).toEqual(['visit P1', 'done P1', 'visit P5', 'done P5']);
  });

  it('keeps a transaction open with a synchronous `visit`: pages read and a write after them commit together', async () => {
    const seen: string[] = [];
    await db().transaction('rw', db().people, async () => {
      await eachKeyPage(db().people, 2, (rows) => void seen.push(...rows.map((p) => p.name)));
      await db().people.put(person({ id: uuid(8), name: 'P8' }));
    });
    expect(seen).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect((await db().people.get(uuid(8)))?.name).toBe('P8');
  });
});
