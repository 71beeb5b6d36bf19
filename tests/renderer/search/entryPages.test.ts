import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import type { Entry } from '../../../shared/schemas';
import { SextantDB, setDatabase, db } from '../../../renderer/data/db';
import { countEntries, pageEntries, type EntryCursor, type EntryPage } from '../../../renderer/data/repositories/entryPages';
import type { EntryFilter } from '../../../renderer/data/repositories/entries';
import { newestFirst } from '../../../shared/domain/entryOrder';
import type { SkillId } from '../../../shared/domain/framework';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// updatedAt minute = n, so a higher n was edited later.
const meta = (n: number, date: string) => ({
  id: id(n),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: `2026-01-10T00:${String(n).padStart(2, '0')}:00.000Z`,
  date,
  skills: [],
  tags: [],
});
function reflection(n: number, date: string, extra: Partial<Entry> = {}): Entry {
  return { ...meta(n, date), kind: 'reflection', title: `R${n}`, body: '', ...extra } as Entry;
}
function conversation(n: number, date: string): Entry {
  return {
    ...meta(n, date),
    kind: 'conversation',
    personId: id(99),
    conversationKind: 'other',
    notes: '',
    takeaways: '',
    followUpDone: false,
  };
}
const titleOf = (e: Entry) => (e.kind === 'conversation' ? `C${Number(e.id.slice(-2))}` : e.title);

let dbCount = 0;
beforeEach(async () => {
  setDatabase(new SextantDB(`pages-${++dbCount}`));
  // By day, newest first: 01-05 C5 | 01-03 R2 (edited last), C3, R4 | 01-02 R6 | 01-01 R1.
  await db().entries.bulkPut([
    reflection(1, '2026-01-01'),
    reflection(12, '2026-01-03', { tags: ['roadmap'], title: 'R2' }),
    conversation(3, '2026-01-03'),
    reflection(2, '2026-01-03', { tags: ['roadmap'], title: 'R4' }),
    conversation(5, '2026-01-05'),
    reflection(6, '2026-01-02'),
  ]);
});

async function pages(filter: EntryFilter, size: number): Promise<string[][]> {
  const out: string[][] = [];
  let cursor: EntryCursor | null = null;
  do {
    const page = await pageEntries(filter, cursor, size);
    out.push(page.entries.map(titleOf));
    cursor = page.next;
  } while (cursor && out.length < 10);
  return out;
}

describe('pageEntries', () => {
  it('pages newest first through the date index, last edited first within a day, never splitting a day', async () => {
    // A page of 2 would cut 01-03 after R2: the page is completed with the rest of that day.
    expect(await pages({}, 2)).toEqual([
      ['C5', 'R2', 'C3', 'R4'],
      ['R6', 'R1'],
    ]);
  });

  it('gives exactly `limit` entries when the limit falls on the end of a day', async () => {
    expect(await pages({}, 1)).toEqual([['C5'], ['R2', 'C3', 'R4'], ['R6'], ['R1']]);
  });

  it('says there is no next page when the last one is exactly full', async () => {
    const first = await pageEntries({}, null, 6);
    expect(first.entries).toHaveLength(6);
    expect(first.next).toBeNull();
  });

  it('pages one kind through the [kind+date] index', async () => {
    expect(await pages({ kind: 'reflection' }, 2)).toEqual([
      ['R2', 'R4'],
      ['R6', 'R1'],
    ]);
  });

  it('honours an inclusive date range', async () => {
    expect(await pages({ from: '2026-01-02', to: '2026-01-03' }, 10)).toEqual([['R2', 'C3', 'R4', 'R6']]);
    expect(await pages({ from: '2026-01-02', to: '2026-01-03' }, 3)).toEqual([['R2', 'C3', 'R4'], ['R6']]);
  });

  it('pages a tag filter in the same order', async () => {
    expect(await pages({ tag: 'roadmap' }, 1)).toEqual([['R2', 'R4']]);
  });

  it('pages a skill through its entries per day, whole days at a time, and counts it there', async () => {
    // R2 and C3 (01-03) and R1 (01-01) are tagged: the day 01-03 holds two of them, R4 on that day is not.
    await db().entries.bulkPut([
      reflection(1, '2026-01-01', { skills: ['strategy'] }),
      reflection(12, '2026-01-03', { tags: ['roadmap'], title: 'R2', skills: ['strategy', 'research'] }),
      { ...conversation(3, '2026-01-03'), skills: ['strategy'] },
    ]);
    expect(await pages({ skill: 'strategy' }, 1)).toEqual([['R2', 'C3'], ['R1']]);
    expect(await pages({ skill: 'strategy' }, 3)).toEqual([['R2', 'C3', 'R1']]);
    expect(await pages({ skill: 'research' }, 5)).toEqual([['R2']]);
    expect(await pages({ skill: 'leadership' }, 5)).toEqual([[]]);
    expect(await countEntries({ skill: 'strategy' })).toBe(3);
    expect(await countEntries({ skill: 'leadership' })).toBe(0);
  });

  it('counts matching entries on the index', async () => {
    expect(await countEntries()).toBe(6);
    expect(await countEntries({ kind: 'conversation' })).toBe(2);
    expect(await countEntries({ from: '2026-01-03' })).toBe(4);
    expect(await countEntries({ tag: 'roadmap' })).toBe(2);
  });
});

/** A fresh database that counts the reads of the entries table (queries and counts; set before it opens). */
function countingDatabase(): { reads: number } {
  const database = new SextantDB(`pages-counted-${++dbCount}`);
  setDatabase(database);
  const counter = { reads: 0 };
  database.use({
    stack: 'dbcore',
    name: 'CountEntryReads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'entries') return table;
        return {
          ...table,
          query: (req) => (counter.reads++, table.query(req)),
          count: (req) => (counter.reads++, table.count(req)),
        };
      },
    }),
  });
  return counter;
}

describe('pageEntries on larger journals', () => {
  it('takes one read when the rows past the page show where its last day ends', async () => {
    // 15 days of 3 entries: a page of 4 ends inside the second day, which the rows read past it complete.
    const counter = countingDatabase();
    await db().entries.bulkPut(
      Array.from({ length: 45 }, (_, i) => reflection(i + 1, `2026-02-${String(Math.floor(i / 3) + 1).padStart(2, '0')}`)),
    );
    counter.reads = 0;
    const page = await pageEntries({}, null, 4);
    expect(counter.reads).toBe(1);
    // 15 Feb (R43-R45) and 14 Feb (R40-R42), each day last edited first.
    expect(page.entries.map(titleOf)).toEqual(['R45', 'R44', 'R43', 'R42', 'R41', 'R40']);
    expect(page.next).toEqual({ before: '2026-02-14' });
  });

  it('reads the rest of a long last day, and whether anything is older, when the rows past the page do not reach its end', async () => {
    // 1 entry on 2 March, then 20 on 1 March, then 1 on 28 February: a page of 2 ends inside 1 March.
    const counter = countingDatabase();
    await db().entries.bulkPut([
      reflection(50, '2026-03-02'),
      ...Array.from({ length: 20 }, (_, i) => reflection(i + 10, '2026-03-01')),
      reflection(1, '2026-02-28'),
    ]);
    counter.reads = 0;
    const page = await pageEntries({}, null, 2);
    expect(counter.reads).toBe(3);
    expect(page.entries.map(titleOf)).toEqual(['R50', ...Array.from({ length: 20 }, (_, i) => `R${29 - i}`)]);
    expect(page.next).toEqual({ before: '2026-03-01' });
    const last = await pageEntries({}, page.next, 2);
    expect(last.entries.map(titleOf)).toEqual(['R1']);
    expect(last.next).toBeNull();
  });

  it('pages any journal into whole days, newest first, together the whole journal in order', async () => {
    const journal = fc.array(
      fc.record({
        day: fc.integer({ min: 1, max: 6 }),
        kind: fc.constantFrom('reflection', 'conversation' as const),
        tagged: fc.boolean(),
      }),
      { minLength: 0, maxLength: 40 },
    );
    // A skill alone is paged through its entries per day (kept at write time, built here from the rows on first read).
    const filters: EntryFilter[] = [{}, { kind: 'reflection' }, { from: '2026-04-02', to: '2026-04-05' }, { skill: 'strategy' }];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(journal, fc.integer({ min: 1, max: 12 }), fc.constantFrom(...filters), async (rows, size, filter) => {
        setDatabase(new SextantDB(`pages-prop-${++run}`));
        const entries = rows.map((r, i): Entry => {
          const skills: SkillId[] = r.tagged ? ['strategy', 'adaptability'] : ['adaptability'];
          return {
            ...(r.kind === 'reflection' ? reflection(i + 1, `2026-04-0${r.day}`) : conversation(i + 1, `2026-04-0${r.day}`)),
            skills,
          };
        });
        await db().entries.bulkPut(entries);
        const expected = entries
          .filter(
            (e) =>
              (!filter.kind || e.kind === filter.kind) &&
              (!filter.from || e.date >= filter.from) &&
              (!filter.to || e.date <= filter.to) &&
              (!filter.skill || e.skills.includes(filter.skill)),
          )
          .sort(newestFirst);
        const got: Entry[][] = [];
        let cursor: EntryCursor | null = null;
        do {
          const page: Awaited<ReturnType<typeof pageEntries>> = await pageEntries(filter, cursor, size);
          got.push(page.entries);
          cursor = page.next;
        } while (cursor);
        expect(got.flat().map((e) => e.id)).toEqual(expected.map((e) => e.id));
        expect(await countEntries(filter)).toBe(expected.length);
        for (const [i, page] of got.entries()) {
          // At least `size` entries on every page but the last, and no day split across two pages.
          if (i < got.length - 1) expect(page.length).toBeGreaterThanOrEqual(size);
          if (i > 0) expect(got[i - 1]!.at(-1)!.date > page[0]!.date).toBe(true);
        }
        db().close();
      }),
      { numRuns: 60 },
    );
  });

  it('lists every page exactly as the page read in three reads did, entries saved at the same instant included', async () => {
    /** The page as it was read before (unfiltered): the page and a row, then its last day, then whether anything is older. */
    async function threeReadPage(cursor: EntryCursor | null, limit: number): Promise<EntryPage> {
      const byDate = (from: string, to: string, includeTo: boolean) => db().entries.where('date').between(from, to, true, includeTo);
      const rows = await byDate('', cursor?.before ?? '\uffff', false)
        .reverse()
        .limit(limit + 1)
        .toArray();
      if (rows.length <= limit) return { entries: rows.sort(newestFirst), next: null };
      const lastDay = rows[limit - 1]!.date;
      const day = await byDate(lastDay, lastDay, true).toArray();
      const more = (await byDate('', lastDay, false).count()) > 0;
      return { entries: [...rows.filter((r) => r.date > lastDay), ...day].sort(newestFirst), next: more ? { before: lastDay } : null };
    }
    // Few days and few edit times: days longer than the rows read past a page, and ties in the order.
    const journal = fc.array(fc.record({ day: fc.integer({ min: 1, max: 4 }), minute: fc.integer({ min: 0, max: 2 }) }), { maxLength: 50 });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(journal, fc.integer({ min: 1, max: 15 }), async (rows, size) => {
        setDatabase(new SextantDB(`pages-ties-${++run}`));
        await db().entries.bulkPut(
          rows.map((r, i) => ({ ...reflection(i + 1, `2026-05-0${r.day}`), updatedAt: `2026-05-10T00:0${r.minute}:00.000Z` })),
        );
        let cursor: EntryCursor | null = null;
        do {
          const page: EntryPage = await pageEntries({}, cursor, size);
          const before = await threeReadPage(cursor, size);
          expect(page.entries.map((e) => e.id)).toEqual(before.entries.map((e) => e.id));
          expect(page.next).toEqual(before.next);
          cursor = page.next;
        } while (cursor);
        db().close();
      }),
      { numRuns: 80 },
    );
  });
});
