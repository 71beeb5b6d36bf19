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
// Another person's, for the second test.
const other = mkdtempSync(path.join(tmpdir(), 'sextant-search-stale-'));
afterAll(() => {
  for (const d of [dir, other]) rmSync(d, { recursive: true, force: true, maxRetries: 5 });
});

function open(url: string, profile = dir): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  return openProfile(profile, url, async (page) => {
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

/**
 * Writes and deletes entries straight in the database while the app is closed (a page of the
 * same origin that runs none of the app's code: another window of an older version, a crash
 * before the index was saved): the saved index cannot know.
 */
async function writeWhileClosed(base: string, put: unknown[], remove: string[], profile = dir): Promise<void> {
  const { context, page } = await open('about:blank', profile);
  await page.route(`${base}blank`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(`${base}blank`);
  await page.evaluate(
    ([put, remove]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('sextant');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['entries'], 'readwrite');
          for (const entry of put) tx.objectStore('entries').put(entry);
          for (const id of remove) tx.objectStore('entries').delete(id);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
    [put, remove] as const,
  );
  await context.close();
}

// Found by "okapi" in the saved index; then, while the app is closed, one is deleted and one
// edited so that it no longer holds the word.
const OKAPI_KEPT = reflection({ id: uuid(7101), title: 'Okapi pricing review', body: 'What the okapi launch taught us.' });
const OKAPI_DELETED = reflection({ id: uuid(7102), title: 'Okapi budget draft', body: 'Okapi numbers.' });
const OKAPI_EDITED = reflection({ id: uuid(7103), title: 'Okapi offsite agenda', body: 'Okapi agenda items.' });

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

    // 2. While the app is closed, an entry is written straight into its database.
    await writeWhileClosed(base, [WRITTEN_PAST], []);

    // 3. Second start, straight on a search: answered from the saved index (its source says so;
    // no full build took place), never with "Nothing matches".
    ({ context, page, errors } = await open(`${base}#/search?q=zebra`));
    await page.getByRole('link', { name: 'Zebra crossing retrospective' }).waitFor();
    // (The link can show first while the saved index is still loading: "Indexing…", with matches.)
    await page.locator('main .search-status[data-state="results"]').waitFor();
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

  it('a start from a saved index never shows a result whose entry was deleted, or changed so it no longer matches, while the app was closed', async () => {
    const base = inject('baseURL');
    let { context, page, errors } = await open(base, other);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await seedJournal(page, { entries: [OKAPI_KEPT, OKAPI_DELETED, OKAPI_EDITED], people: [] });
    await page.goto(`${base}#/search?q=okapi`);
    await page.locator('main .search-status[data-state="results"]', { hasText: '3 matches.' }).waitFor();
    // The positive signal that the saved index holds all three: it is current (and checked, if it was loaded).
    await page
      .locator('main .search-status[data-index-saved="true"]:not([data-index-reconciling="true"])', { hasText: '3 matches.' })
      .waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await context.close();

    await writeWhileClosed(base, [{ ...OKAPI_EDITED, title: 'Offsite agenda', body: 'Agenda items.' }], [OKAPI_DELETED.id], other);

    // Every result title ever put on screen during the start, from the page's first node on.
    ({ context, page, errors } = await openProfile(other, `${base}#/search?q=okapi`, async (p) => {
      await p.addInitScript(() => {
        const w = window as unknown as { __titles: Set<string>; __counts: string[] };
        w.__titles = new Set();
        // Every count the status line said, with the rows on screen as it said it.
        w.__counts = [];
        new MutationObserver(() => {
          const shown = document.querySelectorAll('main .search-hit-title');
          for (const el of shown) w.__titles.add(el.textContent ?? '');
          const said = /(\d+) match/.exec(document.querySelector('main .search-status')?.textContent ?? '')?.[1];
          if (said) w.__counts.push(`${said} said, ${shown.length} shown`);
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
    }));
    // Loaded from the saved index (which still holds all three), then checked against the journal.
    await page.locator('main .search-status[data-index-source="snapshot"][data-index-reconciling="false"]').waitFor({ timeout: 60_000 });
    await page.locator('main .search-status[data-state="results"]', { hasText: '1 match.' }).waitFor();
    const titles = await page.evaluate(() => [...(window as unknown as { __titles: Set<string> }).__titles]);
    expect(titles).toEqual(['Okapi pricing review']);
    // "N matches" never counted a row that was not shown (the deleted and the edited entry).
    const counts = await page.evaluate(() => [...new Set((window as unknown as { __counts: string[] }).__counts)]);
    expect(counts).toEqual(['1 said, 1 shown']);
    // The palette offers the same one entry.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill('okapi');
    const found = palette.getByRole('group', { name: 'Journal and people' }).getByRole('option');
    await found.first().waitFor();
    expect(await found.allTextContents()).toEqual(['Okapi pricing reviewReflection']);
    await expectNoAxeViolations(page, 'palette from the saved index');
    await screenshot(page, 'palette-from-snapshot');
    expect(await page.locator('main .search-hit-title').allTextContents()).toEqual(['Okapi pricing review']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
