import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
