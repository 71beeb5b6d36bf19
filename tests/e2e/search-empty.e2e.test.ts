import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launch, openApp, screenshot } from './browser';
import { holdSearchWorker } from './holdSearchWorker';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Search screen before its index can answer', () => {
  it('says at once that an empty journal has nothing to find, then indexes what is written and finds it once the worker runs', async () => {
    const { page, context, errors } = await openApp(browser);
    // Every request for the worker's script is held (not answered) until released.
    const worker = await holdSearchWorker(context);
    await page.goto(`${inject('baseURL')}#/search?q=roadmap`);
    await page.reload();

    const status = page.locator('main .search-status');
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    await page.locator('main .search-status[data-state="no-match"]').waitFor();
    expect(await status.textContent()).toBe('Nothing matches: your journal has no entries or people yet.');
    // The answer did not come from the index: its worker's script was asked for and is still held.
    await expect.poll(worker.held).toBeGreaterThan(0);
    expect(await status.getAttribute('data-index-source')).toBeNull();

    // The box is usable meanwhile: the focus is in it, typing changes the query and the answer stays honest.
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('zebra');
    await page.waitForURL(/q=zebra/);
    await page.locator('main .search-status[data-state="no-match"]').waitFor();
    await box.fill('');
    await page.locator('main .search-status[data-state="idle"]').waitFor();
    expect(await status.textContent()).toBe('Your journal is empty: entries, milestones and people you add can be searched here.');
    await expectNoAxeViolations(page, 'search, empty journal');
    await screenshot(page, 'search-empty-journal');

    // A first entry, written through the journal's own form while the worker is still held back.
    await page.goto(`${inject('baseURL')}#/journal/new/reflection`);
    await page.getByLabel('Title').fill('Zebra crossing retrospective');
    await page
      .getByRole('textbox', { name: /mind|Body/ })
      .first()
      .fill('The zebra project taught me to write the decision down first.');
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.waitForURL((u) => !u.hash.includes('/new/'));

    // Now there is something to find: until the index answers, the screen says it is indexing, never "Nothing matches".
    await page.goto(`${inject('baseURL')}#/search?q=zebra`);
    await page.locator('main .search-status[data-state="indexing"]').waitFor();
    expect(await status.textContent()).toBe('Indexing your journal… results appear as soon as it is done.');
    expect(worker.held()).toBeGreaterThan(0);

    // The worker's script is let through: the entry is found.
    await worker.release();
    const results = page.getByRole('list', { name: 'Search results, best first' });
    await results.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();
    await page.locator('main .search-status[data-state="results"]', { hasText: '1 match.' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
