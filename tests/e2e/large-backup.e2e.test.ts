import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeBackup, MAX_BACKUP_BYTES, serializeBackup } from '../../shared/backup/format';
import { generateJournal, sizeFor } from '../../bench/generate';
import { expectNoAxeViolations, personSession, screenshot } from './browser';

// A journal of 100,000 entries with long Markdown bodies (100-350 words each), generated here
// (never committed): about twice the size of the old 100 MB limit.
const ENTRIES = 100_000;
const session = personSession();
let dir = '';
let big = '';
let bigText = '';
let records = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sextant-large-backup-'));
  const j = generateJournal(20261201, sizeFor(ENTRIES));
  const backup = makeBackup({ ...j, settings: [] }, '0.1.0', '2026-12-01T03:00:00.000Z');
  records = j.entries.length + j.people.length + j.checkIns.length + j.targets.length + j.pathAnswers.length;
  bigText = serializeBackup(backup);
  big = join(dir, 'decade.json');
  writeFileSync(big, bigText);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function restoreSection(p: Page) {
  await p.goto(`${p.url().split('#')[0]}#/settings`);
  const section = p.getByRole('region', { name: 'Your data' });
  await section.waitFor();
  return section;
}

async function choose(p: Page, file: string) {
  const chooser = p.waitForEvent('filechooser');
  await p.getByRole('button', { name: 'Restore from a backup file…' }).click();
  await (await chooser).setFiles(file);
}

/** Entries stored in the app's database, counted straight from IndexedDB. */
const storedEntries = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sextant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );

describe('a backup of 100,000 entries', () => {
  it('is accepted, previewed and restored completely, with progress shown', async () => {
    const size = statSync(big).size;
    expect(size).toBeGreaterThan(150_000_000);
    expect(size).toBeLessThan(MAX_BACKUP_BYTES);
    const p = session.page;
    await restoreSection(p);
    await choose(p, big);
    // Reading and checking run in a worker, with progress.
    await p
      .getByRole('status')
      .filter({ hasText: /Reading the backup file|Checking the backup/ })
      .waitFor({ timeout: 120_000 });
    const table = p.getByRole('table', { name: /What restoring would change/ });
    await table.waitFor({ timeout: 240_000 });
    const row = (name: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('td')
        .allTextContents();
    // In the backup, added, updated, unchanged, removed.
    expect(await row('Journal entries')).toEqual([String(ENTRIES), String(ENTRIES), '0', '0', '0']);
    await p.getByRole('radio', { name: /Replace my journal/ }).check();
    await p.getByRole('button', { name: 'Replace my journal…' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Replace my journal' }).click();
    const progress = p.getByRole('status').filter({ hasText: /Restoring: [\d,]+ of [\d,]+ records written/ });
    await progress.waitFor({ timeout: 120_000 });
    await screenshot(p, 'large-backup-restoring');
    await expectNoAxeViolations(p, 'restore in progress');
    await p
      .locator('.toast')
      .filter({ hasText: `Backup restored: ${records.toLocaleString('en-US').replace(/,/g, '')} added, 0 updated, 0 removed.` })
      .waitFor({ timeout: 300_000 });
    expect(await storedEntries(p)).toBe(ENTRIES);
    expect(session.errors).toEqual([]);
  }, 600_000);

  it('a truncated copy is refused with the place it breaks off, and nothing is written', async () => {
    const p = session.page;
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, bigText.slice(0, 1_000_000));
    await restoreSection(p);
    await choose(p, cut);
    const alert = p.getByRole('alert').filter({ hasText: 'Nothing was changed' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Line \d+, column \d+: this is not valid JSON \(is the file complete\?\)\.$/),
    ]);
    expect(await storedEntries(p)).toBe(ENTRIES);
  }, 120_000);

  it('a file over the limit is refused with its size and the limit, and nothing is written', async () => {
    const p = session.page;
    const huge = join(dir, 'huge.json');
    // 310 MB (zeros; sparse on disk): read by the page, refused by its size before any parsing.
    writeFileSync(huge, '');
    truncateSync(huge, 310_000_000);
    await restoreSection(p);
    await choose(p, huge);
    const alert = p.getByRole('alert').filter({ hasText: 'too large' });
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.locator('li').allTextContents()).toEqual(['The file: it is 310 MB; the limit is 300 MB.']);
    await screenshot(p, 'large-backup-too-large');
    expect(await storedEntries(p)).toBe(ENTRIES);
  }, 120_000);
});
