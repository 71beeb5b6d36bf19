import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, launch, screenshot } from './browser';
import { seedJournal } from './seed';

// One person's morning in Berlin on a fixed clock (Playwright's page.clock): reminders switched
// on at 08:30, a follow-up due today at 09:00, another at 09:30, and a mentor to keep in touch
// with every two weeks.

const STAMP = '2026-03-10T07:00:00.000Z';
const DANA = '00000000-0000-4000-8000-000000000901';
const LEE = '00000000-0000-4000-8000-000000000902';
const person = (id: string, name: string, stayInTouchWeeks?: number) => ({
  id,
  createdAt: STAMP,
  updatedAt: STAMP,
  name,
  role: 'Senior PM',
  company: 'Acme',
  path: 'internal',
  ...(stayInTouchWeeks ? { stayInTouchWeeks } : {}),
});
const talk = (n: number, personId: string, followUpNote: string, followUpTime?: string) => ({
  id: `00000000-0000-4000-8000-00000000001${n}`,
  createdAt: STAMP,
  updatedAt: STAMP,
  kind: 'conversation',
  date: '2026-03-10',
  skills: [],
  tags: [],
  personId,
  conversationKind: 'mentorship',
  notes: '',
  takeaways: '',
  followUpDate: '2026-03-10',
  followUpNote,
  ...(followUpTime ? { followUpTime } : {}),
  followUpDone: false,
});

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: 'Europe/Berlin' });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  // 08:30 in Berlin (winter time, UTC+1).
  await page.clock.install({ time: new Date('2026-03-10T07:30:00Z') });
  await page.goto(inject('baseURL'));
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const banner = () => page.getByRole('region', { name: 'Reminders' });

async function goHome(): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
}

describe('reminders in web mode, on a fixed clock', () => {
  it('explains reminders the first time one is switched on, then keeps each switch', async () => {
    await seedJournal(page, {
      people: [person(DANA, 'Dana Reyes', 2), person(LEE, 'Lee Park')] as never,
      entries: [talk(1, DANA, 'Send the roadmap article'), talk(2, LEE, 'Share the interview notes', '09:30')] as never,
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    const section = page.getByRole('region', { name: 'Reminders' }).or(page.locator('#settings-reminders'));
    await section.getByRole('switch', { name: 'Remind me when a follow-up is due' }).waitFor();
    await expect.poll(() => section.getByRole('switch', { name: 'Remind me when a follow-up is due' }).isChecked()).toBe(false);
    await section.getByRole('switch', { name: 'Remind me when a follow-up is due' }).click();
    const dialog = page.getByRole('dialog', { name: 'Before you switch reminders on' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('A follow-up is due');
    await screenshot(page, 'reminders-explained');
    await dialog.getByRole('button', { name: 'Switch on' }).click();
    await expect.poll(() => section.getByRole('switch', { name: 'Remind me when a follow-up is due' }).isChecked()).toBe(true);
    // The explanation came once: the next switch turns on at once.
    await section.getByRole('switch', { name: 'Remind me when it is time to talk to someone again' }).click();
    await expect
      .poll(() => section.getByRole('switch', { name: 'Remind me when it is time to talk to someone again' }).isChecked())
      .toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.locator('#settings-reminders').scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'Settings > Reminders');
    await screenshot(page, 'settings-reminders');
  });

  it('shows the follow-up due at 09:00 as a banner once it is 09:00, and not before', async () => {
    await goHome();
    await page.getByRole('link', { name: 'Follow up with Dana Reyes' }).waitFor();
    expect(await banner().count()).toBe(0);
    // 09:01 in Berlin: the runner's one timer fires and finds the follow-up due.
    await page.clock.fastForward('31:00');
    await banner().waitFor();
    await expect.poll(() => banner().getByRole('link').allTextContents()).toEqual(['Follow up with Dana Reyes']);
    await expect.poll(() => banner().textContent()).toContain('Send the roadmap article');
    await expectNoAxeViolations(page, 'Home with a reminder banner');
    await screenshot(page, 'home-reminder-banner');
  });

  it('does not show it again after a reload; the 09:30 one shows, and after Done it is gone', async () => {
    // Reload at 09:35: both are due now, but the 09:00 one was already shown.
    await page.clock.setSystemTime(new Date('2026-03-10T08:35:00Z'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await banner().waitFor();
    await expect.poll(() => banner().getByRole('link').allTextContents()).toEqual(['Follow up with Lee Park']);
    await banner().getByRole('button', { name: 'Done: Follow up with Lee Park' }).click();
    await expect.poll(() => banner().count()).toBe(0);
    // Done marked the follow-up itself: Home lists only Dana's now.
    const followUps = page.getByRole('region', { name: /Follow-ups/ });
    await expect.poll(() => followUps.getByRole('link').allTextContents()).toEqual(['Follow up with Dana Reyes']);
  });

  it('lists a stay-in-touch person on Home once two weeks have passed since the last conversation', async () => {
    const card = page.getByRole('region', { name: /Stay in touch/ });
    await expect.poll(() => card.textContent()).toContain('Nobody is due a conversation yet. Next: Dana Reyes, 24 Mar 2026.');
    // 23 March: still not due.
    await page.clock.setSystemTime(new Date('2026-03-23T12:00:00Z'));
    await page.reload();
    await expect.poll(() => card.textContent()).toContain('Next: Dana Reyes, 24 Mar 2026.');
    // 24 March, 09:05: due today, on Home, and its reminder (09:00) shows.
    await page.clock.setSystemTime(new Date('2026-03-24T08:05:00Z'));
    await page.reload();
    await expect
      .poll(() => card.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('due todayDana Reyesevery 2 weeks · last talked 10 Mar 2026')]);
    await banner().waitFor();
    await expect.poll(() => banner().getByRole('link').allTextContents()).toContain('Time to catch up with Dana Reyes');
    await screenshot(page, 'home-stay-in-touch');
    // People: the keep-in-touch column and the "only due" filter.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('checkbox', { name: 'Only people due to keep in touch' }).check();
    await expect.poll(() => page.getByRole('rowheader').allTextContents()).toEqual(['Dana Reyes']);
    await expect.poll(() => page.getByRole('row', { name: /Dana Reyes/ }).textContent()).toContain('due today (every 2 weeks)');
    expect(errors).toEqual([]);
  });
});
