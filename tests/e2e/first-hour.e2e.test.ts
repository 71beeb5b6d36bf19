import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserForFile, expectNoAxeViolations, openApp, screenshot } from './browser';
import { SKILL_NAMES, takeCheckIn } from './checkIn';
import type { Conversation, Person } from '../../shared/schemas';
import { seedJournal } from './seed';

const STAMP = '2026-01-01T09:00:00.000Z';
/** A person record as the app stores it; ids are made from the number. */
function storedPerson(n: number, name: string, company: string, path: Person['path'] = 'unknown', role = 'Product manager'): Person {
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, createdAt: STAMP, updatedAt: STAMP, name, role, company, path };
}

const shared = browserForFile();

/** The "Change since …" cell of each skill in the Skills screen's table. */
async function changes(page: Page): Promise<string[]> {
  const rows = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Entries (all)' }) })
    .getByRole('row');
  const out: string[] = [];
  for (const name of SKILL_NAMES) out.push((await rows.filter({ hasText: name }).getByRole('cell').nth(3).textContent()) ?? '');
  return out;
}

/** A conversation record as the app stores it. */
function storedConversation(n: number, personId: string, date: string, notes: string): Conversation {
  return {
    id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'conversation',
    date,
    skills: [],
    tags: [],
    personId,
    conversationKind: 'informational',
    notes,
    takeaways: '',
    followUpDone: false,
  };
}

describe('a first hour that makes sense', () => {
  it('compares a second check-in of the same day with the first, and corrects or deletes a mistaken one', async () => {
    const { page, context, errors } = await openApp(shared.browser);
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#/skills/check-in/new`);
    await takeCheckIn(page, [2, 3, 1, 1, 2, 3]);
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();
    await page.getByRole('link', { name: 'New check-in' }).click();
    await takeCheckIn(page, [3, 3, 2, 1, 4, 2]);
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();
    // Worked out by hand: second minus first, skill by skill.
    await expect.poll(() => changes(page)).toEqual(['+1', '0', '+1', '0', '+2', '−1']);
    await expect.poll(() => page.getByLabel('Compare with').locator('option:checked').textContent()).toMatch(/\(first of the day\)$/);

    // The second one, opened from the list, compares with the first by default.
    await page.getByRole('link', { name: /Past check-ins \(2\)/ }).click();
    await page.getByRole('table').getByRole('link').first().click();
    const problemSolving = page.getByRole('row', { name: /^Problem solving/ }).getByRole('cell');
    await expect.poll(() => problemSolving.nth(1).textContent()).toBe('+2');

    // A mistake corrected: problem solving was 3, not 4.
    await page.getByRole('link', { name: 'Correct this check-in' }).click();
    await page.getByRole('group', { name: SKILL_NAMES[4] }).getByRole('radio', { name: /^3 · / }).check();
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => problemSolving.nth(1).textContent()).toBe('+1');
    await page
      .getByText(/corrected/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'a corrected check-in');

    // Deleted after confirming, then put back with Undo.
    await page.getByRole('button', { name: 'Delete this check-in' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete check-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Past check-ins' }).waitFor();
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps every character typed into Search with no delay between keys', async () => {
    const { page, context, errors } = await openApp(shared.browser);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    await box.waitFor();
    await box.pressSequentially('reconciliation', { delay: 0 });
    await expect.poll(() => box.inputValue()).toBe('reconciliation');
    // The URL catches up with the whole word, not a prefix of it.
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain('q=reconciliation');
    expect(await box.inputValue()).toBe('reconciliation');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a follow-up dated before its conversation with a message that names it, and asks about a far-off date', async () => {
    const { page, context, errors } = await openApp(shared.browser);
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#/journal/new/conversation`);
    await page.getByRole('textbox', { name: 'Name' }).fill('Priya Natarajan');
    await page.getByLabel('Date').first().fill('2026-03-10');
    const followUp = page.getByLabel('Follow up by');
    await followUp.fill('2019-02-01');
    await page.getByRole('button', { name: 'Save conversation' }).click();
    const message = "The follow-up date (1 Feb 2019) can't be before the conversation (10 Mar 2026)";
    await expect.poll(() => followUp.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await followUp.getAttribute('aria-describedby')) ?? '';
    await expect.poll(() => page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toContain(message);
    expect(page.url()).toContain('/journal/new/conversation');
    await expectNoAxeViolations(page, 'conversation form with a refused follow-up');
    await screenshot(page, 'conversation-follow-up-refused');

    // A date far ahead is asked about once, with a one-click fix.
    await followUp.fill('2026-04-01');
    await page.getByLabel('Date').first().fill('9999-03-10');
    await page.getByRole('button', { name: 'Save conversation' }).click();
    await page.getByText(/more than a year from now\. Did you mean 10 Mar \d{4}\?/).waitFor();
    await page.getByRole('button', { name: /^Use 10 Mar \d{4}$/ }).click();
    await page.getByRole('button', { name: 'Save conversation' }).click();
    await page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds one of 5,000 people by typing in the person picker, telling namesakes apart by company and path', async () => {
    const { page, context, errors } = await openApp(shared.browser);
    const people = Array.from({ length: 4998 }, (_, i) =>
      storedPerson(i + 1, `Contact ${String(i + 1).padStart(4, '0')}`, `Company ${i % 97}`),
    );
    people.push(
      storedPerson(5001, 'Marcus Chen', 'Stripe', 'external'),
      storedPerson(5002, 'Marcus Chen', 'Adyen', 'internal', 'Platform PM'),
    );
    await seedJournal(page, { entries: [], people });
    const base = page.url().replace(/#.*$/, '');
    await page.goto(`${base}#/journal/new/conversation`);
    const picker = page.getByRole('combobox', { name: 'Person' });
    await picker.waitFor();
    await picker.pressSequentially('marcus');
    const options = page.getByRole('listbox', { name: 'Person: matching people' }).getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Marcus ChenAdyen · Internal PM', 'Marcus ChenStripe · External PM']);
    await expectNoAxeViolations(page, 'person picker open');
    await screenshot(page, 'person-picker');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('Marcus Chen');
    await page.getByText('Stripe · External PM').waitFor();
    await page.getByRole('button', { name: 'Save conversation' }).click();
    await page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Marcus Chen' }).first().click();
    await page.waitForURL(/#\/people\/00000000-0000-4000-8000-000000005001$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns about a second Marcus Chen at Stripe, then merges the two and moves their conversations', async () => {
    const { page, context, errors } = await openApp(shared.browser);
    const first = storedPerson(1, 'Marcus Chen', 'Stripe', 'external', '');
    const twin = storedPerson(2, 'marcus chen', 'Stripe', 'unknown', 'Payments PM');
    await seedJournal(page, {
      people: [first, twin],
      entries: [
        storedConversation(1, first.id, '2026-01-10', 'Talked about pricing pages.'),
        storedConversation(2, twin.id, '2026-02-10', 'Talked about merchant onboarding.'),
        storedConversation(3, twin.id, '2026-03-10', 'Talked about risk reviews.'),
      ],
    });
    const base = page.url().replace(/#.*$/, '');
    // Adding him a third time: a warning that links to the record already there.
    await page.goto(`${base}#/people/new`);
    await page.getByRole('textbox', { name: 'Name' }).fill('Marcus Chen');
    await page.getByRole('textbox', { name: 'Company' }).fill('stripe');
    const warning = page.locator('.duplicate-warning');
    await expect.poll(() => warning.getByRole('link').allTextContents()).toEqual(['Marcus Chen at Stripe', 'marcus chen at Stripe']);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.goto(`${base}#/people/${twin.id}`);
    await page.getByRole('heading', { level: 1, name: 'marcus chen' }).waitFor();
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge marcus chen into someone else' });
    await dialog.getByRole('combobox', { name: 'Keep' }).fill('Marcus');
    await dialog.getByRole('option', { name: /Marcus Chen/ }).click();
    await expectNoAxeViolations(page, 'merge dialog');
    await screenshot(page, 'merge-people');
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await page.waitForURL(new RegExp(`#/people/${first.id}$`));
    const list = page.getByRole('region', { name: 'Conversations' }).getByRole('listitem');
    await expect.poll(() => list.count()).toBe(3);
    // The kept record took the role it lacked; the other record is gone.
    await expect.poll(() => page.locator('.person-subtitle').textContent()).toBe('Payments PM at Stripe');
    await page.goto(`${base}#/people`);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /person|people/ })
          .first()
          .textContent(),
      )
      .toBe('1 person');
    expect(errors).toEqual([]);
    await context.close();
  });
});
