import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openApp, personSession, screenshot, SCREENSHOTS } from './browser';
import { chooseFile, goTo, expectToast, yourData } from './yourData';

// One person's session: a few people first, then a 20,000-row LinkedIn export read in the import
// worker while they keep typing, cancelled once, read again, reviewed (duplicates, paths) and imported.
const session = personSession();

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const POSITIONS = ['Senior PM, Platform', 'Growth Product Manager', 'Director of Product'];
const BIG_ROWS = 20_000;

/** A LinkedIn export of `BIG_ROWS` connections: row 2 onward generated, then Marcus Chen (already in the journal) and a repeat of row 2. */
function bigExport(): string {
  const generated = Array.from(
    { length: BIG_ROWS - 2 },
    (_, i) => `Contact${i},Example,https://www.linkedin.com/in/contact-${i},,Company ${i % 50},"${POSITIONS[i % 3]}",01 Jan 2024`,
  );
  const lines = [
    HEADER,
    ...generated,
    'Marcus,Chen,https://www.linkedin.com/in/marcus-chen-2,,stripe,Product Manager,02 Feb 2024',
    generated[0]!,
  ];
  return lines.join('\r\n');
}
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const SMALL = csvFile(
  'one.csv',
  `${HEADER}\r\nMarcus,Chen,https://www.linkedin.com/in/marcus-chen,,Stripe,Product Manager,01 Jan 2024\r\n`,
);

describe('large imports run off the main thread, with progress, cancel, duplicates and paths', () => {
  it('imports one person to be found again as a duplicate', async () => {
    await yourData(session.page);
    await chooseFile(session.page, 'Import LinkedIn connections…', SMALL);
    await session.page.getByRole('button', { name: 'Import 1 person' }).click();
    await expectToast(session.page, 'LinkedIn import: 1 person added, 0 updated, 0 skipped.');
  });

  it('keeps the window responsive while 20,000 rows are read: keys typed meanwhile are handled while the progress still moves', async () => {
    const p = session.page;
    await yourData(p);
    const name = p.getByRole('textbox', { name: 'Your name' });
    await name.fill('');
    // Record, in the page, when each typed character arrives, when the progress text changes and when the preview appears.
    await p.evaluate(() => {
      const log: { what: string; at: number }[] = [];
      (window as unknown as { importLog: typeof log }).importLog = log;
      document.addEventListener('input', () => log.push({ what: 'input', at: performance.now() }), true);
      new MutationObserver(() => {
        if (document.querySelector('.import-progress-text')) log.push({ what: 'progress', at: performance.now() });
        if (document.querySelector('[aria-label="LinkedIn import preview"]')) log.push({ what: 'preview', at: performance.now() });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await chooseFile(p, 'Import LinkedIn connections…', csvFile('connections-20000.csv', bigExport()));
    const bar = p.getByRole('progressbar', { name: 'Reading connections-20000.csv' });
    await bar.waitFor();
    const preview = p.getByRole('region', { name: 'LinkedIn import preview' });
    // Type until the preview is there (each press is a separate key event for the page to handle).
    await name.focus();
    let typed = 0;
    while (!(await preview.isVisible())) {
      await p.keyboard.press('x');
      typed++;
    }
    await preview.waitFor();
    const log = await p.evaluate(() => (window as unknown as { importLog: { what: string; at: number }[] }).importLog);
    const previewAt = log.find((e) => e.what === 'preview')!.at;
    const inputs = log.filter((e) => e.what === 'input' && e.at < previewAt);
    const progress = log.filter((e) => e.what === 'progress' && e.at < previewAt);
    // At least one key was handled, and after it the progress text still changed: the page ran while the worker read.
    expect(inputs.length).toBeGreaterThan(0);
    expect(progress.some((e) => e.at > inputs[0]!.at)).toBe(true);
    // Every character typed is in the box (none lost while the import ran).
    expect(await name.inputValue()).toBe('x'.repeat(typed));
    await name.fill('');
    await preview.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('cancels a running import: nothing is previewed or changed, and it says so', async () => {
    const p = session.page;
    await yourData(p);
    await chooseFile(p, 'Import LinkedIn connections…', csvFile('connections-20000.csv', bigExport()));
    await p.getByRole('progressbar', { name: 'Reading connections-20000.csv' }).waitFor();
    await p.getByRole('button', { name: 'Cancel import' }).click();
    await p.getByRole('status').filter({ hasText: 'Import of connections-20000.csv cancelled. Nothing was changed.' }).waitFor();
    expect(await p.getByRole('progressbar').count()).toBe(0);
    expect(await p.getByRole('region', { name: 'LinkedIn import preview' }).count()).toBe(0);
    // The buttons work again.
    expect(await p.getByRole('button', { name: 'Import LinkedIn connections…' }).isEnabled()).toBe(true);
  });

  it('flags the duplicates unticked with their reason, suggests paths, sets a path in bulk, and saves it on the people', async () => {
    const p = session.page;
    await yourData(p);
    await chooseFile(p, 'Import LinkedIn connections…', csvFile('connections-20000.csv', bigExport()));
    const preview = p.getByRole('region', { name: 'LinkedIn import preview' });
    await preview.waitFor();
    expect(await preview.locator('p').first().textContent()).toBe(
      '19,998 new, 1 already in your journal, 1 repeated in this file. 19,998 of 20,000 ticked to import.',
    );
    // Suggestions from the positions, shown as the starting choice with where they came from.
    const path = (first: string, row: number) => preview.getByRole('combobox', { name: `Path for ${first} Example (row ${row})` });
    expect([
      await path('Contact0', 2).inputValue(),
      await path('Contact1', 3).inputValue(),
      await path('Contact2', 4).inputValue(),
    ]).toEqual(['internal', 'external', 'unknown']);
    expect(
      await preview
        .getByRole('row', { name: /Contact0 Example/ })
        .getByText('Suggested Internal PM, from “Platform”')
        .count(),
    ).toBe(1);

    await preview.getByRole('combobox', { name: 'Show' }).selectOption('flagged');
    const flagged = preview.getByRole('table');
    await expect.poll(() => flagged.locator('tbody tr').count()).toBe(2);
    expect(await flagged.locator('tbody tr td:last-child').allTextContents()).toEqual([
      '⚠ Already in your journal as Marcus Chen (Stripe): the same name and company. Ticking it updates them.',
      '⚠ Repeats row 2 of this file.',
    ]);
    expect(await preview.getByRole('checkbox', { name: 'Import Marcus Chen (row 20000)' }).isChecked()).toBe(false);
    expect(await preview.getByRole('checkbox', { name: 'Import Contact0 Example (row 20001)' }).isChecked()).toBe(false);
    await expectNoAxeViolations(p, 'LinkedIn preview (flagged rows)');

    await preview.getByRole('combobox', { name: 'Show' }).selectOption('all');
    // Untick everything, tick three, set the ticked to External PM in one go.
    await preview.getByRole('checkbox', { name: 'Tick every row' }).click(); // some ticked -> all
    await preview.getByRole('checkbox', { name: 'Tick every row' }).click(); // all -> none
    expect(await preview.locator('p').first().textContent()).toMatch(/ 0 of 20,000 ticked to import\.$/);
    for (const [first, row] of [
      ['Contact0', 2],
      ['Contact1', 3],
      ['Contact2', 4],
    ] as const)
      await preview.getByRole('checkbox', { name: `Import ${first} Example (row ${row})` }).check();
    await preview.getByRole('combobox', { name: 'Set ticked rows to' }).selectOption('external');
    await preview.getByRole('button', { name: 'Apply to 3 ticked rows' }).click();
    expect([
      await path('Contact0', 2).inputValue(),
      await path('Contact1', 3).inputValue(),
      await path('Contact2', 4).inputValue(),
    ]).toEqual(['external', 'external', 'external']);
    // One changed by hand afterwards.
    await path('Contact1', 3).selectOption('internal');
    await expectNoAxeViolations(p, 'LinkedIn preview');
    await screenshot(p, 'import-linkedin-preview');
    // The part a person reads first, at the window's size.
    await preview.locator('h4').evaluate((h) => h.scrollIntoView());
    await p.screenshot({ path: `${SCREENSHOTS}/import-linkedin-preview-top.png` });

    await preview.getByRole('button', { name: 'Import 3 people' }).click();
    await expectToast(p, 'LinkedIn import: 3 people added, 0 updated, 19997 skipped.');

    await goTo(p, 'People', /#\/people$/);
    const row = (name: string) => p.locator('.people-table tbody tr').filter({ hasText: name });
    await row('Contact2 Example').waitFor();
    expect(await row('Contact0 Example').textContent()).toContain('External PM');
    expect(await row('Contact1 Example').textContent()).toContain('Internal PM');
    expect(await row('Contact2 Example').textContent()).toContain('External PM');
    expect(await p.locator('.people-table tbody tr').count()).toBe(4);
  });

  it('says what is wrong with a bad import or a malformed backup in sentences, never in validator words', async () => {
    const p = session.page;
    await yourData(p);
    await chooseFile(
      p,
      'Import LinkedIn connections…',
      csvFile(
        'bad.csv',
        `${HEADER}\r\nBob,Stone,https://www.linkedin.com/in/bob,bob@,Acme,PM,01 Jan 2024\r\n,,https://x.example/a,,Co,PM,31 Feb 2024\r\n`,
      ),
    );
    const alert = p.getByRole('alert').filter({ hasText: 'Nothing was changed' });
    await alert.waitFor();
    expect(await alert.locator('li').allTextContents()).toEqual([
      'Row 2: the email address “bob@” is not complete (an email address looks like name@example.com).',
      'Row 3: the Connected On date “31 Feb 2024” is not a date like 24 Aug 2023.',
    ]);

    const backup = {
      format: 'sextant-backup',
      formatVersion: 2,
      appVersion: '0.1.0',
      exportedAt: '2026-03-01T12:00:00.000Z',
      counts: { entries: 1, people: 0, settings: 0, checkIns: 0, targets: 0, pathAnswers: 0 },
      data: {
        entries: [
          {
            id: '11111111-1111-4111-8111-111111111111',
            kind: 'poem',
            createdAt: '2026-03-01T12:00:00.000Z',
            updatedAt: '2026-03-01T12:00:00.000Z',
            date: '2026-03-01',
          },
        ],
        people: [],
        settings: [],
        checkIns: [],
        targets: [],
        pathAnswers: [],
      },
    };
    await chooseFile(p, 'Restore from a backup file…', {
      name: 'odd.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    const restoreAlert = p.getByRole('alert').filter({ hasText: "This backup can't be restored" });
    await restoreAlert.waitFor();
    const said = await restoreAlert.locator('li').allTextContents();
    expect(said).toEqual([
      'Journal entry 1 of the backup: the kind of entry is “poem”, a kind Sextant does not know; it should be one of “reflection”, “conversation”, “goal”.',
    ]);
    expect(await restoreAlert.textContent()).not.toMatch(/Invalid|discriminator|expected \w+, received/);
    await expectNoAxeViolations(p, 'restore problems');
    expect(session.errors).toEqual([]);
  });

  it('shows the preview readably in dark mode', async () => {
    const dark = await openApp(session.browser, { colorScheme: 'dark' });
    await yourData(dark.page);
    await chooseFile(dark.page, 'Import LinkedIn connections…', SMALL);
    await dark.page.getByRole('button', { name: 'Import 1 person' }).click();
    await dark.page.locator('.toast').filter({ hasText: 'LinkedIn import' }).first().waitFor();
    await chooseFile(
      dark.page,
      'Import LinkedIn connections…',
      csvFile(
        'two.csv',
        `${HEADER}\r\nMarcus,Chen,https://www.linkedin.com/in/marcus-chen,,Stripe,Product Manager,01 Jan 2024\r\nAda,Okafor,https://www.linkedin.com/in/ada,,Northwind,Senior PM - Internal Tools,24 Aug 2023\r\nLi,Na,https://www.linkedin.com/in/li-na,,Shop,Growth PM,12 Jun 2021\r\n`,
      ),
    );
    await dark.page.getByRole('region', { name: 'LinkedIn import preview' }).waitFor();
    await expectNoAxeViolations(dark.page, 'LinkedIn preview (dark)');
    await screenshot(dark.page, 'import-linkedin-preview-dark');
    await dark.page
      .getByRole('region', { name: 'LinkedIn import preview' })
      .locator('h4')
      .evaluate((h) => h.scrollIntoView());
    await dark.page.screenshot({ path: `${SCREENSHOTS}/import-linkedin-preview-dark-top.png` });
    await dark.context.close();
  });
});
