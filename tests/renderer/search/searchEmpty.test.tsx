// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { searchIndexStore } from '../../../renderer/data/searchIndex';
import { SearchPage } from '../../../renderer/features/search/SearchPage';
import { journalIsEmpty, SEARCH_JOURNAL_EMPTY } from '../../../renderer/features/search/journalEmpty';
import { resultAtStart } from '../../../renderer/app/startReads';
import { screenAt } from '../../../renderer/app/routes';
import { person, reflection, uuid } from '../../shared/builders';

let n = 0;
beforeEach(() => setDatabase(new SextantDB(`search-empty-${++n}`)));
afterEach(() => {
  cleanup();
  searchIndexStore.stop();
});

/** The Search screen at `url`, in a router (it keeps its query in the address). */
function renderSearch(url: string) {
  const router = createMemoryRouter([{ path: '/search', element: <SearchPage /> }], { initialEntries: [url] });
  return render(<RouterProvider router={router} />);
}

const status = () => screen.getByRole('status');

describe('journalIsEmpty', () => {
  it('is true only while the journal holds no entry and no person', async () => {
    expect(await journalIsEmpty()).toBe(true);
    await db().people.put(person({ id: uuid(1) }));
    expect(await journalIsEmpty()).toBe(false);
    await db().people.clear();
    await db().entries.put(reflection({ id: uuid(2) }));
    expect(await journalIsEmpty()).toBe(false);
    await db().entries.clear();
    expect(await journalIsEmpty()).toBe(true);
  });
});

describe('the Search screen of an empty journal', () => {
  it('opened on Search, its first render says nothing matches, before the index has answered', async () => {
    await screenAt('/search').warm();
    expect(resultAtStart(SEARCH_JOURNAL_EMPTY)).toBe(true);
    renderSearch('/search?q=roadmap');
    // Straight after the first render: the index is still starting (its worker has not answered).
    expect(searchIndexStore.getState().status).toBe('building');
    expect(status().getAttribute('data-state')).toBe('no-match');
    expect(status().textContent).toBe('Nothing matches: your journal has no entries or people yet.');
    expect(resultAtStart(SEARCH_JOURNAL_EMPTY)).toBeUndefined();
  });

  it('without a query it says the journal is empty instead of "Search 0 entries"', async () => {
    await screenAt('/search').warm();
    renderSearch('/search');
    expect(status().getAttribute('data-state')).toBe('idle');
    expect(status().textContent).toBe('Your journal is empty: entries, milestones and people you add can be searched here.');
  });

  it('a journal with only a person is searched through the index: indexing first, then the person found', async () => {
    await db().people.put(person({ id: uuid(3), name: 'Ines Varga' }));
    await screenAt('/search').warm();
    expect(resultAtStart(SEARCH_JOURNAL_EMPTY)).toBe(false);
    renderSearch('/search?q=ines');
    expect(status().getAttribute('data-state')).toBe('indexing');
    // The status settles on the count: a later index update may search again (briefly "searching").
    await waitFor(() => {
      expect(status().textContent).toBe('1 match.');
      expect(status().getAttribute('data-state')).toBe('results');
    });
  });

  it('a first entry written while the screen is open is found once indexed', async () => {
    renderSearch('/search?q=zebra');
    expect(await screen.findByText('Nothing matches: your journal has no entries or people yet.')).toBeTruthy();
    await db().entries.put(reflection({ id: uuid(4), title: 'Zebra crossing retrospective' }));
    // The status settles on the count: a later index update may search again (briefly "searching").
    await waitFor(() => {
      expect(status().textContent).toBe('1 match.');
      expect(status().getAttribute('data-state')).toBe('results');
    });
  });
});
