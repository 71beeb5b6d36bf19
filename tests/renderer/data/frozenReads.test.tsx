// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { liveQuery, type DBCore, type DBCoreTable } from 'dexie';
import { setPlain } from '../../../renderer/crypto/session';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { saveEntry } from '../../../renderer/data/repositories/entries';
import { addPathAnswers } from '../../../renderer/data/repositories/path';
import { savePerson } from '../../../renderer/data/repositories/people';
import { addCheckIn } from '../../../renderer/data/repositories/skills';
import { HomePage } from '../../../renderer/features/home/HomePage';
import { JournalRoutes } from '../../../renderer/features/journal/JournalRoutes';
import { PathRoutes } from '../../../renderer/features/path/PathRoutes';
import { PeopleRoutes } from '../../../renderer/features/people/PeopleRoutes';
import { PlanRoutes } from '../../../renderer/features/plan/PlanRoutes';
import { SkillsRoutes } from '../../../renderer/features/skills/SkillsRoutes';
import { showScreen } from '../showScreen';
import { conversation, goal, milestone, person, reflection, uuid } from '../../shared/builders';

/**
 * The database uses Dexie's `cache: 'immutable'`: a live query's results are frozen, each row and
 * the array (not the objects inside a row). These tests open the database with every read result
 * frozen all the way down (rows, their arrays and nested objects, from gets too), so that any
 * screen code changing something it read throws (ES modules are strict), and show each main
 * screen with a journal in it.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

class FrozenReadsDB extends SextantDB {
  constructor(name: string) {
    super(name);
    this.use({
      stack: 'dbcore',
      name: 'DeepFreezeReads',
      // Above Dexie's cache (level 0): what the app is handed, cached or not.
      level: 20,
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (tableName: string): DBCoreTable => {
          const table = down.table(tableName);
          return {
            ...table,
            get: async (req) => deepFreeze(await table.get(req)),
            getMany: async (req) => deepFreeze(await table.getMany(req)),
            query: async (req) => {
              const res = await table.query(req);
              deepFreeze(res.result);
              return res;
            },
          };
        },
      }),
    });
  }
}

// jsdom has no layout: the virtual lists (Journal, People) get a viewport and row heights.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 40 });
});
afterAll(() => {
  for (const key of ['clientHeight', 'offsetHeight']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
});
beforeEach(() => {
  setPlain();
  setClock(() => '2026-03-10T10:00:00.000Z');
});
afterEach(cleanup);

/** A small journal touching every screen: people on both sides, each kind of entry, a check-in, path answers. */
async function seedJournal(): Promise<void> {
  await savePerson(person({ id: uuid(900), name: 'Ada Quist', path: 'internal', stayInTouchWeeks: 2 }));
  await savePerson(person({ id: uuid(901), name: 'Bo Renner', path: 'external' }));
  await saveEntry(reflection({ id: uuid(1), date: '2026-03-01', title: 'Harbor notes', skills: ['strategy'], tags: ['roadmap'] }));
  await saveEntry(
    conversation({
      id: uuid(2),
      date: '2026-03-02',
      followUpDate: '2026-03-05',
      followUpNote: 'Send the deck',
      takeaways: 'Ask about the platform team',
      skills: ['research'],
    }),
  );
  await saveEntry(conversation({ id: uuid(3), date: '2026-03-03', personId: uuid(901), followUpDate: '2026-03-20' }));
  await saveEntry(
    goal({
      id: uuid(4),
      date: '2026-03-04',
      title: 'Price a product',
      targetDate: '2026-06-01',
      milestones: [milestone(1, true), milestone(2, false)],
    }),
  );
  await addCheckIn({ date: '2026-03-06', ratings: [{ skill: 'strategy', level: 3 }], blind: false });
  await addPathAnswers({ date: '2026-03-07', dimensions: { relationships: 2, risk: -1 }, factors: {} });
}

describe("the app's database", () => {
  it("uses Dexie's immutable cache: a live query hands out frozen rows (and no copy of them)", async () => {
    setDatabase(new SextantDB('t-' + crypto.randomUUID()));
    await savePerson(person({ id: uuid(900), name: 'Ada Quist' }));
    const read = await new Promise<unknown[]>((resolve, reject) => {
      const sub = liveQuery(() => db().people.toArray()).subscribe({
        next: (rows) => (sub.unsubscribe(), resolve(rows)),
        error: reject,
      });
    });
    expect(read).toHaveLength(1);
    expect(Object.isFrozen(read)).toBe(true);
    expect(Object.isFrozen(read[0])).toBe(true);
    expect(() => ((read[0] as { name: string }).name = 'Changed')).toThrow(TypeError);
  });

  it('the test database freezes every read all the way down (a change to a nested array throws)', async () => {
    setDatabase(new FrozenReadsDB('t-' + crypto.randomUUID()));
    await saveEntry(reflection({ id: uuid(1), skills: ['strategy', 'research'] }));
    const [row] = (await db().entries.toArray()) as { skills: string[] }[];
    expect(row!.skills).toEqual(['strategy', 'research']);
    expect(() => row!.skills.sort()).toThrow(TypeError);
  });
});

describe('every main screen reads its data without changing a row it read', () => {
  beforeEach(async () => {
    setDatabase(new FrozenReadsDB('t-' + crypto.randomUUID()));
    await seedJournal();
  });

  it('Home: every card', async () => {
    const { container } = showScreen('/', <HomePage />);
    await waitFor(() => expect(container.querySelector('.home')?.getAttribute('aria-busy')).toBe('false'));
    const headings = [...container.querySelectorAll('.home .card h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'Your path lean',
      'Follow-ups (2, 1 overdue)',
      // Two weeks after the last conversation (2 March), on the real date the card reads.
      'Stay in touch (1 due)',
      'Learning goals in progress',
      'Recent entries',
    ]);
    expect(screen.getByRole('region', { name: /Follow-ups/ }).textContent).toContain('Send the deck');
    expect(screen.getByRole('region', { name: 'Learning goals in progress' }).textContent).toContain(
      'Price a productby 1 Jun 20261 of 2 milestones',
    );
  });

  it('Journal: the timeline', async () => {
    const { container } = showScreen('/journal', <JournalRoutes />);
    expect(await screen.findByText('Harbor notes')).toBeTruthy();
    expect(container.querySelectorAll('.entry-row')).toHaveLength(4);
    expect(container.querySelector('.result-count')?.textContent).toBe('4 entries');
  });

  it('People: the list, summarised', async () => {
    const { container } = showScreen('/people', <PeopleRoutes />);
    await waitFor(() => expect(container.querySelector('.people-table[data-summarised="true"]')).not.toBeNull());
    expect(screen.getByRole('link', { name: 'Ada Quist' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bo Renner' })).toBeTruthy();
  });

  it('Skills: the overview and a skill', async () => {
    const { container } = showScreen('/skills', <SkillsRoutes />);
    await waitFor(() => expect(container.querySelector('.data-table')).not.toBeNull());
    cleanup();
    const detail = showScreen('/skills/strategy', <SkillsRoutes />);
    await waitFor(() => expect(detail.container.querySelector('.stat-row')).not.toBeNull());
  });

  it('Path: the verdict', async () => {
    const { container } = showScreen('/path', <PathRoutes />);
    await waitFor(() => expect(container.querySelector('.path-fit')).not.toBeNull());
  });

  it('Plan: the preview', async () => {
    const { container } = showScreen('/plan', <PlanRoutes />);
    await waitFor(() => expect(container.querySelector('.plan-preview .plan-doc')).not.toBeNull());
    expect(container.querySelector('.plan-doc')?.textContent).toContain('Price a product');
  });
});
