// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { SextantDB, setDatabase } from '../../../renderer/data/db';
import { Timeline } from '../../../renderer/features/journal/Timeline';
import { JOURNAL_COUNT, JOURNAL_FIRST_PAGE, JOURNAL_NAMES } from '../../../renderer/features/journal/timelineStart';
import { restorePerson } from '../../../renderer/data/repositories/people';
import { restoreEntry } from '../../../renderer/data/repositories/entries';
import { sampleJournal } from '../../shared/backup/sampleJournal';
import { renderWithRouter } from './renderForm';
import { resultAtStart } from '../../../renderer/app/startReads';
import { screenAt } from '../../../renderer/app/routes';

beforeEach(() => setDatabase(new SextantDB(`timeline-${crypto.randomUUID()}`)));
afterEach(cleanup);
// jsdom has no layout: the timeline's virtual list gets a viewport and row heights.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 40 });
});
afterAll(() => {
  for (const key of ['clientHeight', 'offsetHeight']) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
});

/** The sample journal written: its two people, then its three entries (one a conversation with Ada Okafor). */
async function writeSample() {
  const { entries, people } = sampleJournal();
  for (const p of people) await restorePerson(p, []);
  for (const e of entries) await restoreEntry(e);
}

/** The rows' titles in the page, top to bottom. */
const rowTitles = () => [...document.querySelectorAll('.entry-row-title')].map((t) => t.textContent);

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

  it('read at start (the route warms it), the first render already shows the first rows, names included; a later visit reads afresh', async () => {
    await writeSample();
    await screenAt('/journal').warm();
    renderWithRouter(<Timeline />, '/journal');
    // Straight after the first render, newest first, the conversation titled with its person's name.
    expect(rowTitles()).toEqual(['Finish the pricing course', 'Informational interview with Ada Okafor', 'Why the roadmap review stung']);
    expect(resultAtStart(JOURNAL_FIRST_PAGE)).toBeUndefined();
    expect(resultAtStart(JOURNAL_NAMES)).toBeUndefined();
    cleanup();

    // Nothing read at start for this visit: the first render has no rows yet, its own reads bring them.
    renderWithRouter(<Timeline />, '/journal');
    expect(rowTitles()).toEqual([]);
    await screen.findByText('Informational interview with Ada Okafor', undefined, { timeout: 5000 });
    expect(rowTitles()).toHaveLength(3);
  });

  it('a first page read at start for other filters is not shown', async () => {
    await writeSample();
    // Read for ?kind=goal; the timeline opens unfiltered.
    await screenAt('/journal', 'kind=goal').warm();
    renderWithRouter(<Timeline />, '/journal');
    expect(rowTitles()).toEqual([]);
    await screen.findByText('Why the roadmap review stung', undefined, { timeout: 5000 });
    expect(rowTitles()).toEqual(['Finish the pricing course', 'Informational interview with Ada Okafor', 'Why the roadmap review stung']);
  });

  it('only the timeline is counted at start, not an entry page', () => {
    expect(screenAt('/journal/new/reflection').warm()).toBeUndefined();
    expect(resultAtStart(JOURNAL_COUNT)).toBeUndefined();
    expect(resultAtStart(JOURNAL_FIRST_PAGE)).toBeUndefined();
  });
});
