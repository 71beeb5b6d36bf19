// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { SextantDB, setDatabase } from '../../../renderer/data/db';
import { JOURNAL_COUNT, Timeline } from '../../../renderer/features/journal/Timeline';
import { restoreEntry } from '../../../renderer/data/repositories/entries';
import { sampleJournal } from '../../shared/backup/sampleJournal';
import { renderWithRouter } from './renderForm';
import { resultAtStart } from '../../../renderer/app/startReads';
import { screenAt } from '../../../renderer/app/routes';

beforeEach(() => setDatabase(new SextantDB(`timeline-${crypto.randomUUID()}`)));
afterEach(cleanup);

/** Renders the timeline, noting every time the filters were in the page. */
function renderWatchingFilters() {
  let filtersSeen = 0;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.timeline .filters')) filtersSeen++;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  renderWithRouter(<Timeline />, '/journal');
  if (document.querySelector('.timeline .filters')) filtersSeen++;
  return { filtersSeen: () => filtersSeen, stop: () => observer.disconnect() };
}

describe('the journal timeline as it starts', () => {
  it('an empty journal shows its empty state without ever rendering the filters', async () => {
    const watch = renderWatchingFilters();
    expect(await screen.findByRole('heading', { name: 'Start your journal' }, { timeout: 5000 })).toBeTruthy();
    watch.stop();
    expect(watch.filtersSeen()).toBe(0);
    expect(screen.getByRole('heading', { name: 'Journal' })).toBeTruthy();
  });

  it('a journal with entries shows the filters and the count once counted', async () => {
    const { entries } = sampleJournal();
    for (const e of entries) await restoreEntry(e);
    const watch = renderWatchingFilters();
    expect(await screen.findByText(`${entries.length} entries`, undefined, { timeout: 5000 })).toBeTruthy();
    watch.stop();
    expect(watch.filtersSeen()).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Kind' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Start your journal' })).toBeNull();
  });

  it('counted at start (the route warms it), the first render already shows the empty state; a later visit counts afresh', async () => {
    await screenAt('/journal').warm();
    expect(resultAtStart(JOURNAL_COUNT)).toBe(0);
    renderWithRouter(<Timeline />, '/journal');
    // In the page straight after the first render, before any read of the timeline's own.
    expect(screen.getByRole('heading', { name: 'Start your journal' })).toBeTruthy();
    expect(resultAtStart(JOURNAL_COUNT)).toBeUndefined();
    cleanup();

    // Entries written since: the next timeline does not show the count made at start.
    const { entries } = sampleJournal();
    for (const e of entries) await restoreEntry(e);
    renderWithRouter(<Timeline />, '/journal');
    expect(screen.queryByRole('heading', { name: 'Start your journal' })).toBeNull();
    expect(await screen.findByText(`${entries.length} entries`, undefined, { timeout: 5000 })).toBeTruthy();
  });

  it('only the timeline is counted at start, not an entry page', () => {
    expect(screenAt('/journal/new/reflection').warm()).toBeUndefined();
    expect(resultAtStart(JOURNAL_COUNT)).toBeUndefined();
  });
});
