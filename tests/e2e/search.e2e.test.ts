import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Entry } from '../../shared/schemas';
import { generateJournal, QUICK_SIZE } from '../../bench/generate';
import { expectNoAxeViolations, launch, openApp, screenshot } from './browser';
import { seedJournal } from './seed';
import { holdSearchWorker } from './holdSearchWorker';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ZEBRA_ID = '0000aaaa-0000-4000-8000-000000000001';
const zebra: Entry = {
  id: ZEBRA_ID,
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
  kind: 'reflection',
  date: '2026-02-01',
  title: 'Zebra crossing retrospective',
  body: 'The **zebra** project taught me to write the decision down first.',
  skills: ['strategy'],
  tags: ['retro'],
};

describe('search, command palette and virtual lists with 1,000 entries', () => {
  it('finds as you type (prefix, typo), highlights matches, filters, and renders only visible rows', async () => {
    const { page, context, errors } = await openApp(browser);
    const journal = generateJournal(7, QUICK_SIZE);
    await seedJournal(page, { entries: [...journal.entries, zebra], people: journal.people });

    // The timeline reads a page at a time and renders only the rows in view.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    await page.locator('.result-count', { hasText: '1001 entries' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Entries, newest first' });
    expect(await timeline.locator('.entry-row').count()).toBeLessThan(25);
    await timeline.getByRole('listitem').first().focus();
    // End goes to the last loaded entry, which loads the next page; End again (once it has
    // arrived) reaches further.
    const focusedPosition = () => page.evaluate(() => Number(document.activeElement?.getAttribute('aria-posinset')));
    await page.keyboard.press('End');
    await expect.poll(focusedPosition).toBeGreaterThanOrEqual(60);
    await expect
      .poll(async () => {
        await page.keyboard.press('End');
        return focusedPosition();
      })
      .toBeGreaterThan(100);
    expect(await timeline.locator('.entry-row').count()).toBeLessThan(25);
    await screenshot(page, 'timeline-virtual');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    await page.getByRole('status').filter({ hasText: 'Search 1' }).waitFor();

    await box.fill('zebr');
    const results = page.getByRole('list', { name: 'Search results, best first' });
    await results.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();
    await expect.poll(() => results.locator('mark').first().textContent()).toBe('Zebra');
    // The excerpt, read from the database for the rows in view, marks the word too.
    await results.locator('.search-hit-excerpt mark', { hasText: 'zebra' }).waitFor();

    await box.fill('zebta'); // one typo
    await results.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();

    // A kind filter that excludes it: nothing left.
    await page.getByLabel('Kind').selectOption('person');
    await page.getByRole('status').filter({ hasText: 'Nothing matches.' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await results.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();
    await expectNoAxeViolations(page, 'search results');
    await screenshot(page, 'search-results');

    // A common word matches hundreds of entries; only the rows in view are in the DOM.
    await box.fill('roadmap');
    await page.getByRole('status').filter({ hasText: 'Showing the 200 best matches.' }).waitFor();
    const rows = results.getByRole('listitem').filter({ has: page.locator('.search-hit') });
    expect(await rows.count()).toBeLessThan(30);
    // Keyboard: Tab into the list, End jumps to the 200th, Home back to the first.
    await rows.first().focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-posinset') === '200');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-posinset') === '1');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-posinset') === '2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the command palette with Ctrl+K, runs a command, and jumps to an entry found by search', async () => {
    const { page, context, errors } = await openApp(browser);
    await seedJournal(page, { entries: [zebra], people: [] });

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Command palette' });
    await dialog.waitFor();
    const combo = dialog.getByRole('combobox');
    expect(await combo.evaluate((el) => el === document.activeElement)).toBe(true);
    await combo.fill('people');
    const selected = dialog.getByRole('option', { selected: true });
    await expect.poll(() => selected.textContent()).toContain('Go to People');
    await expectNoAxeViolations(page, 'command palette');
    await screenshot(page, 'command-palette');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/people$/);
    expect(await dialog.isVisible()).toBe(false);

    await page.keyboard.press('Control+k');
    await combo.fill('zebra');
    await dialog.getByRole('option', { name: /Zebra crossing retrospective/ }).waitFor();
    // Down moves from the first option (there is no command with "zebra") to "Search everything".
    await expect.poll(() => dialog.getByRole('option', { selected: true }).textContent()).toContain('Zebra crossing retrospective');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.getByRole('option', { selected: true }).textContent()).toContain('Search everything for “zebra”');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/journal/${ZEBRA_ID}$`));

    await page.keyboard.press('Control+k');
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers a search typed right after start once the index is built, never with "Nothing matches"', async () => {
    const { page, context, errors } = await openApp(browser);
    const journal = generateJournal(11, QUICK_SIZE);
    await seedJournal(page, { entries: [...journal.entries, zebra], people: journal.people });
    // Every state the status line goes through, from the page's first node on, with the query it
    // answers (a prefix typed once the index is ready, "z", rightly matches nothing: the faster
    // build can be ready before the word is typed out).
    await page.addInitScript(() => {
      const w = window as unknown as { __states: string[] };
      w.__states = [];
      new MutationObserver(() => {
        const state = document.querySelector('main .search-status')?.getAttribute('data-state');
        const query = document.querySelector<HTMLInputElement>('main input[type="search"]')?.value ?? '';
        const entry = `${state}:${query}`;
        if (state && w.__states[w.__states.length - 1] !== entry) w.__states.push(entry);
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    // A fresh start on the search screen (a new document, so the script above runs in it), with
    // the index's worker held back until the word is typed: on a loaded machine the typing could
    // otherwise start only once the index is ready, and the test would not see the state it is about.
    const worker = await holdSearchWorker(context);
    await page.goto(`${inject('baseURL')}#/search`);
    await page.reload();
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    await box.pressSequentially('zebra');
    await page.locator('main .search-status[data-state="indexing"]').waitFor();
    expect(worker.held()).toBeGreaterThan(0);
    await worker.release();
    const results = page.getByRole('list', { name: 'Search results, best first' });
    await results.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();
    await page.locator('main .search-status[data-state="results"]', { hasText: '1 match.' }).waitFor();
    expect(await results.getByRole('listitem').count()).toBe(1);
    const states = await page.evaluate(() => (window as unknown as { __states: string[] }).__states);
    // The whole word never shows "Nothing matches" (while indexing it says so), and shows its result
    // (a later change of the index, its save, may show "Searching…" again for a moment).
    expect(states, states.join(' ')).not.toContain('no-match:zebra');
    expect(
      states.some((s) => s.startsWith('indexing:')),
      states.join(' '),
    ).toBe(true);
    expect(states, states.join(' ')).toContain('results:zebra');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the focus in the search box on arrival, from the sidebar and on a start on Search', async () => {
    const { page, context, errors } = await openApp(browser);
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    const boxFocused = () => box.evaluate((el) => el === document.activeElement);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await box.waitFor();
    await expect.poll(boxFocused).toBe(true);
    await page.keyboard.type('zeb');
    expect(await box.inputValue()).toBe('zeb');

    await page.goto(`${inject('baseURL')}#/search`);
    await page.reload();
    await box.waitFor();
    await expect.poll(boxFocused).toBe(true);
    await page.keyboard.type('retro');
    expect(await box.inputValue()).toBe('retro');
    expect(errors).toEqual([]);
    await context.close();
  });
});
