import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile, expectNoAxeViolations, openApp, screenshot } from './browser';
import { SKILL_NAMES, takeCheckIn } from './checkIn';

const shared = browserForFile();

// The levels the person gives themselves, and the targets they set, skill by skill.
const LEVELS = [3, 4, 2, 2, 3, 4];
const TARGETS = [4, 4, 3, 4, 4, 4];

/** Writes a reflection tagged with one skill through the journal's own form. */
async function writeReflection(page: Page, title: string, skill: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await page.goto(page.url().replace(/#.*$/, '#/journal/new/reflection'));
  await page.getByLabel('Title').fill(title);
  await page
    .getByRole('textbox', { name: /mind|Body/ })
    .first()
    .fill('Ran the planning meeting for three teams and got them to agree on one launch date.');
  await page.getByRole('checkbox', { name: skill }).check();
  await page.getByRole('button', { name: /^Save/ }).click();
  await page.waitForURL((u) => !u.hash.includes('/new/'));
}

/** The radar's axis labels as drawn (two lines joined back into one name). */
async function axisLabels(page: Page): Promise<string[]> {
  const texts = await page
    .getByRole('img', { name: /Radar chart of the six skills/ })
    .locator('text.chart-tick')
    .allTextContents();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('skills in web mode', () => {
  it('takes a check-in, sets targets, shows the radar and finds evidence for a skill', async () => {
    const { page, errors, context } = await openApp(shared.browser);
    await writeReflection(page, 'Aligned three teams on the launch', 'Leadership & influence');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();
    await page.getByText('No check-in yet.').waitFor();
    // Empty: the card alone, no empty chart and no table of dashes.
    expect(await page.getByRole('img', { name: /Radar chart/ }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page, 'skills overview, empty');
    await screenshot(page, 'skills-empty');

    // First check-in, with a missing rating caught at the field first.
    await page.getByRole('link', { name: 'New check-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'New check-in' }).waitFor();
    await page.getByRole('group', { name: SKILL_NAMES[0] }).getByRole('radio', { name: /^3 · / }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Pick a level for Communication & collaboration').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent)).toBe(
      'Communication & collaboration',
    );
    await expectNoAxeViolations(page, 'check-in form with errors');
    await screenshot(page, 'skills-check-in-errors');
    await takeCheckIn(page, LEVELS);
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();

    // Targets.
    await page.getByRole('link', { name: 'Set targets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Targets' }).waitFor();
    for (const [i, name] of SKILL_NAMES.entries()) {
      await page.getByLabel(`Target level for ${name}`).selectOption(String(TARGETS[i]));
    }
    await page.getByLabel(`Target date for ${SKILL_NAMES[3]} (optional)`).fill('2026-12-31');
    await expectNoAxeViolations(page, 'targets form');
    await screenshot(page, 'skills-targets');
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();

    // The radar: six labelled axes, the values in the table, the focus suggestion.
    const chart = page.getByRole('img', { name: /Radar chart of the six skills/ });
    await chart.waitFor();
    expect(await axisLabels(page)).toEqual(SKILL_NAMES);
    const table = page.getByRole('table', { name: 'The chart as a table' });
    for (const [i, name] of SKILL_NAMES.entries()) {
      const cells = await table
        .getByRole('row', { name: new RegExp(`^${name.replace(/[&]/g, '\\$&')}`) })
        .getByRole('cell')
        .allTextContents();
      expect(cells.slice(0, 2)).toEqual([String(LEVELS[i]), String(TARGETS[i])]);
    }
    const focus = page.getByRole('region', { name: 'Where to focus next' });
    // Leadership is 2 below target; it has one entry from today, so it is not marked as quiet.
    await expect
      .poll(() => focus.getByRole('listitem').first().textContent())
      .toBe('Leadership & influence: 2 below target, 1 entry in the last 90 days');
    await expectNoAxeViolations(page, 'skills overview');
    await screenshot(page, 'skills-overview');

    // One skill: the reflection is there as evidence, and opens.
    await page.getByRole('region', { name: 'All six skills' }).getByRole('link', { name: 'Leadership & influence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leadership & influence' }).waitFor();
    await page.getByText('1 entry in total, 1 in the last 90 days').waitFor();
    const evidence = page.getByRole('list', { name: 'Entries tagged with this skill' });
    const link = evidence.getByRole('link', { name: 'Aligned three teams on the launch' });
    await link.waitFor();
    await page.getByRole('img', { name: /Line chart of Leadership & influence over time/ }).waitFor();
    await expectNoAxeViolations(page, 'skill detail');
    await screenshot(page, 'skills-detail-leadership');
    await link.click();
    await page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Aligned three teams on the launch' }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('compares with an earlier check-in, offers to correct a past one, and reads well in dark mode', async () => {
    const { page, errors, context } = await openApp(shared.browser, { colorScheme: 'dark' });
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#/skills/check-in/new`);
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-01-10');
    await takeCheckIn(page, [2, 3, 1, 1, 2, 3]);
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();

    await page.getByRole('link', { name: 'New check-in' }).click();
    // Blind: the earlier ratings are not shown while rating.
    await page
      .getByText(/Last time \(10 Jan 2026\): 2 · Developing/)
      .first()
      .waitFor();
    await page.getByRole('checkbox', { name: /Blind check-in/ }).check();
    expect(await page.getByText(/Last time/).count()).toBe(0);
    await takeCheckIn(page, LEVELS);
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();

    // The earlier check-in is the default comparison: in the legend, the table and the change column.
    await expect.poll(() => page.getByLabel('Compare with').inputValue()).not.toBe('');
    await expect.poll(() => page.getByRole('list', { name: 'Legend' }).textContent()).toContain('Check-in of 10 Jan 2026');
    const table = page.getByRole('table', { name: 'The chart as a table' });
    await expect
      .poll(() =>
        table
          .getByRole('row', { name: /^Market research/ })
          .getByRole('cell')
          .allTextContents(),
      )
      .toEqual(['2', '—', '1']);
    // The earlier check-in: six triangle markers and its outline.
    expect(await page.locator('[data-series="earlier"] polygon').count()).toBe(7);
    await expectNoAxeViolations(page, 'skills overview, dark, with comparison');
    await screenshot(page, 'skills-overview-dark');

    await page.getByRole('link', { name: /Past check-ins \(2\)/ }).click();
    await page.getByRole('link', { name: '10 Jan 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check-in of 10 Jan 2026' }).waitFor();
    await page.getByRole('link', { name: 'Correct this check-in' }).waitFor();
    await expectNoAxeViolations(page, 'one past check-in');
    await screenshot(page, 'skills-past-check-in-dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('first run: a card on Home (not a dialog) leads through three skippable steps, then goes away', async () => {
    const { page, errors, context } = await openApp(shared.browser);
    const card = page.getByRole('region', { name: 'Get started: which path fits you?' });
    await card.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectNoAxeViolations(page, 'home with the first-run card');
    await screenshot(page, 'skills-onboarding-card');
    await card.getByRole('link', { name: 'Start' }).click();
    // 1: who you are as a PM today.
    await page.getByRole('heading', { level: 1, name: 'You as a PM today' }).waitFor();
    await page.getByRole('textbox', { name: 'Your PM role today' }).fill('PM for the billing platform');
    await expectNoAxeViolations(page, 'first-run step 1');
    await screenshot(page, 'welcome-you');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    // 2: the path questions (the Path screen's questionnaire), skipped here.
    await page.getByRole('heading', { level: 1, name: 'Which path fits you?' }).waitFor();
    await page.getByRole('heading', { name: 'Questionnaire' }).waitFor();
    await screenshot(page, 'welcome-path');
    await page.getByRole('button', { name: 'Skip this step' }).click();
    // 3: the first check-in (the check-in form), then Home without the card.
    await page.getByRole('heading', { level: 1, name: 'Rate yourself on the six skills' }).waitFor();
    await takeCheckIn(page, LEVELS);
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    // Home has read the journal (no entries yet, so it invites the first) before the card's absence counts.
    await page.getByRole('heading', { level: 2, name: 'Your journal is empty' }).waitFor();
    await expect.poll(() => card.count()).toBe(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Current role' }).inputValue()).toBe('PM for the billing platform');

    // Skipping on a fresh profile hides it too, and it stays hidden after a reload.
    const second = await openApp(shared.browser);
    await second.page.getByRole('button', { name: 'Skip for now' }).click();
    await second.page.getByRole('region', { name: 'Get started: which path fits you?' }).waitFor({ state: 'detached' });
    await second.page.reload();
    await second.page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    // Home has read the (empty) journal before the card's absence counts.
    await second.page.getByRole('heading', { level: 2, name: 'Your journal is empty' }).waitFor();
    await expect.poll(() => second.page.getByRole('region', { name: 'Get started: which path fits you?' }).count()).toBe(0);
    expect([...errors, ...second.errors]).toEqual([]);
    await second.context.close();
    await context.close();
  });
});
