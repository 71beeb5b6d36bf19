import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { fixturePath } from '../fixtures';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, openApp, personSession, screenshot } from './browser';
import { chooseFile, goTo, expectToast, yourData } from './yourData';

// One person's session with their data: each `it` continues where the previous one left off.
let backupPath = '';

const LINKEDIN = fixturePath('linkedin-Connections.csv');
const DAYONE = fixturePath('dayone-Journal.json');
const REFLECTION_TITLE = 'What the platform team taught me';
const PEOPLE = ['Ada Okafor', 'Kenji Watanabe', 'Marcus O\'Neil "Mac"', 'Priya Raman', 'Sam', 'Zoë Ångström', '李 娜'];

const session = personSession();

async function peopleNames(p: Page): Promise<string[]> {
  await goTo(p, 'People', /#\/people$/);
  await p.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  // Read once the first row is there (the people have loaded), never after a guessed pause.
  await p.locator('.people-table tbody th, .people-table tbody td:first-child').first().waitFor();
  return (await p.locator('.people-table tbody th, .people-table tbody td:first-child').allTextContents())
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('your data: export, delete, restore, import', () => {
  it('writes a reflection through the journal', async () => {
    await session.page.goto(`${session.page.url().split('#')[0]}#/journal/new/reflection`);
    await session.page.getByRole('textbox', { name: 'Title' }).fill(REFLECTION_TITLE);
    await session.page.getByRole('textbox', { name: "What's on your mind" }).fill('Lead with cost when the audience is internal.');
    await session.page.getByRole('button', { name: 'Save reflection' }).click();
    await session.page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
  });

  it('keeps a profile in Settings', async () => {
    await yourData(session.page);
    await session.page.getByRole('textbox', { name: 'Your name' }).fill('Zoë Ångström');
    await session.page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Zoë Ångström');
  });

  it('imports the LinkedIn fixture after a preview, and the people appear', async () => {
    const data = await yourData(session.page);
    await expectNoAxeViolations(session.page, 'your data');
    await screenshot(session.page, 'data-settings');
    await chooseFile(session.page, 'Import LinkedIn connections…', LINKEDIN);
    const preview = session.page.getByRole('region', { name: 'LinkedIn import preview' });
    await preview.waitFor();
    await expect
      .poll(() => preview.locator('p').first().textContent())
      .toBe('7 new, 0 already in your journal, 0 repeated in this file. 7 of 7 ticked to import.');
    // Paths suggested from the positions: Internal Tools and Core Platform lean internal, Checkout external.
    const pathOf = (name: string, row: number) => preview.getByRole('combobox', { name: `Path for ${name} (row ${row})` }).inputValue();
    expect([await pathOf('Ada Okafor', 5), await pathOf('Kenji Watanabe', 7), await pathOf('Marcus O\'Neil "Mac"', 9)]).toEqual([
      'internal',
      'internal',
      'external',
    ]);
    expect(await pathOf('Priya Raman', 8)).toBe('unknown');
    await expectNoAxeViolations(session.page, 'LinkedIn preview');
    await screenshot(session.page, 'data-linkedin-preview');
    await data.getByRole('button', { name: 'Import 7 people' }).click();
    await expectToast(session.page, 'LinkedIn import: 7 people added, 0 updated, 0 skipped.');
    expect((await peopleNames(session.page)).sort()).toEqual([...PEOPLE].sort());
    await screenshot(session.page, 'data-people-after-import');
  });

  it('imports the Day One fixture as reflections', async () => {
    await yourData(session.page);
    await chooseFile(session.page, 'Import a Day One journal…', DAYONE);
    const preview = session.page.getByRole('region', { name: 'Day One import preview' });
    await preview.waitFor();
    await expect
      .poll(() => preview.locator('li').allTextContents())
      .toEqual([
        '2025-03-14: Roadmap review went sideways',
        '2025-04-02: Day One entry of 2025-04-02',
        '2025-05-20: Day One entry of 2025-05-20',
      ]);
    await session.page.getByRole('button', { name: 'Import 3 reflections' }).click();
    await expectToast(session.page, 'Day One import: 3 reflections added.');
  });

  it('exports a backup holding every record', async () => {
    await yourData(session.page);
    const download = session.page.waitForEvent('download');
    await session.page.getByRole('button', { name: 'Export a backup' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sextant-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = (await file.path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup.format).toBe('sextant-backup');
    expect(backup.counts).toMatchObject({ entries: 4, people: 7 });
  });

  it('exports the entries as a Markdown zip and the dates as a calendar file', async () => {
    await yourData(session.page);
    const zipDownload = session.page.waitForEvent('download');
    await session.page.getByRole('button', { name: 'Export entries as Markdown' }).click();
    const zip = await zipDownload;
    expect(zip.suggestedFilename()).toMatch(/^sextant-journal-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(4);
    expect(names[0]).toMatch(/^sextant-journal\/2025-03-14-reflection-roadmap-review-went-sideways-[0-9a-f]{8}\.md$/);
    expect(strFromU8(files[names[0]!]!)).toContain('title: "Roadmap review went sideways"\n');
    const icsDownload = session.page.waitForEvent('download');
    await session.page.getByRole('button', { name: 'Export dates to a calendar' }).click();
    const ics = readFileSync(await (await icsDownload).path(), 'utf8');
    // No follow-ups or goal dates yet: a valid, empty calendar.
    expect(ics).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sextant//Career journal//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });

  it('deletes all data only after a backup is offered and DELETE is typed', async () => {
    await yourData(session.page);
    await session.page.getByRole('button', { name: 'Delete all data…' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Delete all data?' });
    await dialog.waitFor();
    const remove = dialog.getByRole('button', { name: 'Delete everything' });
    expect(await remove.isDisabled()).toBe(true);
    const download = session.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save a backup first' }).click();
    expect((await download).suggestedFilename()).toMatch(/^sextant-backup-/);
    await dialog.getByText('Backup saved.').waitFor();
    await dialog.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await expectNoAxeViolations(session.page, 'delete all data dialog');
    await screenshot(session.page, 'data-delete-dialog');
    await remove.click();
    // The report says what went: the tables that held records (the same counts the restore preview shows below).
    const report = session.page.getByRole('dialog', { name: 'All data was deleted' });
    await report.waitFor();
    expect(await report.locator('.delete-report li').allTextContents()).toEqual(['Journal entries: 4', 'People: 7', 'Settings: 1']);
    await report.getByRole('button', { name: 'Start afresh' }).click();
    await session.page.getByRole('navigation', { name: 'Main' }).waitFor();
    await goTo(session.page, 'People', /#\/people$/);
    await session.page.getByRole('heading', { name: 'Nobody here yet' }).waitFor();
    await goTo(session.page, 'Journal', /#\/journal$/);
    await session.page.getByRole('heading', { name: 'Start your journal' }).waitFor();
    // The profile form follows the store: it is empty now, so saving it can't bring back old values.
    await yourData(session.page);
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('');
  });

  it('restores the backup after a preview, and everything is back', async () => {
    await yourData(session.page);
    await chooseFile(session.page, 'Restore from a backup file…', backupPath);
    const table = session.page.getByRole('table', { name: /What restoring would change/ });
    await table.waitFor();
    const row = async (name: string) =>
      await table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('td')
        .allTextContents();
    // In the backup, added, updated, unchanged, removed.
    expect(await row('Journal entries')).toEqual(['4', '4', '0', '0', '0']);
    expect(await row('People')).toEqual(['7', '7', '0', '0', '0']);
    await expectNoAxeViolations(session.page, 'restore preview');
    await screenshot(session.page, 'data-restore-preview');
    await session.page.getByRole('button', { name: 'Merge this backup' }).click();
    // 4 entries + 7 people + the profile row.
    await expectToast(session.page, 'Backup restored: 12 added, 0 updated, 0 removed.');
    await yourData(session.page);
    await expect.poll(() => session.page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Zoë Ångström');
    expect((await peopleNames(session.page)).sort()).toEqual([...PEOPLE].sort());
    await goTo(session.page, 'Journal', /#\/journal$/);
    await session.page.getByText(REFLECTION_TITLE).first().waitFor();
    await session.page.getByText('Roadmap review went sideways').first().waitFor();
  });

  it('refuses a corrupt backup with an error naming the problem, and the data stays as it was', async () => {
    const text = readFileSync(backupPath, 'utf8');
    const truncated = text.slice(0, 300);
    await yourData(session.page);
    await chooseFile(session.page, 'Restore from a backup file…', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(truncated),
    });
    const alert = session.page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
    await alert.waitFor();
    const lines = truncated.split('\n');
    await expect
      .poll(() => alert.locator('li').allTextContents())
      .toEqual([`Line ${lines.length}, column ${lines.at(-1)!.length + 1}: this is not valid JSON (is the file complete?).`]);
    await expectNoAxeViolations(session.page, 'restore error');
    await screenshot(session.page, 'data-restore-error');

    const newer = JSON.stringify({ ...JSON.parse(text), formatVersion: 99 });
    await chooseFile(session.page, 'Restore from a backup file…', {
      name: 'newer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(newer),
    });
    await session.page.getByRole('alert').filter({ hasText: 'newer version of Sextant' }).waitFor();
    await expect
      .poll(() => session.page.getByRole('alert').filter({ hasText: 'newer version' }).locator('li').textContent())
      .toBe("The backup's header: it is format 99; this app reads formats up to 2. Update Sextant, then restore it again.");

    expect((await peopleNames(session.page)).sort()).toEqual([...PEOPLE].sort());
    expect(session.errors).toEqual([]);
  });

  it('explains that automatic backups belong to the desktop app', async () => {
    const data = await yourData(session.page);
    expect(await data.getByText('Automatic backups are a feature of the desktop app').count()).toBe(1);
  });

  it('reads well in dark mode, with no accessibility violations', async () => {
    const dark = await openApp(session.browser, { colorScheme: 'dark' });
    await yourData(dark.page);
    await expectNoAxeViolations(dark.page, 'your data (dark)');
    await screenshot(dark.page, 'data-settings-dark');
    await dark.context.close();
  });
});
