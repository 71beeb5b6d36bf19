import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, formatDate, localDate } from '../../shared/dates';
import { expectNoAxeViolations, personSession, screenshot } from './browser';

// One person's session, step by step: each `it` continues where the previous one left off.

const session = personSession();

// The browser runs on this machine's clock and time zone, as the app's "today" does.
const TODAY = localDate(new Date());
const THREE_DAYS_AGO = addDays(TODAY, -3);
// The conversation happened a week ago (a follow-up can't be dated before its conversation).
const WEEK_AGO = addDays(TODAY, -7);

async function go(p: Page, screen: 'Home' | 'People' | 'Settings'): Promise<void> {
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true }).click();
  await p.getByRole('heading', { level: 1, name: screen }).waitFor();
}

describe('People, Home and Settings, as a person uses them', () => {
  it('welcomes an empty journal on Home with the three ways to start', async () => {
    await session.page.getByRole('heading', { name: 'Your journal is empty' }).waitFor();
    const main = session.page.getByRole('main');
    for (const name of ['New reflection', 'New conversation', 'New learning goal']) {
      expect(await main.getByRole('link', { name }).count()).toBe(1);
    }
    await expect.poll(() => main.getByRole('link', { name: 'New conversation' }).getAttribute('href')).toBe('#/journal/new/conversation');
    await expectNoAxeViolations(session.page, 'Home (empty)');
    await screenshot(session.page, 'home-empty');
  });

  it('refuses an over-long name in the profile at the field, then keeps a valid profile across a reload', async () => {
    await go(session.page, 'Settings');
    const name = session.page.getByRole('textbox', { name: 'Your name' });
    await name.fill('x'.repeat(201));
    await session.page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => session.page.locator('.field', { has: name }).locator('.error').textContent())
      .toContain('must be at most 200 characters');

    await name.fill('Sam Rivera');
    await session.page.getByRole('textbox', { name: 'Current role' }).fill('Business analyst');
    await session.page.getByRole('textbox', { name: 'Role you are aiming for' }).fill('Internal PM');
    await session.page.getByLabel('By when').fill('2027-01-31');
    await session.page.getByRole('textbox', { name: 'Personal statement' }).fill('I enjoy building tools for the people who build.');
    await session.page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => session.page.locator('.settings-status').textContent()).toBe('Profile saved.');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBeNull();

    await session.page.reload();
    await session.page.getByRole('textbox', { name: 'Your name' }).waitFor();
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Sam Rivera');
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Current role' }).inputValue()).toBe('Business analyst');
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Role you are aiming for' }).inputValue()).toBe('Internal PM');
    await expect.poll(() => session.page.getByLabel('By when').inputValue()).toBe('2027-01-31');
    await expect
      .poll(() => session.page.getByRole('textbox', { name: 'Personal statement' }).inputValue())
      .toBe('I enjoy building tools for the people who build.');
    // Leaving with an unsaved edit asks first; staying keeps the edit.
    await session.page.getByRole('textbox', { name: 'Current role' }).fill('Analyst (unsaved)');
    await session.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    const leave = session.page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Keep editing' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(session.page.url()).toMatch(/#\/settings$/);
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Current role' }).inputValue()).toBe('Analyst (unsaved)');
    await session.page.getByRole('textbox', { name: 'Current role' }).fill('Business analyst');
    const about = session.page.getByRole('region', { name: 'About' });
    await expect.poll(() => about.textContent()).toContain("In this app's local database on this computer; nothing is sent anywhere.");
    await expectNoAxeViolations(session.page, 'Settings');
    await screenshot(session.page, 'settings');
  });

  it('sets a learning goal with two milestones and ticks one off (it shows on Home later)', async () => {
    await go(session.page, 'Home');
    await session.page.getByRole('main').getByRole('link', { name: 'New learning goal' }).click();
    await session.page.waitForURL(/#\/journal\/new\/goal$/);
    await session.page.getByRole('textbox', { name: 'Goal' }).fill('Learn platform cost basics');
    await session.page.getByRole('checkbox', { name: 'Market research & analysis' }).check();
    const newMilestone = session.page.getByRole('textbox', { name: 'New milestone' });
    await newMilestone.fill('Read a cloud cost primer');
    await newMilestone.press('Enter');
    await newMilestone.fill('Shadow a capacity review');
    await newMilestone.press('Enter');
    await session.page.getByRole('button', { name: 'Save goal' }).click();
    await session.page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    // Tick only once the reader shows the saved goal (not while the form is still leaving).
    await expect.poll(() => session.page.locator('.progress-line span').textContent()).toBe('0 of 2 milestones');
    // click, not check(): the reader's checkbox shows the stored state, which arrives a moment after the click.
    await session.page.getByRole('checkbox', { name: 'Read a cloud cost primer' }).click();
    await expect.poll(() => session.page.locator('.progress-line span').textContent()).toBe('1 of 2 milestones');
  });

  it('logs a conversation with a new person and a follow-up three days ago, and Home shows it overdue', async () => {
    await go(session.page, 'Home');
    await session.page.getByRole('main').getByRole('link', { name: 'New conversation' }).click();
    await session.page.waitForURL(/#\/journal\/new\/conversation$/);
    await session.page.getByLabel('Date').first().fill(WEEK_AGO);
    await session.page.getByRole('textbox', { name: 'Name' }).fill('Priya Raman');
    await session.page.getByRole('textbox', { name: 'Role' }).fill('Senior PM, Platform');
    await session.page.getByRole('textbox', { name: 'Company' }).fill('Northwind');
    await session.page.getByRole('radio', { name: 'Internal PM' }).check();
    await session.page.getByRole('textbox', { name: 'Profile link' }).fill('https://www.linkedin.com/in/priya-example');
    await session.page.getByRole('textbox', { name: 'Key takeaways' }).fill('Platform teams are measured on cost and reliability.');
    await session.page.getByLabel('Follow up by').fill(THREE_DAYS_AGO);
    await session.page.getByRole('textbox', { name: 'What to follow up on' }).fill('Send a thank-you note');
    await session.page.getByRole('button', { name: 'Save conversation' }).click();
    await session.page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);

    await go(session.page, 'Home');
    await expect
      .poll(() => session.page.locator('.home-headline').textContent())
      .toBe('Hi Sam Rivera. Working toward Internal PM by 31 Jan 2027.');
    const followUps = session.page.getByRole('region', { name: /^Follow-ups/ });
    const item = followUps.getByRole('listitem').filter({ hasText: 'Priya Raman' });
    await item.waitFor();
    await expect.poll(() => item.locator('.home-due-badge').textContent()).toBe('3 days overdue');
    await expect.poll(() => item.textContent()).toContain(`Send a thank-you note · due ${formatDate(THREE_DAYS_AGO)}`);
    await expect
      .poll(() => item.getByRole('link', { name: 'Follow up with Priya Raman' }).getAttribute('href'))
      .toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
    const goals = session.page.getByRole('region', { name: 'Learning goals in progress' });
    const goal = goals.getByRole('listitem').filter({ hasText: 'Learn platform cost basics' });
    await expect.poll(() => goal.locator('.home-goal-progress span').textContent()).toBe('1 of 2 milestones');
    const bar = goal.getByRole('progressbar', { name: 'Learn platform cost basics: 1 of 2 milestones' });
    expect([await bar.getAttribute('value'), await bar.getAttribute('max')]).toEqual(['1', '2']);
    await expect.poll(() => goal.textContent()).toContain('Market research & analysis');
    const recent = session.page.getByRole('region', { name: 'Recent entries' });
    // Newest date first: the goal (today) before the conversation (a week ago).
    await expect
      .poll(() => recent.getByRole('link').allTextContents())
      .toEqual(['Learn platform cost basics', 'Informational interview with Priya Raman', 'See the whole journal']);
    await expectNoAxeViolations(session.page, 'Home (filled)');
    await screenshot(session.page, 'home-filled');
  });

  it('lists the person in People with one conversation, filters and sorts, and shows the conversation on their page', async () => {
    await go(session.page, 'People');
    const table = session.page.getByRole('table');
    const row = table.getByRole('row').filter({ hasText: 'Priya Raman' });
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells).toEqual([
      'Priya Raman',
      'Senior PM, Platform',
      'Northwind',
      'Internal PM',
      '1',
      formatDate(WEEK_AGO),
      `${formatDate(THREE_DAYS_AGO)} (overdue)`,
      'Not set',
    ]);

    await session.page.getByRole('searchbox', { name: 'Filter' }).fill('globex');
    await session.page.getByText('Nobody matches “globex”.').waitFor();
    await session.page.getByRole('searchbox', { name: 'Filter' }).fill('north');
    await row.waitFor();
    await session.page.getByRole('button', { name: /Last contact/ }).click();
    await expect.poll(() => session.page.getByRole('columnheader', { name: /Last contact/ }).getAttribute('aria-sort')).toBe('descending');
    await expectNoAxeViolations(session.page, 'People list');
    await screenshot(session.page, 'people-list');

    await row.getByRole('link', { name: 'Priya Raman' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
    const conversations = session.page.getByRole('region', { name: 'Conversations' });
    const link = conversations.getByRole('link', { name: `Informational interview, ${formatDate(WEEK_AGO)}` });
    await expect.poll(() => link.getAttribute('href')).toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
    await expect.poll(() => conversations.textContent()).toContain('Platform teams are measured on cost and reliability.');
    await expect
      .poll(() => session.page.locator('.person-facts').textContent())
      .toContain(`Next follow-up${formatDate(THREE_DAYS_AGO)} (3 days overdue)`);
    await expect
      .poll(() => session.page.getByRole('link', { name: /www\.linkedin\.com\/in\/priya-example/ }).getAttribute('href'))
      .toBe('https://www.linkedin.com/in/priya-example');
    const start = session.page.getByRole('link', { name: 'New conversation with Priya Raman' });
    await expect.poll(() => start.getAttribute('href')).toMatch(/^#\/journal\/new\/conversation\?person=[0-9a-f-]{36}$/);
    await expectNoAxeViolations(session.page, 'person detail');
    await session.page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(session.page, 'person detail (dark)');
    await screenshot(session.page, 'person-detail-dark');
    await session.page.emulateMedia({ colorScheme: 'light' });
    // The link opens a new conversation with this person already chosen.
    const personUrl = session.page.url();
    await start.click();
    await session.page.waitForURL(/#\/journal\/new\/conversation\?person=/);
    const chosen = session.page.getByRole('combobox', { name: 'Person' });
    await expect.poll(() => chosen.inputValue()).toBe('Priya Raman');
    await session.page.goto(personUrl);
    await session.page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
  });

  it('asks what to do with their conversations before deleting a person who has some (no Delete button that can only fail)', async () => {
    await session.page.getByRole('button', { name: 'Delete' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Delete Priya Raman?' });
    await dialog.waitFor();
    await dialog.getByText('Priya Raman has 1 conversation in your journal. What should happen to it?').waitFor();
    await dialog.getByRole('radio', { name: /Delete it too/ }).check();
    await dialog.getByRole('button', { name: 'Delete person and 1 conversation' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Delete person', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(session.page, 'delete a person with conversations');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Priya Raman' }).waitFor();
  });

  it('edits the person, rejecting a javascript: link at the field', async () => {
    await session.page.getByRole('link', { name: 'Edit', exact: true }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Edit Priya Raman' }).waitFor();
    const link = session.page.getByRole('textbox', { name: 'Profile link' });
    await link.fill('javascript:alert(1)');
    await session.page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => link.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => session.page.locator('.field', { has: link }).locator('.error').textContent())
      .toContain('Profile link must be a web address starting with http:// or https://');
    await link.fill('');
    await session.page.getByRole('textbox', { name: 'Role' }).fill('Principal PM, Platform');
    await session.page.getByRole('button', { name: 'Save changes' }).click();
    await session.page.waitForURL(/#\/people\/[0-9a-f-]{36}$/);
    await expect.poll(() => session.page.locator('.person-subtitle').textContent()).toBe('Principal PM, Platform at Northwind');
    expect(await session.page.getByRole('link', { name: /linkedin/ }).count()).toBe(0);
  });

  it('marks the follow-up done from Home, and it leaves the list', async () => {
    await go(session.page, 'Home');
    const followUps = session.page.getByRole('region', { name: /^Follow-ups/ });
    const done = followUps.getByRole('button', { name: 'Mark follow-up with Priya Raman done' });
    await done.click();
    await followUps.getByText('No follow-ups waiting.', { exact: false }).waitFor();
    // Undo brings it back as it was; then it is marked done for good.
    await session.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await done.waitFor();
    await expect.poll(() => followUps.locator('.home-due-badge').textContent()).toBe('3 days overdue');
    await done.click();
    await followUps.getByText('No follow-ups waiting.', { exact: false }).waitFor();
    expect(await followUps.getByRole('listitem').count()).toBe(0);
    await go(session.page, 'People');
    const row = session.page.getByRole('row').filter({ hasText: 'Priya Raman' });
    await row.waitFor();
    expect((await row.locator('td').allTextContents()).at(-2)).toBe('None');
    expect(session.errors).toEqual([]);
  });

  it('adds someone not yet talked to, then deletes them after confirming', async () => {
    await go(session.page, 'People');
    await session.page.getByRole('link', { name: 'Add a person' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor();
    await session.page.getByRole('button', { name: 'Add person' }).click();
    const name = session.page.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => session.page.locator('.field', { has: name }).locator('.error').textContent()).toContain('is required');
    await name.fill('Lena Vogel');
    await session.page.getByRole('radio', { name: 'External PM' }).check();
    await session.page.getByRole('textbox', { name: 'Email' }).fill('lena@example.com');
    await session.page.getByRole('button', { name: 'Add person' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Lena Vogel' }).waitFor();
    await expect
      .poll(() => session.page.locator('.person-facts').textContent())
      .toContain('Conversations0Last contactNot yetNext follow-upNone planned');

    await go(session.page, 'People');
    await expect.poll(() => session.page.getByRole('rowheader').allTextContents()).toEqual(['Lena Vogel', 'Priya Raman']);
    await session.page.getByRole('button', { name: /Last contact/ }).click();
    await expect.poll(() => session.page.getByRole('rowheader').allTextContents()).toEqual(['Priya Raman', 'Lena Vogel']);

    await session.page.getByRole('link', { name: 'Lena Vogel' }).click();
    await session.page.getByRole('button', { name: 'Delete' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Delete Lena Vogel?' });
    await dialog.getByRole('button', { name: 'Delete person' }).click();
    await session.page.waitForURL(/#\/people$/);
    await expect.poll(() => session.page.getByRole('rowheader').allTextContents()).toEqual(['Priya Raman']);
    expect(session.errors).toEqual([]);
  });
});
