import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launch, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// The Settings screen's own chunk (lazy, so it is fetched on the first visit).
const SETTINGS_CHUNK = /\/assets\/SettingsPage-[\w-]+\.js$/;

/** The error screen inside the shell: its heading, with the sidebar still there. */
async function expectErrorScreen(page: Page, what: RegExp): Promise<void> {
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'This screen could not be shown' }).waitFor();
  expect(await alert.textContent()).toMatch(what);
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).isVisible()).toBe(true);
}

describe('a screen that fails shows an error screen and recovers', () => {
  it('a render error: says what happened, copies the details, and "Reload this screen" renders it again', async () => {
    const { page, context } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Test-only seam, not shipped: the Settings chunk is served with its heading made to throw
    // while window.__failSettingsRender is set (a real render error inside React's render).
    let patched = 0;
    await page.route(SETTINGS_CHUNK, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const heading = '{children:`Settings`}';
      patched = body.split(heading).length - 1;
      await route.fulfill({
        response,
        body: body.replace(
          heading,
          '{children:(()=>{if(globalThis.__failSettingsRender)throw new Error("Injected render error for the test");return`Settings`})()}',
        ),
      });
    });
    await page.evaluate(() => ((window as unknown as { __failSettingsRender: boolean }).__failSettingsRender = true));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expectErrorScreen(page, /Something went wrong while showing it\. Your saved entries are not affected/);
    expect(patched).toBe(1);
    await expectNoAxeViolations(page, 'route error screen');
    await screenshot(page, 'route-error-render');

    await page.getByRole('button', { name: 'Copy details' }).click();
    await page.getByText('Details copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Screen: /settings');
    expect(copied).toContain('Error: Error: Injected render error for the test');

    await page.evaluate(() => ((window as unknown as { __failSettingsRender: boolean }).__failSettingsRender = false));
    await page.getByRole('button', { name: 'Reload this screen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('a chunk that fails to load: the error screen, then "Reload this screen" fetches it again', async () => {
    const { page, context } = await openApp(browser);
    // Test-only seam: the chunk's requests fail (as a dropped connection or a replaced install
    // would) until the test lets them through. Vite asks for it twice (a modulepreload, then the import).
    let failing = true;
    const served: ('404' | 'ok')[] = [];
    await page.route(SETTINGS_CHUNK, async (route) => {
      served.push(failing ? '404' : 'ok');
      if (failing) await route.fulfill({ status: 404, body: 'Not found' });
      else await route.continue();
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expectErrorScreen(page, /Part of the app needed for this screen could not be loaded/);
    await screenshot(page, 'route-error-chunk');
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((s) => s === '404')).toBe(true);

    failing = false;
    await page.getByRole('button', { name: 'Reload this screen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    // The retry imported the chunk again (a remembered failure would not ask the server at all).
    expect(served).toContain('ok');
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('a command palette whose code fails to load leaves the app up, and loads when asked for again', async () => {
    const { page, context } = await openApp(browser);
    let failing = true;
    await page.route(/\/assets\/CommandPalette-[\w-]+\.js$/, (route) =>
      failing ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    );
    await page.keyboard.press('Control+k');
    const toast = page.locator('.toast-error');
    await toast.waitFor();
    expect(await toast.textContent()).toContain('Loading the command palette failed');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    await page.waitForURL(/#\/journal$/);
    failing = false;
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await context.close();
  });

  it('an unhandled rejection shows a message that does not block the screen', async () => {
    const { page, context } = await openApp(browser);
    await page.evaluate(() => {
      void Promise.reject(new Error('The disk went away'));
    });
    const toast = page.locator('.toast-error');
    await toast.waitFor();
    expect(await toast.textContent()).toContain('A background task failed: The disk went away');
    // Non-blocking: the app still navigates while the message shows.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    await page.waitForURL(/#\/journal$/);
    await context.close();
  });
});

describe('Damaged records in Settings > Your data', () => {
  it('lists a record written straight into IndexedDB that fails validation, exports it, and deletes it after confirming', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const section = page.locator('#settings-data');
    await section.getByText('Every record reads correctly: nothing is damaged.').waitFor();

    // A reflection with a date that is not a date and no title, as a bug or a disk fault could leave it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('sextant');
          req.onsuccess = () => {
            const tx = req.result.transaction('entries', 'readwrite');
            tx.objectStore('entries').put({
              id: 'broken-entry-1',
              kind: 'reflection',
              date: 'someday',
              createdAt: '2026-01-01T10:00:00.000Z',
              updatedAt: '2026-01-01T10:00:00.000Z',
            });
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const table = section.getByRole('table', { name: 'Damaged records' });
    await table.waitFor();
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(2);
    const cells = await rows.nth(1).getByRole('cell').allTextContents();
    expect(cells[0]).toBe('Journal entries');
    expect(cells[1]).toBe('broken-entry-1');
    expect(cells[2]).toContain('The field “date”: must be a date like 2026-03-14.');
    expect(cells[2]).toContain('The field “title” is missing.');
    expect(await section.getByText('1 damaged record could not be read.', { exact: false }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'damaged records');
    await screenshot(page, 'damaged-records');

    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Export them' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sextant-damaged-records-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      kind: string;
      records: { table: string; key: string; record: { date: string } }[];
    };
    expect(exported.kind).toBe('damaged-records');
    expect(exported.records.map((r) => [r.table, r.key, r.record.date])).toEqual([['entries', 'broken-entry-1', 'someday']]);

    await section.getByRole('button', { name: 'Delete them' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 1 damaged record?' });
    await dialog.getByRole('button', { name: 'Delete 1 damaged record' }).click();
    await section.getByText('Every record reads correctly: nothing is damaged.').waitFor();
    const left = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('sextant');
          req.onsuccess = () => {
            const count = req.result.transaction('entries').objectStore('entries').count();
            count.onsuccess = () => {
              req.result.close();
              resolve(count.result);
            };
            count.onerror = () => reject(count.error);
          };
        }),
    );
    expect(left).toBe(0);
    await context.close();
  });
});
