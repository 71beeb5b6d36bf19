import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { generateJournal, QUICK_SIZE } from '../../bench/generate';
import { reflection, uuid } from '../shared/builders';
import { expectNoAxeViolations, openProfile, screenshot } from './browser';
import { seedJournal } from './seed';

// One person's browser profile on disk, kept from one start to the next (as the desktop app's is).
const dir = mkdtempSync(path.join(tmpdir(), 'sextant-search-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }));

function open(url: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  return openProfile(dir, url, async (page) => {
    // Every state the search status goes through from the page's first node on, with the index's source at that moment.
    await page.addInitScript(() => {
      const w = window as unknown as { __states: string[] };
      w.__states = [];
      new MutationObserver(() => {
        const el = document.querySelector('main .search-status');
        const state = el && `${el.getAttribute('data-state')}/${el.getAttribute('data-index-source') ?? '-'}`;
        if (state && w.__states[w.__states.length - 1] !== state) w.__states.push(state);
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state', 'data-index-source'] });
    });
  });
}

const states = (page: Page) => page.evaluate(() => (window as unknown as { __states: string[] }).__states);

const ZEBRA = reflection({ id: uuid(7001), title: 'Zebra crossing retrospective', body: 'The zebra project taught me to decide early.' });
// Written into the database while the app is closed (another window of an older version, a crash
// before the index was saved): the saved index cannot know it.
const WRITTEN_PAST = reflection({ id: uuid(7002), title: 'Quokkaloom offsite notes', date: '2026-02-20' });

describe('the saved search index across starts (persistent profile)', () => {
  it('the second start answers from the saved index, then finds what was written while the app was closed', async () => {
    const base = inject('baseURL');
    // 1. First start: a 1,000-entry journal, its index built and saved.
    let { context, page, errors } = await open(base);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const journal = generateJournal(3, QUICK_SIZE);
    await seedJournal(page, { entries: [...journal.entries, ZEBRA], people: journal.people });
    await page.goto(`${base}#/search?q=zebra`);
    await page.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();
    // The positive signal that the index is on disk: the page says the saved one is current.
    await page.locator('main .search-status[data-index-saved="true"]').waitFor({ timeout: 60_000 });
    // (Built from the records, or loaded from the empty journal's snapshot and reconciled with
    // the seeded entries: either way the saved index now holds them.)
    expect(errors).toEqual([]);
    await context.close();

    // 2. While the app is closed, an entry is written straight into its database (a page of the
    // same origin that runs none of the app's code).
    ({ context, page } = await open('about:blank'));
    await page.route(`${base}blank`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
    await page.goto(`${base}blank`);
    await page.evaluate(
      (entry) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('sextant');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction(['entries'], 'readwrite');
            tx.objectStore('entries').put(entry);
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
      WRITTEN_PAST,
    );
    await context.close();

    // 3. Second start, straight on a search: answered from the saved index (its source says so;
    // no full build took place), never with "Nothing matches".
    ({ context, page, errors } = await open(`${base}#/search?q=zebra`));
    await page.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();
    const first = await states(page);
    expect(
      first.find((s) => s.startsWith('results/')),
      first.join(' '),
    ).toBe('results/snapshot');
    expect(
      first.some((s) => s.endsWith('/build')),
      first.join(' '),
    ).toBe(false);

    // The entry written while closed: found once the background check has caught up, without a rebuild.
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    await box.fill('quokkaloom');
    await page.getByRole('link', { name: 'Quokkaloom offsite notes' }).waitFor();
    await page.locator('main .search-status[data-state="results"][data-index-source="snapshot"]', { hasText: '1 match.' }).waitFor();
    const all = await states(page);
    expect(all, all.join(' ')).not.toContain('no-match/snapshot');
    expect(
      all.some((s) => s.endsWith('/build')),
      all.join(' '),
    ).toBe(false);
    await expectNoAxeViolations(page, 'search from the saved index');
    await screenshot(page, 'search-from-snapshot');
    // And it is saved in turn: the next start needs no correction.
    await page.locator('main .search-status[data-index-saved="true"][data-index-reconciling="false"]').waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
