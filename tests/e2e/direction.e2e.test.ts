import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { Reflection } from '../../shared/schemas';
import { browserForFile, expectNoAxeViolations, openApp, screenshot } from './browser';
import { seedJournal } from './seed';

const shared = browserForFile();

// "A conversation with a mentor", and "We talked about the internal path." (Hebrew), as a Day
// One import leaves them: the title repeated as the body's first heading.
const TITLE = 'שיחה עם מנטור';
const LINE = 'דיברנו על המסלול הפנימי.';
const STAMP = '2026-03-01T09:00:00.000Z';
const ENTRY: Reflection = {
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: STAMP,
  updatedAt: STAMP,
  kind: 'reflection',
  date: '2026-03-01',
  title: TITLE,
  body: `# ${TITLE}\n\n${LINE}`,
  skills: [],
  tags: [],
};

/** The element's dir attribute and the direction the browser lays it out in. */
const direction = (l: Locator) => l.evaluate((el) => [el.getAttribute('dir'), getComputedStyle(el).direction]);

describe('Hebrew text reads right to left', () => {
  it('in the timeline (title and excerpt) and in the reader (title and body)', async () => {
    const { page, context } = await openApp(shared.browser);
    await seedJournal(page, { entries: [ENTRY], people: [] });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    const title = page.getByRole('heading', { level: 2, name: TITLE });
    await title.waitFor();
    expect(await direction(title)).toEqual(['auto', 'rtl']);
    // The excerpt without the heading that repeats the title.
    const excerpt = page.locator('.entry-row-excerpt');
    expect(await excerpt.textContent()).toBe(LINE);
    expect(await direction(excerpt)).toEqual(['auto', 'rtl']);
    await expectNoAxeViolations(page, 'timeline in Hebrew');
    await screenshot(page, 'timeline-hebrew');

    await page.getByRole('link', { name: TITLE }).click();
    const heading = page.getByRole('heading', { level: 1, name: TITLE });
    await heading.waitFor();
    expect(await direction(heading)).toEqual(['auto', 'rtl']);
    expect(await direction(page.getByText(LINE))).toEqual(['auto', 'rtl']);
    await expectNoAxeViolations(page, 'reader in Hebrew');
    await screenshot(page, 'reader-hebrew');
    await context.close();
  });
});
