// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { PeopleList } from '../../../renderer/features/people/PeopleList';
import type { Person } from '../../../shared/schemas';

// jsdom has no layout: the table's scroller is 330px tall and every row 33px (10 rows in view).
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() {
      return this.classList.contains('people-scroll') ? 330 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get() {
      return this.tagName === 'TR' ? 33 : 0;
    },
  });
});
afterAll(() => {
  for (const key of ['clientHeight', 'offsetHeight']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
});
beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
});
afterEach(cleanup);

/** Person number i (1-based), named "Person 0001" … so name order is number order. */
function person(i: number): Person {
  const n = String(i).padStart(4, '0');
  return {
    id: `00000000-0000-4000-8000-00000000${n.padStart(4, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: `Person ${n}`,
    role: i % 2 ? 'Group PM' : 'Designer',
    company: `Company ${i % 7}`,
    path: 'internal',
  };
}

describe('People list with 2,000 people', () => {
  it('renders a bounded number of rows, counts them all for screen readers, and still filters and sorts', async () => {
    await db().people.bulkPut(Array.from({ length: 2000 }, (_, i) => person(i + 1)));
    render(
      <MemoryRouter>
        <PeopleList />
      </MemoryRouter>,
    );
    const table = await screen.findByRole('table');
    expect(screen.getByRole('status').textContent).toBe('2000 people');
    // 10 rows fit in 330px, plus 8 rendered beyond them: 18 of 2,000, and the header row.
    const bodyRows = () => within(table).getAllByRole('rowheader');
    expect(bodyRows()).toHaveLength(18);
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    expect(bodyRows()[0]!.textContent).toBe('Person 0001');
    expect(bodyRows()[0]!.closest('tr')!.getAttribute('aria-rowindex')).toBe('2');

    // Every word must match: "0012" and "designer" is Person 0012 alone (Person 0120 is a Designer too, but "0120" is not "0012").
    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: '0012 designer' } });
    await waitFor(() => expect(bodyRows().map((r) => r.textContent)).toEqual(['Person 0012']));
    expect(screen.getByRole('status').textContent).toBe('1 of 2000 people');
    expect(table.getAttribute('aria-rowcount')).toBe('2');

    fireEvent.change(screen.getByLabelText('Filter'), { target: { value: '' } });
    await waitFor(() => expect(bodyRows()).toHaveLength(18));
    // Sorting by last contact: nobody was contacted, so name order, still 18 rows rendered.
    fireEvent.click(screen.getByRole('button', { name: /Last contact/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Last contact/ }).getAttribute('aria-sort')).toBe('descending'));
    expect(bodyRows()).toHaveLength(18);
    expect(bodyRows()[0]!.textContent).toBe('Person 0001');
  });

  it("fills in each person's conversations once they are read, then sorts by last contact", async () => {
    await db().people.bulkPut([person(1), person(2), person(3)]);
    const talk = (n: number, who: number, date: string, followUpDate?: string) => ({
      id: `10000000-0000-4000-8000-00000000000${n}`,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      kind: 'conversation' as const,
      date,
      skills: [],
      tags: [],
      personId: person(who).id,
      conversationKind: 'mentorship' as const,
      notes: '',
      takeaways: '',
      followUpDate,
      followUpDone: false,
    });
    // Person 0002: two conversations, the later one on 2026-02-03; Person 0003: one, with a follow-up.
    await db().entries.bulkPut([talk(1, 2, '2026-01-10'), talk(2, 2, '2026-02-03'), talk(3, 3, '2026-01-20', '2099-05-01')]);
    render(
      <MemoryRouter>
        <PeopleList />
      </MemoryRouter>,
    );
    const table = await screen.findByRole('table');
    await waitFor(() => expect(table.getAttribute('data-summarised')).toBe('true'));
    expect(table.getAttribute('aria-busy')).toBe('false');
    const cells = (name: string) =>
      [...screen.getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td')].slice(3, 6).map((td) => td.textContent);
    expect(cells('Person 0001')).toEqual(['0', 'Never', 'None']);
    expect(cells('Person 0002')).toEqual(['2', '3 Feb 2026', 'None']);
    expect(cells('Person 0003')).toEqual(['1', '20 Jan 2026', '1 May 2099']);
    fireEvent.click(screen.getByRole('button', { name: /Last contact/ }));
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((r) => r.textContent),
      ).toEqual(['Person 0002', 'Person 0003', 'Person 0001']),
    );
  });
});
