import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { conversation, person, uuid } from '../shared/builders';
import { expectNoAxeViolations, launch, openApp, screenshot } from './browser';
import { seedJournal } from './seed';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the palette with Ctrl+K, types `query`, and returns the palette and its options' names. */
async function palette(page: Page, query: string) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await dialog.waitFor();
  await dialog.getByRole('combobox').fill(query);
  const commands = dialog.getByRole('group', { name: 'Commands' }).getByRole('option');
  return { dialog, commands };
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_BG = 'rgb(247, 247, 245)';
const DARK_BG = 'rgb(20, 20, 19)';

describe('the command palette runs every action', () => {
  it('finds the exports by "export" and "pdf", and runs them', async () => {
    const { page, context } = await openApp(browser);
    const { dialog, commands } = await palette(page, 'export');
    await expect
      .poll(() => commands.allTextContents())
      .toEqual([
        'Export a backup',
        'Export the career plan as PDF',
        'Export the career plan as Markdown',
        'Export entries as Markdown',
        'Export dates to a calendar',
      ]);
    await expectNoAxeViolations(page, 'palette with exports');
    await screenshot(page, 'palette-export');
    const backup = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await backup).suggestedFilename()).toMatch(/^sextant-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await dialog.isVisible()).toBe(false);

    // The plan needs something to say before it can be printed (an empty journal gets a guided start).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Your name').fill('Sam Rivera');
    await page.getByLabel('Current role').fill('Product manager');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved', { exact: false }).first().waitFor();
    await palette(page, 'pdf');
    await expect.poll(() => commands.allTextContents()).toEqual(['Export the career plan as PDF']);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/plan$/);
    // Web mode prints through the browser's print dialog (the desktop app saves with printToPDF).
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await context.close();
  });

  it('marks the most urgent follow-up done, with Undo', async () => {
    const { page, context } = await openApp(browser);
    await seedJournal(page, {
      people: [person({ id: uuid(900), name: 'Grace Hopper' }), person({ id: uuid(901), name: 'Alan Turing' })],
      entries: [
        conversation({ id: uuid(2), personId: uuid(900), followUpDate: '2020-01-10' }),
        conversation({ id: uuid(3), personId: uuid(901), followUpDate: '2020-01-05' }),
      ],
    });
    const list = page.locator('.home-follow-ups');
    await list.getByText('Follow up with Alan Turing').waitFor();
    await palette(page, 'follow');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first().textContent())
      .toBe('Mark the next follow-up done');
    await page.keyboard.press('Enter');
    // Alan's (5 January) was the more overdue of the two.
    await page.getByText('Follow-up with Alan Turing marked done').waitFor();
    await expect.poll(() => list.getByRole('link').allTextContents()).toEqual(['Follow up with Grace Hopper']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => list.getByRole('link').allTextContents())
      .toEqual(['Follow up with Alan Turing', 'Follow up with Grace Hopper']);
    await context.close();
  });

  it('opens the questionnaire and the check-in', async () => {
    const { page, context } = await openApp(browser);
    await palette(page, 'questionnaire');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/path\/questionnaire$/);
    await page.getByRole('heading', { level: 1, name: 'Path questionnaire' }).waitFor();
    await palette(page, 'check-in');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/skills\/check-in\/new$/);
    await context.close();
  });
});

describe('theme: system, light or dark', () => {
  it('switches from the palette ("dark"), shows the choice in Settings, and starts dark without a light flash', async () => {
    const { page, context } = await openApp(browser, { colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BG);
    const { commands } = await palette(page, 'dark');
    await expect.poll(() => commands.allTextContents()).toEqual(['Theme: dark']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const theme = page.getByRole('group', { name: 'Theme' });
    await expect.poll(() => theme.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'settings in the dark theme');
    await screenshot(page, 'settings-dark');

    // Before any of the app's code runs (its module blocked), the page is already dark.
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.unroute(/\/assets\/index-[\w-]+\.js$/);

    await page.reload();
    await theme.getByRole('radio', { name: 'Same as this computer' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'none')).toBe('none');
    expect(await background(page)).toBe(LIGHT_BG);
    await page.reload();
    await expect.poll(() => theme.getByRole('radio', { name: 'Same as this computer' }).isChecked()).toBe(true);
    expect(await background(page)).toBe(LIGHT_BG);
    await context.close();
  });

  it('chooses light on a dark system', async () => {
    const { page, context } = await openApp(browser, { colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_BG);
    await palette(page, 'theme light');
    await page.keyboard.press('Enter');
    await expect.poll(() => background(page)).toBe(LIGHT_BG);
    await context.close();
  });
});

describe('the shortcuts dialog', () => {
  it('lists every shortcut from the registry, Ctrl/Cmd + K and Esc included', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const rows = await dialog.getByRole('row').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toContainEqual(['Open the command palette', 'Ctrl/Cmd + K']);
    expect(rows).toContainEqual(['Close a dialog or the command palette', 'Esc']);
    expect(rows).toContainEqual(['Go to Settings', 'G then ,']);
    expect(rows).toContainEqual(['Save the open form', 'Ctrl/Cmd + Enter']);
    await screenshot(page, 'shortcuts-dialog');
    // Ctrl+K works with the dialog open and from a text field alike: one handler.
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('searchbox').first().focus();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    await context.close();
  });
});
