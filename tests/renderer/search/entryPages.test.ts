import { beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/schemas';
import { SextantDB, useDatabase, db } from '../../../renderer/data/db';
import { countEntries, pageEntries, type EntryCursor } from '../../../renderer/data/repositories/entryPages';

const T = '2026-01-01T00:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
function reflection(n: number, date: string, extra: Partial<Entry> = {}): Entry {
  return { id: id(n), createdAt: T, updatedAt: T, kind: 'reflection', date, title: `R${n}`, body: '', skills: [], tags: [], ...extra } as Entry;
}
function conversation(n: number, date: string): Entry {
  return { id: id(n), createdAt: T, updatedAt: T, kind: 'conversation', date, personId: id(99), conversationKind: 'other', notes: '', takeaways: '', followUpDone: false, skills: [], tags: [] };
}

let dbCount = 0;
beforeEach(async () => {
  useDatabase(new SextantDB(`pages-${++dbCount}`));
  await db().entries.bulkPut([
    reflection(1, '2026-01-01'),
    reflection(2, '2026-01-03', { tags: ['roadmap'] }),
    conversation(3, '2026-01-03'),
    reflection(4, '2026-01-03', { tags: ['roadmap'] }),
    conversation(5, '2026-01-05'),
    reflection(6, '2026-01-02'),
  ]);
});


const titleOf = (e: Entry) => (e.kind === 'conversation' ? `C${Number(e.id.slice(-2))}` : e.title);

describe('pageEntries', () => {
  it('pages newest first through the date index, ties by id descending, without repeats or gaps', async () => {
    const seen: string[][] = [];
    let cursor: EntryCursor | null = null;
    do {
      const page = await pageEntries({}, cursor, 2);
      seen.push(page.entries.map(titleOf));
      cursor = page.next;
    } while (cursor);
    // 01-05: C5; 01-03: R4, C3, R2 (ids 4 > 3 > 2); 01-02: R6; 01-01: R1.
    expect(seen).toEqual([['C5', 'R4'], ['C3', 'R2'], ['R6', 'R1']]);
  });

  it('says there is no next page when the last one is exactly full', async () => {
    const first = await pageEntries({}, null, 6);
    expect(first.entries).toHaveLength(6);
    expect(first.next).toBeNull();
  });

  it('pages one kind through the [kind+date] index', async () => {
    const first = await pageEntries({ kind: 'reflection' }, null, 2);
    expect(first.entries.map(titleOf)).toEqual(['R4', 'R2']);
    const second = await pageEntries({ kind: 'reflection' }, first.next, 2);
    expect(second.entries.map(titleOf)).toEqual(['R6', 'R1']);
    expect(second.next).toBeNull();
  });

  it('honours an inclusive date range', async () => {
    const page = await pageEntries({ from: '2026-01-02', to: '2026-01-03' }, null, 10);
    expect(page.entries.map(titleOf)).toEqual(['R4', 'C3', 'R2', 'R6']);
  });

  it('pages a tag filter in the same order', async () => {
    const first = await pageEntries({ tag: 'roadmap' }, null, 1);
    expect(first.entries.map(titleOf)).toEqual(['R4']);
    const second = await pageEntries({ tag: 'roadmap' }, first.next, 1);
    expect(second.entries.map(titleOf)).toEqual(['R2']);
    expect(second.next).toBeNull();
  });

  it('counts matching entries on the index', async () => {
    expect(await countEntries()).toBe(6);
    expect(await countEntries({ kind: 'conversation' })).toBe(2);
    expect(await countEntries({ from: '2026-01-03' })).toBe(4);
    expect(await countEntries({ tag: 'roadmap' })).toBe(2);
  });
});
