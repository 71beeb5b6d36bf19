import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launch, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell in web mode', () => {
  it('opens on Home with the main navigation, and "?" lists the keyboard shortcuts', async () => {
    const { page, errors, context } = await openApp(browser);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Journal' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await dialog.getByText('New reflection').waitFor();
    await expectNoAxeViolations(page, 'shortcuts dialog');
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('j');
    await page.waitForURL(/#\/journal$/);
    await screenshot(page, 'shell-journal');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens every screen loaded on demand straight from its address without a loading state', async () => {
    const { page: first, context, errors } = await openApp(browser);
    // Each screen's first content in an empty journal (the benchmark times the same elements).
    const screens = [
      ['#/search?q=roadmap', 'main .search-status[data-state="no-match"]'],
      ['#/people', 'main .people-empty-title'],
      ['#/skills', 'main .skills-actions + .card'],
      ['#/skills/strategy', 'main .stat-row'],
      ['#/path', 'main .path-fit'],
      ['#/plan', 'main .plan-empty'],
      ['#/settings', 'main .settings-section'],
    ] as const;
    await first.close();
    for (const [hash, ready] of screens) {
      const page = await context.newPage();
      // Notes any "Loading…" status that appears in the page from its very first node on.
      await page.addInitScript(() => {
        const w = window as unknown as { __sawLoading: boolean };
        w.__sawLoading = false;
        new MutationObserver(() => {
          if ([...document.querySelectorAll('main [role="status"]')].some((n) => n.textContent === 'Loading…')) w.__sawLoading = true;
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
      await page.goto(`${inject('baseURL')}${hash}`);
      await page.locator(ready).first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { __sawLoading: boolean }).__sawLoading), hash).toBe(false);
      await page.close();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a full-screen explanation, not a blank window, when the journal was written by a newer version', async () => {
    const { page, context } = await openApp(browser);
    // Bump the stored database far past this build's schema version, as a newer release would.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('sextant', 999);
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect.poll(() => alert.getByRole('heading').textContent()).toBe('This journal was saved by a newer version of Sextant');
    await expectNoAxeViolations(page, 'database error screen');
    await screenshot(page, 'database-newer-version');
    await context.close();
  });
});
