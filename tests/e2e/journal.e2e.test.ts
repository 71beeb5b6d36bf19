import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openApp, personSession, screenshot } from './browser';

// One person's session, step by step: each `it` continues where the previous one left off.

const session = personSession();

const REFLECTION_PROMPT = 'Which moments this month gave you energy: the ones with colleagues or the ones with customers?';

async function timelineTitles(p: Page): Promise<string[]> {
  await p.locator('.result-count').filter({ hasNotText: 'Loading' }).waitFor();
  return p.locator('.entry-row-title').allTextContents();
}

async function goToJournal(p: Page): Promise<void> {
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await p.waitForURL(/#\/journal$/);
}

/** Whether the session.page would hold up closing the window (dispatches a cancelable beforeunload; writes nothing). */
async function beforeUnloadBlocked(p: Page): Promise<boolean> {
  return p.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
}

async function focusedText(p: Page): Promise<string> {
  return p.evaluate(() => document.activeElement?.textContent ?? '');
}

describe('the journal, as a person uses it', () => {
  it('invites the first entry when the journal is empty', async () => {
    await goToJournal(session.page);
    await session.page.getByRole('heading', { name: 'Start your journal' }).waitFor();
    await expectNoAxeViolations(session.page, 'empty journal');
    await screenshot(session.page, 'journal-empty');
  });

  it('refuses a reflection without a title, with the message at the field and focus on it', async () => {
    await session.page.getByRole('link', { name: 'New reflection' }).click();
    await session.page.waitForURL(/#\/journal\/new\/reflection$/);
    await expectNoAxeViolations(session.page, 'reflection form');
    await screenshot(session.page, 'journal-form-reflection');
    await session.page.getByRole('button', { name: 'Save reflection' }).click();
    const title = session.page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await title.getAttribute('aria-describedby');
    await expect
      .poll(() => session.page.locator(`#${describedBy!.split(' ').pop()!.replace(/:/g, '\\:')}`).textContent())
      .toContain('is required');
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(session.page.url()).toMatch(/#\/journal\/new\/reflection$/);
    await expectNoAxeViolations(session.page, 'reflection form with errors');
    await screenshot(session.page, 'journal-form-reflection-invalid');
  });

  it('creates a reflection from a prompt, with skills, tags and a Markdown list', async () => {
    await session.page.getByText('Need a prompt?').click();
    await session.page.getByRole('button', { name: REFLECTION_PROMPT }).click();
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(REFLECTION_PROMPT);
    await session.page
      .getByRole('textbox', { name: "What's on your mind" })
      .fill('Energy came from:\n\n- the customer call on Tuesday\n- the **roadmap** review');
    await session.page.getByRole('radio', { name: '4 · Good' }).check();
    await session.page.getByRole('checkbox', { name: 'Communication & collaboration' }).check();
    await session.page.getByRole('checkbox', { name: 'Market research & analysis' }).check();
    const tags = session.page.getByRole('textbox', { name: 'Tags' });
    await tags.fill('Energy');
    await tags.press('Enter');
    await tags.pressSequentially('customers,');
    await expect
      .poll(() => session.page.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem').allTextContents())
      .toEqual(['energy×', 'customers×']);
    await session.page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => session.page.getByRole('region', { name: 'Preview' }).locator('li').allTextContents())
      .toEqual(['the customer call on Tuesday', 'the roadmap review']);
    await session.page.getByRole('button', { name: 'Save reflection' }).click();
    await session.page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    const heading = session.page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(REFLECTION_PROMPT);
    await expect.poll(() => focusedText(session.page)).toBe(REFLECTION_PROMPT);
    await expect
      .poll(() => session.page.locator('.markdown li').allTextContents())
      .toEqual(['the customer call on Tuesday', 'the roadmap review']);
    await expect.poll(() => session.page.locator('.markdown strong').textContent()).toBe('roadmap');
    await expect.poll(() => session.page.locator('.entry-facts').textContent()).toContain('4 of 5 · Good');
    await expectNoAxeViolations(session.page, 'reflection reader');
    await screenshot(session.page, 'journal-view-reflection');
  });

  it('creates a conversation with a new person and a follow-up date (shortcut C)', async () => {
    await session.page.keyboard.press('c');
    await session.page.waitForURL(/#\/journal\/new\/conversation$/);
    // Dated before its follow-up (a follow-up before its conversation is refused).
    await session.page.getByLabel('Date').first().fill('2026-03-20');
    await session.page.getByRole('textbox', { name: 'Name' }).fill('Dana Okafor');
    await session.page.getByRole('textbox', { name: 'Role' }).fill('Group PM, billing');
    await session.page.getByRole('textbox', { name: 'Company' }).fill('Northwind');
    await session.page.getByRole('radio', { name: 'External PM' }).check();
    await session.page.getByLabel('Kind of conversation').selectOption({ label: 'Mentorship' });
    await session.page.getByRole('textbox', { name: 'Notes' }).fill('Talked about how **client commitments** shape her roadmap.');
    await session.page.getByRole('textbox', { name: 'Key takeaways' }).fill('Ask for a shadowing day.');
    await session.page.getByRole('checkbox', { name: 'Leadership & influence' }).check();
    await session.page.getByRole('radio', { name: '5 · Very energising' }).check();
    await session.page.getByLabel('Follow up by').fill('2026-04-10');
    await session.page.getByRole('textbox', { name: 'What to follow up on' }).fill('Send the pricing deck');
    const tags = session.page.getByRole('textbox', { name: 'Tags' });
    await tags.fill('mentor');
    await tags.press('Enter');
    await expectNoAxeViolations(session.page, 'conversation form');
    await screenshot(session.page, 'journal-form-conversation');
    await session.page.keyboard.press('Control+Enter');
    await session.page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    await expect.poll(() => session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Mentorship with Dana Okafor');
    await expect
      .poll(() => session.page.getByRole('link', { name: 'Dana Okafor' }).getAttribute('href'))
      .toMatch(/#\/people\/[0-9a-f-]{36}$/);
    await expect.poll(() => session.page.locator('.follow-up').textContent()).toContain('By 10 Apr 2026: Send the pricing deck');
    await expectNoAxeViolations(session.page, 'conversation reader');
    await screenshot(session.page, 'journal-view-conversation');
  });

  it('creates a learning goal with two milestones and ticks one off', async () => {
    await goToJournal(session.page);
    await session.page.getByRole('link', { name: 'New learning goal' }).click();
    await session.page.waitForURL(/#\/journal\/new\/goal$/);
    await session.page.getByRole('textbox', { name: 'Goal' }).fill('Learn pricing basics');
    await session.page.getByRole('textbox', { name: 'Why it matters' }).fill('External PMs talk revenue every week.');
    await session.page.getByRole('checkbox', { name: 'Market research & analysis' }).check();
    const newMilestone = session.page.getByRole('textbox', { name: 'New milestone' });
    await newMilestone.fill('Read a pricing primer');
    await newMilestone.press('Enter');
    await newMilestone.fill('Interview two sales leads');
    await session.page.getByRole('button', { name: 'Add milestone' }).click();
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Milestone 2' }).inputValue()).toBe('Interview two sales leads');
    await session.page.getByRole('button', { name: 'Add resource' }).click();
    await session.page.getByRole('textbox', { name: 'Resource 1' }).fill('Pricing handbook');
    await session.page.getByRole('textbox', { name: 'Link (optional)' }).fill('https://example.com/pricing');
    const tags = session.page.getByRole('textbox', { name: 'Tags' });
    await tags.fill('pricing');
    await tags.press('Enter');
    await expectNoAxeViolations(session.page, 'goal form');
    await screenshot(session.page, 'journal-form-goal');
    await session.page.getByRole('button', { name: 'Save goal' }).click();
    await session.page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    await expect.poll(() => session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Learn pricing basics');
    await expect.poll(() => session.page.locator('.progress-line span').textContent()).toBe('0 of 2 milestones');
    await session.page.getByRole('checkbox', { name: 'Read a pricing primer' }).check();
    await expect.poll(() => session.page.locator('.progress-line span').textContent()).toBe('1 of 2 milestones');
    await expect.poll(() => session.page.locator('.milestone-checklist li').first().textContent()).toMatch(/done \d{1,2} \w{3} \d{4}/);
    await expect
      .poll(() => session.page.getByRole('link', { name: /Pricing handbook/ }).getAttribute('href'))
      .toBe('https://example.com/pricing');
    await expectNoAxeViolations(session.page, 'goal reader');
    await screenshot(session.page, 'journal-view-goal');
  });

  it('lists everything newest first and filters by kind, skill and tag through the URL', async () => {
    await goToJournal(session.page);
    const all = ['Learn pricing basics', REFLECTION_PROMPT, 'Mentorship with Dana Okafor'];
    // Newest date first: the goal and the reflection are dated today (the most recently edited
    // first), the conversation 20 Mar 2026.
    await expect.poll(() => timelineTitles(session.page)).toEqual(all);
    await expectNoAxeViolations(session.page, 'timeline');
    await screenshot(session.page, 'journal-timeline');

    await session.page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Conversation' });
    await session.page.waitForURL(/kind=conversation/);
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Mentorship with Dana Okafor']);

    await session.page.getByLabel('Kind', { exact: true }).selectOption({ label: 'All kinds' });
    await session.page.getByLabel('Skill', { exact: true }).selectOption({ label: 'Market research & analysis' });
    await session.page.waitForURL(/\?skill=research$/);
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Learn pricing basics', REFLECTION_PROMPT]);

    await session.page.getByLabel('Tag', { exact: true }).selectOption({ label: '#pricing' });
    await session.page.waitForURL(/skill=research&tag=pricing$/);
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Learn pricing basics']);
    await screenshot(session.page, 'journal-timeline-filtered');

    // Back undoes the last filter.
    await session.page.goBack();
    await session.page.waitForURL(/\?skill=research$/);
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Learn pricing basics', REFLECTION_PROMPT]);

    await session.page.getByRole('button', { name: 'Clear filters' }).click();
    await session.page.getByLabel('Tag', { exact: true }).selectOption({ label: '#mentor' });
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Mentorship with Dana Okafor']);
    await session.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => timelineTitles(session.page)).toEqual(all);
  });

  it('edits a reflection and shows the new title in the timeline', async () => {
    await session.page.getByRole('link', { name: REFLECTION_PROMPT }).click();
    await session.page.getByRole('link', { name: 'Edit' }).click();
    await session.page.waitForURL(/\/edit$/);
    const title = session.page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue()).toBe(REFLECTION_PROMPT);
    await title.fill('Energy check: colleagues or customers?');
    await session.page.getByRole('button', { name: 'Save reflection' }).click();
    await expect.poll(() => session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Energy check: colleagues or customers?');
    await goToJournal(session.page);
    await expect
      .poll(() => timelineTitles(session.page))
      .toEqual(['Energy check: colleagues or customers?', 'Learn pricing basics', 'Mentorship with Dana Okafor']);
  });

  it('asks before leaving a form with unsaved edits', async () => {
    await session.page.getByRole('link', { name: 'Learn pricing basics' }).click();
    await session.page.getByRole('link', { name: 'Edit' }).click();
    await session.page.waitForURL(/\/edit$/);
    // Clean form: closing the window would not be held up.
    expect(await beforeUnloadBlocked(session.page)).toBe(false);
    await session.page.getByRole('textbox', { name: 'Goal' }).fill('Learn pricing and packaging');
    // Dirty form: closing or reloading the window asks (the beforeunload default is prevented).
    expect(await beforeUnloadBlocked(session.page)).toBe(true);
    await session.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await expectNoAxeViolations(session.page, 'unsaved changes dialog');
    await screenshot(session.page, 'journal-unsaved-dialog');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    // The router applies "stay" as a transition: the dialog closes a moment after the click. A key
    // pressed before that goes to the still-open dialog (the form behind it is inert).
    await dialog.waitFor({ state: 'hidden' });
    expect(session.page.url()).toMatch(/\/edit$/);
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Goal' }).inputValue()).toBe('Learn pricing and packaging');
    // Escape also leaves, and asks the same question.
    await session.page.getByRole('textbox', { name: 'Goal' }).press('Escape');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await session.page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    await expect.poll(() => session.page.getByRole('heading', { level: 1 }).textContent()).toBe('Learn pricing basics');
  });

  it('deletes an entry with Undo, then deletes it for good', async () => {
    await goToJournal(session.page);
    await session.page.getByRole('link', { name: 'Mentorship with Dana Okafor' }).click();
    await session.page.getByRole('button', { name: 'Delete' }).click();
    await session.page.waitForURL(/#\/journal$/);
    const toast = session.page.locator('.toast').filter({ hasText: 'Entry deleted' });
    await toast.waitFor();
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Energy check: colleagues or customers?', 'Learn pricing basics']);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => timelineTitles(session.page))
      .toEqual(['Energy check: colleagues or customers?', 'Learn pricing basics', 'Mentorship with Dana Okafor']);

    await session.page.getByRole('link', { name: 'Mentorship with Dana Okafor' }).click();
    await expect.poll(() => session.page.locator('.follow-up').textContent()).toContain('Send the pricing deck');
    await session.page.getByRole('button', { name: 'Delete' }).click();
    await session.page.waitForURL(/#\/journal$/);
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Energy check: colleagues or customers?', 'Learn pricing basics']);
  });

  it('keeps the remaining entries after a reload', async () => {
    await session.page.reload();
    await session.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect.poll(() => timelineTitles(session.page)).toEqual(['Energy check: colleagues or customers?', 'Learn pricing basics']);
    await session.page.getByRole('link', { name: 'Learn pricing basics' }).click();
    await expect.poll(() => session.page.locator('.progress-line span').textContent()).toBe('1 of 2 milestones');
    expect(await session.page.getByRole('checkbox', { name: 'Read a pricing primer' }).isChecked()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('looks right in dark mode', async () => {
    const dark = await openApp(session.browser, { colorScheme: 'dark' });
    const p = dark.page;
    await p.keyboard.press('n');
    await p.waitForURL(/#\/journal\/new\/reflection$/);
    await p.getByRole('textbox', { name: 'Title' }).fill('A week of internal tooling');
    await p
      .getByRole('textbox', { name: "What's on your mind" })
      .fill('Helping the design system team felt **good**.\n\n1. pairing\n2. docs');
    await p.getByRole('checkbox', { name: 'Leadership & influence' }).check();
    await p.getByRole('textbox', { name: 'Tags' }).fill('internal,');
    await p.getByRole('radio', { name: 'Toward internal PM' }).check();
    await screenshot(p, 'journal-form-reflection-dark');
    await p.getByRole('button', { name: 'Save reflection' }).click();
    await p.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(p, 'reflection reader (dark)');
    await screenshot(p, 'journal-view-reflection-dark');
    await goToJournal(p);
    await expect.poll(() => timelineTitles(p)).toEqual(['A week of internal tooling']);
    await expectNoAxeViolations(p, 'timeline (dark)');
    await screenshot(p, 'journal-timeline-dark');
    expect(dark.errors).toEqual([]);
    await dark.context.close();
  });
});
