/**
 * A persona, end to end: Maya, a PM who answered the questionnaire "strongly internal" three weeks
 * ago but whose last week of journal (eight energising conversations with external PMs, four
 * reflections leaning external, two neutral talks with internal PMs) points the other way. She
 * restores her backup, opens Path and Skills, and reads what a coach would tell her:
 * the journal outweighs the answers (leans external, medium confidence), the first step tests what
 * she said (shadow an internal PM), and the first skill to work on is the freshly rated gap, not
 * the four-year-old rating (which is flagged as stale).
 * The backup is built here by hand, with dates relative to today, so the verdict does not drift.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, formatDate, localDate } from '../../shared/dates';
import { makeBackup, serializeBackup, type BackupData } from '../../shared/backup/format';
import { expectNoAxeViolations, launch, openApp, screenshot, SCREENSHOTS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const today = localDate(new Date());
const stamp = '2026-01-01T09:00:00.000Z';
let n = 0;
const meta = () => ({ id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, createdAt: stamp, updatedAt: stamp });
const person = (name: string, path: 'internal' | 'external') => ({ ...meta(), name, role: 'Product manager', company: 'Co', path });
const ana = person('Ana Lima', 'internal');
const ian = person('Ian Park', 'internal');
const ben = person('Ben Osei', 'external');
const eve = person('Eve Rossi', 'external');
const talk = (who: { id: string }, daysAgo: number, energy?: number) => ({
  ...meta(),
  kind: 'conversation' as const,
  date: addDays(today, -daysAgo),
  personId: who.id,
  conversationKind: 'informational' as const,
  notes: '',
  takeaways: '',
  ...(energy === undefined ? {} : { energy }),
  followUpDone: false,
  skills: [],
  tags: [],
});
const reflect = (daysAgo: number) => ({
  ...meta(),
  kind: 'reflection' as const,
  date: addDays(today, -daysAgo),
  title: `Client calls ${daysAgo}`,
  body: 'I came out of the client calls with more energy than I went in.',
  lean: 'external' as const,
  skills: ['communication' as const],
  tags: [],
});

function mayasBackup(): string {
  const data: BackupData = {
    settings: [
      { key: 'profile', value: { name: 'Maya Cohen', currentRole: 'Product manager, billing', targetRole: '', onboardingDone: true } },
    ],
    people: [ana, ian, ben, eve],
    entries: [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => talk(d % 2 ? ben : eve, d, 5)),
      ...[1, 2, 3, 4].map(reflect),
      talk(ana, 2, 3),
      talk(ian, 3, 3),
      talk(ana, 5),
    ],
    checkIns: [
      {
        ...meta(),
        date: addDays(today, -1461),
        blind: false,
        ratings: [
          { skill: 'strategy', level: 2 },
          { skill: 'research', level: 3 },
        ],
      },
      { ...meta(), date: addDays(today, -10), blind: false, ratings: [{ skill: 'communication', level: 2 }] },
    ],
    targets: (['strategy', 'communication', 'research'] as const).map((skill) => ({ skill, level: 4, updatedAt: stamp })),
    pathAnswers: [{ ...meta(), date: addDays(today, -21), dimensions: { relationships: -2, risk: -2, 'success-metric': -2 }, factors: {} }],
  };
  return serializeBackup(makeBackup(data, '0.1.0', stamp));
}

async function go(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
}

describe('persona: Maya restores her journal and reads her advice', () => {
  it('reads verdict, confidence, first next step and first focus skill from the screens', async () => {
    const { page, errors, context } = await openApp(browser);
    await go(page, 'Settings');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a backup file…' }).click();
    await (await chooser).setFiles({ name: 'maya.json', mimeType: 'application/json', buffer: Buffer.from(mayasBackup()) });
    await page.getByRole('button', { name: 'Merge this backup' }).click();
    await page.locator('.toast').filter({ hasText: 'restored' }).first().waitFor();

    // Path: the verdict card comes first.
    await go(page, 'Path fit');
    const card = page.getByRole('region', { name: 'Your path fit' });
    await card.locator('.fit-position strong').filter({ hasText: 'Leans external' }).waitFor();
    expect(await card.locator('.fit-verdict').textContent()).toBe('You lean toward the external path, with medium confidence.');
    const why =
      (await card
        .locator('p')
        .filter({ hasText: /^Why medium confidence\./ })
        .textContent()) ?? '';
    expect(why).toContain(
      'your answers point internal, but your conversations and your reflections point external; the journal outweighs the answers',
    );
    expect(await card.locator('.fit-next').textContent()).toContain(
      'Next step: Test what you said: shadow an internal PM for a day, since your answers favour the internal path but your journal points external.',
    );
    await card.getByRole('heading', { name: 'Pulling the other way' }).waitFor();
    // Rating comes second, after testing what she said.
    expect(await card.locator('.fit-steps li').nth(1).textContent()).toContain(
      `Rate how energising your conversation with Ana Lima on ${formatDate(addDays(today, -5))} felt, so it counts.`,
    );
    await expectNoAxeViolations(page, 'persona path');
    await screenshot(page, 'persona-path');

    // The unrated conversation is listed, not counted, and rated in one click (3: neutral, so the figures stay).
    const unrated = page.getByRole('region', { name: 'Not rated, not counted' });
    await unrated.getByText(`Your conversation with Ana Lima, an internal PM, on ${formatDate(addDays(today, -5))}`).waitFor();
    await unrated
      .getByRole('group', { name: 'Rate Conversation with Ana Lima (internal PM)' })
      .getByRole('button', { name: '3 of 5' })
      .click();
    await unrated.waitFor({ state: 'detached' });
    await card.locator('.fit-position strong').filter({ hasText: 'Leans external' }).waitFor();

    // Every item, grouped and sorted, behind a disclosure.
    await page.getByText(/^All 18 items, grouped by source/).click();
    await page.getByRole('heading', { name: 'Conversations', level: 3 }).waitFor();
    const firstConversation = page
      .getByRole('table', { name: /^Conversations:/ })
      .getByRole('row')
      .nth(1);
    // Yesterday's conversation: 0.5^(1/182) = 99.6%, shown as 100%; effect 0.996 / 20.8 = +0.05.
    expect(await firstConversation.textContent()).toBe(
      `Conversation with Ben Osei (external PM)+0.05 toward external100% (1 day old)Your conversation with Ben Osei, an external PM, on ${formatDate(addDays(today, -1))} energised you (5 of 5); it weighs 100% because it is 1 day old.`,
    );
    await screenshot(page, 'persona-path-items');

    // Skills: the fresh gap first; the four-year-old rating flagged.
    await go(page, 'Skills');
    const focus = page.getByRole('region', { name: 'Where to focus next' }).getByRole('listitem');
    await focus.first().waitFor();
    expect(await focus.first().textContent()).toMatch(/^Communication & collaboration: 2 below target/);
    expect(await focus.allTextContents()).toContain(
      'Product strategy & roadmapping: 2 below target (rated 4 years ago: check in again), nothing logged in 90 days',
    );

    // Home leads with the lean and the one next step.
    await go(page, 'Home');
    const lean = page.getByRole('region', { name: 'Your path lean' });
    await lean.getByText('Leans external', { exact: true }).waitFor();
    expect(await lean.locator('.fit-next').textContent()).toContain('Test what you said: shadow an internal PM');
    await expectNoAxeViolations(page, 'persona home');
    await screenshot(page, 'persona-home');
    // The README's picture: Home as Maya sees it, without the restore's message over it.
    for (const close of await page.getByRole('button', { name: 'Dismiss message' }).all()) await close.click();
    await page.screenshot({ path: `${SCREENSHOTS}/readme-home.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
