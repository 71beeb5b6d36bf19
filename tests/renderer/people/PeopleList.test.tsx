// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, SextantDB, useDatabase } from '../../../renderer/data/db';
import { PeopleList } from '../../../renderer/features/people/PeopleList';
import type { Person } from '../../../shared/schemas';

// jsdom has no layout: the table's scroller is 330px tall and every row 33px (10 rows in view).
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get() { return this.classList.contains('people-scroll') ? 330 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get() { return this.tagName === 'TR' ? 33 : 0; } });
});
afterAll(() => {
  for (const key of ['clientHeight', 'offsetHeight']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
});
beforeEach(() => { useDatabase(new SextantDB('t-' + crypto.randomUUID())); });
afterEach(cleanup);

/** Person number i (1-based), named "Person 0001" … so name order is number order. */
function person(i: number): Person {
  const n = String(i).padStart(4, '0');
  return {
    id: `00000000-0000-4000-8000-00000000${n.padStart(4, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    name: `Person ${n}`, role: i % 2 ? 'Group PM' : 'Designer', company: `Company ${i % 7}`, path: 'internal',
  };
}

describe('People list with 2,000 people', () => {
  it('renders a bounded number of rows, counts them all for screen readers, and still filters and sorts', async () => {
    await db().people.bulkPut(Array.from({ length: 2000 }, (_, i) => person(i + 1)));
    render(<MemoryRouter><PeopleList /></MemoryRouter>);
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
});
