import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateJournal } from '../../bench/generate';
import { launch, openApp, screenshot } from './browser';
import { seedJournal } from './seed';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every screen a person reaches from the sidebar, plus the forms and detail pages with the widest content. */
const SCREENS: {
  name: string;
  hash: (j: ReturnType<typeof generateJournal>) => string;
  /** Text that shows once content drawn after the data (a chart whose code loads apart) is on screen. */
  ready?: string;
}[] = [
  { name: 'home', hash: () => '#/' },
  { name: 'search', hash: () => '#/search?q=roadmap' },
  { name: 'journal', hash: () => '#/journal' },
  { name: 'entry', hash: (j) => `#/journal/${j.entries.find((e) => e.kind === 'conversation')!.id}` },
  { name: 'conversation-form', hash: () => '#/journal/new/conversation' },
  { name: 'goal-form', hash: () => '#/journal/new/goal' },
  { name: 'people', hash: () => '#/people' },
  { name: 'person', hash: (j) => `#/people/${j.people[0]!.id}` },
  { name: 'skills', hash: () => '#/skills' },
  { name: 'check-ins', hash: () => '#/skills/check-ins' },
  { name: 'check-in-form', hash: () => '#/skills/check-in/new' },
  { name: 'targets', hash: () => '#/skills/targets' },
  { name: 'skill', hash: () => '#/skills/leadership', ready: 'Level history as a table' },
  { name: 'path', hash: () => '#/path' },
  { name: 'plan', hash: () => '#/plan' },
  { name: 'settings', hash: () => '#/settings' },
];

/** How far the document is wider than the window (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

describe('any window size', () => {
  it('at 800×600 no screen scrolls sideways, and the sidebar folds into a menu; screenshots at 800×600 and 1920×1080', async () => {
    const { page, context, errors } = await openApp(browser);
    const journal = generateJournal(11, { entries: 120, people: 30, goals: 10, checkIns: 4 });
    await seedJournal(page, journal);
    const base = page.url().replace(/#.*$/, '');
    const overflowing: string[] = [];
    for (const size of [
      { width: 800, height: 600 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const screen of SCREENS) {
        await page.goto(`${base}${screen.hash(journal)}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        // The screen's data has arrived when no "Loading…" is left.
        await expect.poll(() => page.getByText('Loading…').count()).toBe(0);
        if (screen.ready) await page.getByText(screen.ready).first().waitFor();
        if (size.width === 800) {
          const over = await sidewaysOverflow(page);
          if (over > 0) overflowing.push(`${screen.name}: ${over}px`);
        }
        await screenshot(page, `size-${size.width}-${screen.name}`);
      }
    }
    expect(overflowing).toEqual([]);

    // At 800 px the navigation is behind a Menu button, and opens and closes with it.
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${base}#/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'People' }).isVisible()).toBe(false);
    await menu.click();
    await nav.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });
});
