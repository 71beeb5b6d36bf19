import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { conversation, person, reflection, uuid } from '../shared/builders';
import { expectNoAxeViolations, screenshot } from './browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { seedJournal } from './seed';

// Several windows on ONE persistent profile (one IndexedDB), as two windows or tabs of the app
// share it; contexts are closed without saving to stand for a crash or a killed window.
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function newProfileDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sextant-profile-'));
  dirs.push(dir);
  return dir;
}

function launchProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 860 },
  });
}

/** A window of the app on `hash`; page errors are collected. */
async function openWindow(context: BrowserContext, hash = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${inject('baseURL')}${hash}`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

const REFLECTION = reflection({ id: uuid(11), title: 'Original title', body: 'Original body', rev: 1 });
const DOOMED = reflection({ id: uuid(12), title: 'An entry to delete', body: 'Soon gone', date: '2026-02-01', rev: 1 });
const KEEPER = reflection({ id: uuid(13), title: 'An entry that stays', date: '2026-01-15', rev: 1 });
const ADA = person({ id: uuid(900), name: 'Ada Lovelace', rev: 1 });
const CHAT = conversation({
  id: uuid(14),
  personId: ADA.id,
  date: '2026-02-10',
  notes: 'Notes from the call',
  followUpDate: '2026-02-20',
  followUpNote: 'Send the deck',
  rev: 1,
});

describe('conflict-safe saves across two windows of one profile', () => {
  const dir = newProfileDir();
  let context: BrowserContext;
  afterAll(() => context?.close());

  it('concurrent edits of one entry open the side-by-side choice instead of a silent revert', async () => {
    context = await launchProfile(dir);
    const seedPage = await openWindow(context);
    await seedJournal(seedPage, { entries: [REFLECTION, DOOMED, KEEPER, CHAT], people: [ADA] });
    await seedPage.close();

    const a = await openWindow(context, `#/journal/${REFLECTION.id}/edit`);
    const b = await openWindow(context, `#/journal/${REFLECTION.id}/edit`);
    // Both forms hold the stored entry before either saves (B opened later would start from A's save).
    for (const w of [a, b]) await expect.poll(() => w.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Original title');
    await a.getByRole('textbox', { name: 'Title' }).fill('Title from window A');
    await a.getByRole('button', { name: 'Save reflection' }).click();
    await a.waitForURL(new RegExp(`#/journal/${REFLECTION.id}$`));

    // Window B notices before it saves...
    await b.getByText('This entry was changed in another window after you opened it.', { exact: false }).waitFor();
    await b.getByRole('textbox', { name: "What's on your mind" }).fill('Body from window B');
    await b.getByRole('button', { name: 'Save reflection' }).click();
    // ...and its save asks, showing both versions of each field that differs.
    const dialog = b.getByRole('dialog', { name: 'This entry was changed in another window' });
    await dialog.waitFor();
    const rows = await dialog.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Text', 'Body from window B', 'Original body'],
      ['Title', 'Original title', 'Title from window A'],
    ]);
    await expectNoAxeViolations(b, 'conflict dialog');
    await screenshot(b, 'safety-conflict-dialog');
    // Nothing was overwritten: window A's title is what is stored.
    await a.reload();
    await a.getByRole('heading', { level: 1, name: 'Title from window A' }).waitFor();

    await dialog.getByRole('button', { name: 'Keep theirs' }).click();
    await expect.poll(() => b.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Title from window A');
    expect(await b.getByRole('textbox', { name: "What's on your mind" }).inputValue()).toBe('Original body');
    await b.getByRole('textbox', { name: "What's on your mind" }).fill('Body from window B, on top of A');
    await b.getByRole('button', { name: 'Save reflection' }).click();
    await b.waitForURL(new RegExp(`#/journal/${REFLECTION.id}$`));
    // Window A's view follows the stored entry live: both edits are there.
    await a.getByText('Body from window B, on top of A').waitFor();
    await a.getByRole('heading', { level: 1, name: 'Title from window A' }).waitFor();
    await a.close();
    await b.close();
  });

  it('a deletion in one window and a save in the other asks instead of bringing the entry back', async () => {
    const b = await openWindow(context, `#/journal/${DOOMED.id}/edit`);
    await expect.poll(() => b.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(DOOMED.title);
    const a = await openWindow(context, `#/journal/${DOOMED.id}`);
    await a.getByRole('button', { name: 'Delete' }).click();
    await a.waitForURL(/#\/journal$/);

    await b.getByText('This entry was deleted in another window.', { exact: false }).waitFor();
    await b.getByRole('textbox', { name: 'Title' }).fill('Edited while it was deleted');
    await b.getByRole('button', { name: 'Save reflection' }).click();
    const dialog = b.getByRole('dialog', { name: 'This entry was deleted in another window' });
    await dialog.waitFor();
    expect(
      await dialog
        .getByRole('row', { name: /^Title/ })
        .locator('td')
        .textContent(),
    ).toBe('Edited while it was deleted');
    await screenshot(b, 'safety-deleted-dialog');
    await dialog.getByRole('button', { name: 'Leave it deleted' }).click();
    await b.waitForURL(/#\/journal$/);
    await b.getByRole('link', { name: KEEPER.title }).waitFor();
    expect(await b.getByRole('link', { name: 'Edited while it was deleted' }).count()).toBe(0);
    expect(await b.getByRole('link', { name: DOOMED.title }).count()).toBe(0);
    await a.close();
    await b.close();
  });

  it('a stale Undo after a newer edit reverts only what it announced and keeps the newer edit', async () => {
    const a = await openWindow(context, '#/');
    await a.getByRole('button', { name: 'Mark follow-up with Ada Lovelace done' }).click();
    const undo = a.locator('.toast').filter({ hasText: 'marked done' }).getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    // Focus holds the message (as a person reaching for Undo would) while the other window edits.
    await undo.focus();

    const b = await openWindow(context, `#/journal/${CHAT.id}/edit`);
    await expect.poll(() => b.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Notes from the call');
    await b.getByRole('textbox', { name: 'Notes' }).fill('Notes written after marking it done');
    await b.getByRole('button', { name: 'Save conversation' }).click();
    await b.waitForURL(new RegExp(`#/journal/${CHAT.id}$`));
    await b.getByText('Notes written after marking it done').waitFor();
    expect(await b.getByRole('checkbox', { name: 'Mark follow-up done' }).isChecked()).toBe(true);

    await undo.click();
    // The follow-up is open again, and the notes written after the Done are still there.
    await expect.poll(() => b.getByRole('checkbox', { name: 'Mark follow-up done' }).isChecked()).toBe(false);
    expect(await b.getByText('Notes written after marking it done').count()).toBe(1);
    await b.reload();
    await b.getByText('Notes written after marking it done').waitFor();
    expect(await b.getByRole('checkbox', { name: 'Mark follow-up done' }).isChecked()).toBe(false);
    await a.close();
    await b.close();
  });
});

describe('drafts survive a killed window', () => {
  it('offers the draft after the window was closed while typing, and restores the text exactly', async () => {
    const dir = newProfileDir();
    const TITLE = 'Why I keep choosing platform work';
    const BODY = 'First line, typed.\n\n- a list item with **bold**\n- ünïcödé, עברית, 中文 ✓\n\nLast line without a full stop';
    let context = await launchProfile(dir);
    let page = await openWindow(context, '#/journal/new/reflection');
    await page.getByRole('textbox', { name: 'Title' }).pressSequentially(TITLE);
    await page.getByRole('textbox', { name: "What's on your mind" }).fill(BODY);
    await page.getByText(/^Draft kept at/).waitFor();
    await context.close(); // no save, no "leave" answer: as a crash or a killed window

    context = await launchProfile(dir);
    page = await openWindow(context, '#/journal/new/reflection');
    const offer = page.getByRole('region', { name: 'Unsaved draft' });
    await offer.getByText(/^Restore the draft from \d{1,2}:\d{2}/).waitFor();
    await expectNoAxeViolations(page, 'draft offer');
    await screenshot(page, 'safety-draft-offer');
    await offer.getByRole('button', { name: 'Restore the draft' }).click();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(TITLE);
    expect(await page.getByRole('textbox', { name: "What's on your mind" }).inputValue()).toBe(BODY);

    await page.getByRole('button', { name: 'Save reflection' }).click();
    await page.waitForURL(/#\/journal\/[0-9a-f-]{36}$/);
    // Saving discards the draft.
    const drafts = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('sextant');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('drafts').objectStore('drafts').count();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result);
            };
          };
        }),
    );
    expect(drafts).toBe(0);
    await context.close();
  });
});

/** Every file under `dir` whose bytes contain `phrase` as UTF-8 or UTF-16 (Chromium stores strings either way). */
function filesContaining(dir: string, phrase: string): string[] {
  const needles = [Buffer.from(phrase, 'utf8'), Buffer.from(phrase, 'utf16le')];
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      const st = statSync(file, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(file);
      else if (st.isFile() && needles.some((n) => readFileSync(file).includes(n))) hits.push(path.relative(dir, file));
    }
  };
  walk(dir);
  return hits;
}

describe('Delete all data', () => {
  it('leaves no trace of the journal in the profile folder', async () => {
    const dir = newProfileDir();
    const PHRASE = 'Quokka-harbour-7319-confidential';
    let context = await launchProfile(dir);
    let page = await openWindow(context);
    await seedJournal(page, {
      entries: [reflection({ id: uuid(21), title: 'Private thoughts', body: `About ${PHRASE} and more` })],
      people: [],
    });
    await page.getByRole('link', { name: 'Private thoughts' }).first().waitFor();
    await context.close();
    // The scan can find it: the phrase is on disk while the journal holds it.
    expect(filesContaining(dir, PHRASE).length).toBeGreaterThan(0);

    context = await launchProfile(dir);
    page = await openWindow(context, '#/settings');
    await page.getByRole('button', { name: 'Delete all data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete all data?' });
    await dialog.getByRole('checkbox', { name: 'Delete without a backup' }).check();
    await dialog.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    const report = page.getByRole('dialog', { name: 'All data was deleted' });
    await report.waitFor();
    expect(await report.locator('.delete-report li').allTextContents()).toEqual(['Journal entries: 1']);
    await expectNoAxeViolations(page, 'delete report');
    await screenshot(page, 'safety-delete-report');
    await report.getByRole('button', { name: 'Start afresh' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await context.close();

    expect(filesContaining(dir, PHRASE)).toEqual([]);
  });
});
