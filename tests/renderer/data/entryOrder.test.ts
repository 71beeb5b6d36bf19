import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/schemas';
import { SextantDB, setDatabase, db } from '../../../renderer/data/db';
import { pageEntries, recentEntries, type EntryCursor } from '../../../renderer/data/repositories/entryPages';
import { listEntries, type EntryFilter } from '../../../renderer/data/repositories/entries';

const HOME_COUNT = 5;

function reflection(id: string, date: string, updatedAt: string, tags: string[]): Entry {
  return { id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt, date, skills: [], tags, kind: 'reflection', title: id, body: '' };
}
// The Journal's filters read three ways: the date index, a date range on it, a tag (read whole).
const FILTERS: EntryFilter[] = [{}, { from: '2026-06-02' }, { tag: 'ties' }];

/** The order written out on its own: date, then edit time, both newest first; then id, ascending. */
const expectedOrder = (entries: readonly Entry[]) =>
  entries
    .map((e) => e)
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? 1
          : -1
        : a.updatedAt !== b.updatedAt
          ? a.updatedAt < b.updatedAt
            ? 1
            : -1
          : a.id < b.id
            ? -1
            : 1,
    )
    .map((e) => e.id);

describe('the newest-first order of entries', () => {
  it('is the same on Home, on every Journal page put together and on the full list, however many entries tie', async () => {
    // Three days and two edit times: most entries share their date and their edit time with others.
    const journal = fc.uniqueArray(
      fc.record({
        id: fc.uuid({ version: 4 }),
        day: fc.integer({ min: 1, max: 3 }),
        minute: fc.integer({ min: 0, max: 1 }),
        tagged: fc.boolean(),
      }),
      { selector: (r) => r.id, minLength: 1, maxLength: 40 },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(journal, fc.integer({ min: 1, max: 12 }), fc.constantFrom(...FILTERS), async (rows, size, filter) => {
        setDatabase(new SextantDB(`entry-order-${++run}`));
        const entries = rows.map((r) =>
          reflection(r.id, `2026-06-0${r.day}`, `2026-06-10T00:0${r.minute}:00.000Z`, r.tagged ? ['ties'] : []),
        );
        await db().entries.bulkPut(entries);
        const expected = expectedOrder(
          entries.filter((e) => (!filter.from || e.date >= filter.from) && (!filter.tag || e.tags.includes(filter.tag))),
        );

        expect((await listEntries(filter)).map((e) => e.id)).toEqual(expected);
        if (!filter.from && !filter.tag) expect((await recentEntries(HOME_COUNT)).map((e) => e.id)).toEqual(expected.slice(0, HOME_COUNT));
        // The Journal paged by cursor: no entry twice, none skipped, across every page boundary.
        const paged: string[] = [];
        let cursor: EntryCursor | null = null;
        do {
          const page: Awaited<ReturnType<typeof pageEntries>> = await pageEntries(filter, cursor, size);
          paged.push(...page.entries.map((e) => e.id));
          cursor = page.next;
        } while (cursor);
        expect(paged).toEqual(expected);
        // The Journal as the timeline grows it (one read of a longer first page per "more").
        for (let limit = size; limit < expected.length + size; limit += size) {
          const grown = (await pageEntries(filter, null, limit)).entries.map((e) => e.id);
          expect(grown).toEqual(expected.slice(0, grown.length));
        }
        db().close();
      }),
      { numRuns: 80 },
    );
  });
});
