import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../shared/dates';
import { conversation, person, uuid } from '../shared/builders';
import { browserForFile, expectNoAxeViolations, openApp, screenshot } from './browser';
import { seedJournal } from './seed';

// Home over a long-kept journal: more follow-ups than the card lists, some years overdue.

const files = browserForFile();
// The browser runs on this machine's clock and time zone, as the app's "today" does.
const TODAY = localDate(new Date());

describe('Home with years of follow-ups', () => {
  it('counts every open follow-up, lists the 5 most urgent on one line each, reads the rest on "Show all", and marks one done', async () => {
    const { page, context } = await openApp(files.browser);
    const ada = person({ id: uuid(900), name: 'Ada Lovelace' });
    // Seven open follow-ups (and one done, not counted): due 2423 days ago, 400 days ago, then 30 .. 1 days ago, today, in 3 days.
    const due = [-2423, -400, -30, -9, -1, 0, 3];
    const entries = due.map((d, i) =>
      conversation({
        id: uuid(i + 1),
        personId: ada.id,
        date: addDays(TODAY, Math.min(d, 0) - 7),
        followUpDate: addDays(TODAY, d),
        followUpNote: `note ${i + 1}`,
      }),
    );
    entries.push(
      conversation({ id: uuid(20), personId: ada.id, date: addDays(TODAY, -50), followUpDate: addDays(TODAY, -40), followUpDone: true }),
    );
    await seedJournal(page, { people: [ada], entries });

    const card = page.getByRole('region', { name: /^Follow-ups/ });
    const items = card.getByRole('listitem');
    await card.getByRole('heading', { name: 'Follow-ups (7, 5 overdue)' }).waitFor();
    await expect.poll(() => items.count()).toBe(5);
    // 2423 days is 6 years and more; 400 days is 13 whole months (or 12, by the calendar of this year).
    const badges = await card.locator('.home-due-badge').allTextContents();
    expect(badges[0]).toBe('6 years overdue');
    expect(badges[1]).toMatch(/^1[23] months overdue$/);
    expect(badges.slice(2)).toEqual(['30 days overdue', '9 days overdue', '1 day overdue']);
    // Each badge on one line: its text's boxes all share one top.
    const lines = await card.locator('.home-due-badge').evaluateAll((els) =>
      els.map((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines).toEqual([1, 1, 1, 1, 1]);
    await expectNoAxeViolations(page, 'Home with many follow-ups');
    await screenshot(page, 'home-long-follow-ups');

    // "Show all": the two not listed yet are read, in order (due today, then in 3 days).
    await card.getByRole('button', { name: 'Show all 7 follow-ups' }).click();
    await expect.poll(() => items.count()).toBe(7);
    await expect
      .poll(() => items.evaluateAll((lis) => lis.map((li) => li.textContent?.match(/note \d/)?.[0])))
      .toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5', 'note 6', 'note 7']);
    expect(await card.locator('.home-due-badge').last().textContent()).toBe('in 3 days');

    // Done on the last one (read only after "Show all"): it leaves, and the count follows.
    await card.getByRole('button', { name: 'Mark follow-up with Ada Lovelace done' }).last().click();
    await card.getByRole('heading', { name: 'Follow-ups (6, 5 overdue)' }).waitFor();
    await expect.poll(() => items.count()).toBe(6);
    await context.close();
  });
});
