import { beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/schemas';
import { SextantDB, setDatabase, db } from '../../../renderer/data/db';
import { countEntries, pageEntries, type EntryCursor } from '../../../renderer/data/repositories/entryPages';
import type { EntryFilter } from '../../../renderer/data/repositories/entries';

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

  it('counts matching entries on the index', async () => {
    expect(await countEntries()).toBe(6);
    expect(await countEntries({ kind: 'conversation' })).toBe(2);
    expect(await countEntries({ from: '2026-01-03' })).toBe(4);
    expect(await countEntries({ tag: 'roadmap' })).toBe(2);
  });
});
