import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launch, openApp, screenshot } from './browser';
import { inspectPdf, renderFirstPage } from '../renderer/plan/pdfTools';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = '2026-01-05T10:00:00.000Z';
const WANG = '11111111-1111-4111-8111-111111111111';
const YAMADA = '22222222-2222-4222-8222-222222222222';

/** Writes a profile, two contacts, a conversation and a goal straight into the app's IndexedDB (as a restored journal would). */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ stamp, WANG, YAMADA }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('sextant');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['settings', 'people', 'entries'], 'readwrite');
      const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });
      tx.objectStore('settings').put({
        key: 'profile',
        value: {
          name: 'Zoë Ångström-Müller',
          currentRole: 'Product manager',
          targetRole: 'Senior external PM',
          targetDate: '2027-06-30',
          onboardingDone: true,
        },
      });
      tx.objectStore('people').put({ ...meta(WANG), name: '王小明', role: 'PM', company: 'Acme', path: 'external' });
      tx.objectStore('people').put({ ...meta(YAMADA), name: '山田太郎', role: 'PM', company: 'Platform Co', path: 'internal' });
      tx.objectStore('entries').put({
        ...meta('33333333-3333-4333-8333-333333333333'),
        kind: 'conversation',
        date: '2026-01-05',
        personId: WANG,
        conversationKind: 'informational',
        notes: '',
        takeaways: '',
        energy: 5,
        followUpDone: false,
        skills: [],
        tags: [],
      });
      tx.objectStore('entries').put({
        ...meta('44444444-4444-4444-8444-444444444444'),
        kind: 'goal',
        date: '2026-01-06',
        title: 'Pricing study with 山田太郎',
        why: 'Learn how customers value the product.',
        skills: ['research'],
        status: 'active',
        milestones: [{ id: '55555555-5555-4555-8555-555555555555', title: 'Interview five customers', done: false }],
        resources: [],
        progressNotes: '',
        tags: [],
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { stamp, WANG, YAMADA },
  );
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

describe('path fit and career plan in web mode', () => {
  it('answers the questionnaire, explains the fit, and exports the plan as a PDF download', async () => {
    const { page, errors, context } = await openApp(browser);
    await seed(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path fit' }).click();
    await page.getByRole('heading', { name: 'Path fit', level: 1 }).waitFor();
    // Before any answers: undecided, low confidence, and the questionnaire is the next step.
    const fitSection = page.getByRole('region', { name: 'Your path fit' });
    await fitSection.getByText('Confidence: low.').waitFor();

    await page
      .getByRole('group', { name: /^Who you work with/ })
      .getByLabel('Strongly external')
      .check();
    await page
      .getByRole('group', { name: /^How you are judged/ })
      .getByLabel('Somewhat external')
      .check();
    await page.getByRole('group', { name: 'Building a wide professional network' }).getByLabel('Matters a lot').check();
    await page.getByRole('group', { name: 'A stable job inside an established company' }).getByLabel("Doesn't matter").check();
    await page.getByRole('button', { name: 'Save answers' }).click();

    // relationships +2, success metric +1, network 3 × 0.5 = +1.5, conversation with an external PM at energy 5: +1.
    // (2 + 1 + 1.5 + 1) / 6 = 0.92: strongly external.
    await fitSection.locator('.fit-position').getByText('Strongly external', { exact: true }).waitFor();
    await fitSection.getByText('0.92 toward external', { exact: false }).waitFor();
    const rows = fitSection.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(1 + 4);
    await expect
      .poll(() => fitSection.getByRole('row', { name: /Talking with external PMs/ }).textContent())
      .toContain('+1 toward external');
    // Only one piece of journal evidence: low confidence, and the next step is to hear from the other side.
    await fitSection.getByText(/Next step:.*Talk to an internal PM/).waitFor();
    expect(await page.getByRole('region', { name: 'Five steps to a choice' }).getByRole('listitem').count()).toBe(5);
    await expectNoAxeViolations(page, 'path fit');
    await screenshot(page, 'path-fit');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    const preview = page.getByRole('article');
    await preview.getByRole('heading', { name: 'Career plan: Zoë Ångström-Müller' }).waitFor();
    await preview.getByRole('heading', { name: 'Pricing study with 山田太郎' }).waitFor();
    await page.getByRole('group', { name: 'Paper size' }).getByLabel('US Letter').check();
    await expectNoAxeViolations(page, 'plan');
    await screenshot(page, 'plan');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^career-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    const facts = inspectPdf(readFileSync((await download.path())!), 'plan-web');
    const text = facts.text.replace(/\s+/g, ' ');
    for (const needle of [
      'Zoë Ångström-Müller',
      'Pricing study with 山田太郎',
      'Interview five customers',
      'Strongly external',
      'Market research & analysis',
      'Leadership & influence',
    ])
      expect(text).toContain(needle);
    expect(facts.pageSize).toBe('612 x 792 pts (letter)');
    expect(facts.qpdf.status).toBe(0);
    expect(facts.unembeddedFonts).toEqual([]);
    expect(text).toContain(`Page 1 of ${facts.pages}`);
    renderFirstPage(facts.path, 'plan-web');

    // Leaving out a section removes it from the preview and the Markdown.
    await page.getByRole('group', { name: 'Sections to include' }).getByLabel('Learning goals').uncheck();
    expect(await preview.getByRole('heading', { name: 'Pricing study with 山田太郎' }).count()).toBe(0);
    expect(await preview.getByRole('heading', { name: 'Learning goals' }).count()).toBe(0);
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown.startsWith('# Career plan: Zoë Ångström-Müller\n')).toBe(true);
    expect(markdown).not.toContain('## Learning goals');
    expect(markdown).not.toContain('### Pricing study');
    expect(markdown).toContain('## Path I lean to');
    expect(errors).toEqual([]);
    await context.close();
  });
});
