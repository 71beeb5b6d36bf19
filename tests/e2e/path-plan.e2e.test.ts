import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { SCREENSHOTS, expectNoAxeViolations, launch, openApp, screenshot } from './browser';
import { inspectPdf, renderPages, type PdfFacts } from '../renderer/plan/pdfTools';
import { addDays, formatDate, localDate } from '../../shared/dates';

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
    async ({ stamp, WANG, YAMADA, today }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('sextant');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['settings', 'people', 'entries', 'checkIns', 'targets', 'aggregateMeta'], 'readwrite');
      // Written past the app's write-time aggregates: marked unbuilt, so the app rebuilds them at its first read.
      tx.objectStore('aggregateMeta').clear();
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
        date: today,
        personId: WANG,
        conversationKind: 'informational',
        notes: 'Private notes that never go into the plan.',
        takeaways: 'Price on **outcomes**, not seats.',
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
        why: 'Learn how customers **value the product** and why it *matters*.',
        skills: ['research'],
        status: 'active',
        milestones: [{ id: '55555555-5555-4555-8555-555555555555', title: 'Interview five customers', done: false }],
        resources: [{ title: 'Pricing primer', url: 'https://example.com/pricing' }],
        progressNotes: '',
        tags: [],
      });
      // Five skills rated and given a target; Adaptability has a rating but no target.
      tx.objectStore('checkIns').put({
        ...meta('66666666-6666-4666-8666-666666666666'),
        date: '2026-01-04',
        blind: false,
        ratings: [
          { skill: 'strategy', level: 3 },
          { skill: 'communication', level: 4 },
          { skill: 'research', level: 2 },
          { skill: 'leadership', level: 2 },
          { skill: 'problem-solving', level: 3 },
          { skill: 'adaptability', level: 4 },
        ],
      });
      for (const [skill, level] of [
        ['strategy', 4],
        ['communication', 4],
        ['research', 3],
        ['leadership', 4],
        ['problem-solving', 4],
      ] as const)
        tx.objectStore('targets').put({ skill, level, updatedAt: stamp });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { stamp, WANG, YAMADA, today: localDate(new Date()) },
  );
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * Presses Export PDF in web mode (the print dialog is counted instead of opened), then prints the
 * page as that dialog would (Chromium's print layout of the print view) and reads the PDF.
 */
async function exportPdf(page: Page, name: string): Promise<PdfFacts> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: /^Export PDF/ }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  return inspectPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }), name);
}

/** The radar's target outline has a point for each skill with a target and none at the centre. */
async function expectTargetOutlineWithoutZero(scope: Locator): Promise<void> {
  const chart = scope.getByRole('img', { name: /Radar chart of the six skills/ });
  await chart.waitFor();
  const points = await chart.locator('[data-series="target"] polygon').getAttribute('points');
  const xy = points!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
  // Five targets: five points. The centre of the drawing is (320, 239); level 1 is 32 units out.
  expect(xy).toHaveLength(5);
  for (const [x, y] of xy) expect(Math.hypot(x - 320, y - 239)).toBeGreaterThanOrEqual(32);
}

describe('path fit and career plan in web mode', () => {
  it('answers the questionnaire, explains the fit, and exports the plan as a PDF download', async () => {
    const { page, errors, context } = await openApp(browser);
    await seed(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Path fit' }).click();
    await page.getByRole('heading', { name: 'Path fit', level: 1 }).waitFor();
    // Before any answers: undecided, low confidence, and the questionnaire is the first step.
    const fitSection = page.getByRole('region', { name: 'Your path fit' });
    await fitSection.getByText(/^Why low confidence\./).waitFor();
    await fitSection.locator('.fit-next').getByRole('link', { name: 'Open the questionnaire' }).click();
    await page.getByRole('heading', { name: 'Path questionnaire', level: 1 }).waitFor();

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
    await expectNoAxeViolations(page, 'path questionnaire');
    await page.getByRole('button', { name: 'Save answers' }).click();

    // Back on the fit: relationships +2 (1 point), success metric +1 (0.5), network 3 of 3 (1/6),
    // today's conversation with an external PM at energy 5 (1): 2.667 / (6 + 2.667) = 0.31.
    await page.getByRole('heading', { name: 'Path fit', level: 1 }).waitFor();
    await fitSection.locator('.fit-position').getByText('Leans external', { exact: true }).waitFor();
    expect(await fitSection.locator('.fit-position .fit-number').textContent()).toBe('+0.31 toward external');
    await page.getByText(/^All 4 items, grouped by source/).click();
    // The conversation's effect: 1 / 8.667 = +0.12, on the same scale.
    expect(await page.getByRole('row', { name: /Conversation with 王小明/ }).textContent()).toContain('+0.12 toward external');
    // Only one side heard from: the next step is to hear from the other side.
    await fitSection.getByText(/Next step:.*Talk to an internal PM/).waitFor();
    expect(await page.getByRole('region', { name: 'Five steps to a choice' }).getByRole('listitem').count()).toBe(5);
    await expectNoAxeViolations(page, 'path fit');
    // The screens' own CJK fallback (styles.css, for a machine with no CJK font, as this one) is
    // served, allowed and read: loading it for the contact's name gives its face.
    const cjk = await page.evaluate(async () => (await document.fonts.load('15px "Sextant CJK"', '王小明')).map((f) => f.family));
    expect(cjk.map((f) => f.replace(/"/g, ''))).toEqual(['Sextant CJK']);
    await screenshot(page, 'path-fit');

    // The radar on the Skills screen: no target point for Adaptability (no point at the centre).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skills' }).click();
    await expectTargetOutlineWithoutZero(page.locator('main'));
    await page.getByText('No target for Adaptability & resilience: the target outline joins the skills that have one.').waitFor();
    // The radar grows with the window: on a 1920 px screen it is far wider than the old fixed 250 px drawing.
    const radar = page.locator('main').getByRole('img', { name: /Radar chart of the six skills/ });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await radar.boundingBox())!.width).toBeGreaterThan(550);
    await screenshot(page, 'skills-radar-1920');
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    const preview = page.locator('main').getByRole('article');
    await preview.getByRole('heading', { name: 'Career plan: Zoë Ångström-Müller' }).waitFor();
    await preview.getByRole('heading', { name: 'Pricing study with 山田太郎' }).waitFor();
    // Markdown is rendered in the preview: bold words in <strong>, no asterisks.
    expect(await preview.locator('strong', { hasText: 'value the product' }).count()).toBe(1);
    expect(await preview.textContent()).not.toContain('**');
    await expectTargetOutlineWithoutZero(preview);
    // The statement is empty here, so the plan opens with the path; takeaways are chosen, not automatic.
    expect(await preview.getByRole('heading', { name: 'What I took away from conversations' }).count()).toBe(0);
    await page.getByRole('group', { name: 'Conversation takeaways to share' }).getByRole('checkbox').first().check();
    await preview.getByRole('heading', { name: 'What I took away from conversations' }).waitFor();
    await page.getByRole('group', { name: 'Paper size' }).getByLabel('US Letter').check();
    await expectNoAxeViolations(page, 'plan');
    await screenshot(page, 'plan');

    // Export PDF in web mode opens the browser's print dialog on the same print view; what that
    // dialog prints, laid out by the same Chromium: the print view alone, on Letter.
    const facts = await exportPdf(page, 'plan-web');
    const text = facts.text.replace(/\s+/g, ' ');
    for (const needle of [
      'Career plan: Zoë Ångström-Müller',
      'Pricing study with 山田太郎',
      'Learn how customers value the product and why it matters.',
      'Pricing primer',
      'Price on outcomes, not seats.',
      'Interview five customers',
      'Leans external',
      'Market research & analysis',
      'Leadership & influence',
      'No target for Adaptability & resilience',
    ])
      expect(text).toContain(needle);
    // The bold words without asterisks; nothing of the app around the plan; private notes left out.
    expect(text).not.toContain('*');
    expect(text).not.toContain('Sections to include');
    expect(text).not.toContain('Private notes');
    expect(facts.pageSize).toBe('612 x 792 pts (letter)');
    expect(facts.qpdf.status).toBe(0);
    expect(facts.unembeddedFonts).toEqual([]);
    expect(text).toContain(`Page 1 of ${facts.pages}`);
    renderPages(facts.path, 'plan-web', 70);

    // The window stays responsive while the PDF is made: the export is held in its first step
    // (the fonts it waits for are held back here), its progress shows, and a key pressed meanwhile
    // is handled (the paper size changes from the keyboard); Cancel stops it before printing.
    await page.evaluate(() => {
      const w = window as unknown as { releaseFonts: () => void };
      const held = new Promise<FontFaceSet>((resolve) => (w.releaseFonts = () => resolve(document.fonts)));
      Object.defineProperty(document.fonts, 'ready', { configurable: true, get: () => held });
    });
    await page.getByRole('button', { name: /^Export PDF/ }).click();
    const exportStatus = page.getByRole('status').filter({ hasText: 'Preparing the pages…' });
    await exportStatus.waitFor();
    await expectNoAxeViolations(page, 'plan export in progress');
    await screenshot(page, 'plan-export-progress');
    await page.getByRole('group', { name: 'Paper size' }).getByLabel('US Letter').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('group', { name: 'Paper size' }).getByLabel('A4').isChecked()).toBe(true);
    expect(await exportStatus.count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).press('Enter');
    await page.evaluate(() => (window as unknown as { releaseFonts: () => void }).releaseFonts());
    await page.locator('.toast').filter({ hasText: 'PDF export cancelled.' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.getByRole('group', { name: 'Paper size' }).getByLabel('US Letter').check();
    await page.evaluate(() => delete (document.fonts as unknown as { ready?: unknown }).ready);

    // Leaving out a section removes it from the preview and the Markdown; the choices are remembered.
    await page.getByRole('group', { name: 'Sections to include' }).getByLabel('Learning goals').uncheck();
    await expect.poll(() => preview.getByRole('heading', { name: 'Learning goals' }).count()).toBe(0);
    expect(await preview.getByRole('heading', { name: 'Pricing study with 山田太郎' }).count()).toBe(0);
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    const markdown = readFileSync(await md.path(), 'utf8');
    expect(markdown.startsWith('# Career plan: Zoë Ångström-Müller\n')).toBe(true);
    expect(markdown).not.toContain('## Learning goals');
    expect(markdown).not.toContain('### Pricing study');
    expect(markdown).toContain('## Path I lean to');
    // The person's Markdown stays Markdown in the Markdown export.
    expect(markdown).toContain('Price on **outcomes**, not seats.');
    await page.reload();
    await preview.getByRole('heading', { name: 'Career plan: Zoë Ångström-Müller' }).waitFor();
    expect(await page.getByRole('group', { name: 'Sections to include' }).getByLabel('Learning goals').isChecked()).toBe(false);
    expect(await page.getByRole('group', { name: 'Paper size' }).getByLabel('US Letter').isChecked()).toBe(true);
    await preview.getByRole('heading', { name: 'What I took away from conversations' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('guides a new journal instead of offering an empty plan', async () => {
    const { page, errors, context } = await openApp(browser);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    const empty = page.getByRole('region', { name: 'Your plan builds itself from your journal' });
    await empty.waitFor();
    expect(await empty.getByRole('link').allTextContents()).toEqual([
      'Write who you are and where you are heading',
      'Answer the path questions',
      'Rate your six skills',
      'Add a learning goal',
    ]);
    expect(await page.getByRole('button', { name: /Export/ }).count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(0);
    await expectNoAxeViolations(page, 'plan, empty');
    await screenshot(page, 'plan-empty');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds and ticks one conversation among thousands by typing, and lists a journal of years by its current goals', async () => {
    const { page, errors, context } = await openApp(browser);
    const today = localDate(new Date());
    // 3,000 conversations with takeaways, one of them years old about a zebra; 30 current goals
    // (due in the coming months) and 10 finished years ago.
    await page.evaluate(
      async ({ stamp, WANG, today }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('sextant');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const tx = db.transaction(['settings', 'people', 'entries', 'aggregateMeta'], 'readwrite');
        tx.objectStore('aggregateMeta').clear();
        const meta = (id: string) => ({ id, createdAt: stamp, updatedAt: stamp });
        const uuid = (n: number, k: string) => `${k}${String(n).padStart(7, '0')}-0000-4000-8000-000000000000`;
        const day = (back: number) => new Date(Date.parse(today) - back * 86_400_000).toISOString().slice(0, 10);
        tx.objectStore('settings').put({
          key: 'profile',
          value: { name: 'Ana Lima', currentRole: 'Product manager', targetRole: '', onboardingDone: true },
        });
        tx.objectStore('people').put({ ...meta(WANG), name: '王小明', role: 'PM', company: 'Acme', path: 'external' });
        for (let i = 0; i < 3_000; i++)
          tx.objectStore('entries').put({
            ...meta(uuid(i, 'c')),
            kind: 'conversation',
            date: day(i),
            personId: WANG,
            conversationKind: 'mentorship',
            notes: 'Private notes.',
            takeaways: i === 2_400 ? 'Negotiate the **zebra** contract before the renewal.' : `Routine takeaway number ${i}.`,
            followUpDone: false,
            skills: [],
            tags: [],
          });
        for (let i = 0; i < 40; i++) {
          const old = i >= 30;
          const date = old ? day(2_000 + i) : day(10);
          tx.objectStore('entries').put({
            ...meta(uuid(i, 'a')),
            updatedAt: `${date}T10:00:00.000Z`,
            kind: 'goal',
            date,
            title: old ? `Finished long ago ${i}` : `Current goal ${String(i + 1).padStart(2, '0')}`,
            why: 'Because it matters now.',
            skills: ['research'],
            status: old ? 'done' : 'active',
            targetDate: old ? date : day(-30 - i),
            milestones: [],
            resources: [],
            progressNotes: '',
            tags: [],
          });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { stamp, WANG, today },
    );
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    const preview = page.locator('main').getByRole('article');
    await preview.getByRole('heading', { name: 'Career plan: Ana Lima' }).waitFor();

    // A page of the newest conversations, not 3,000 checkboxes.
    const chooser = page.getByRole('group', { name: 'Conversation takeaways to share' });
    await chooser.getByText('Showing 20 of 3,000 conversations, newest first.').waitFor();
    expect(await chooser.getByRole('checkbox').count()).toBe(20);
    await chooser.getByRole('button', { name: 'Show 20 more' }).click();
    await chooser.getByText('Showing 40 of 3,000 conversations, newest first.').waitFor();
    expect(await chooser.getByRole('checkbox').count()).toBe(40);

    // Typed into the search, found by a word of its takeaways, ticked from the keyboard.
    await chooser.getByRole('searchbox', { name: 'Find a conversation (person, date or words)' }).click();
    await page.keyboard.type('zebra');
    await chooser.getByText('Showing 1 of 1 matching conversation, newest first.').waitFor();
    const zebra = chooser.getByRole('checkbox', { name: /Negotiate the zebra contract/ });
    await zebra.focus();
    await page.keyboard.press('Space');
    await preview.getByRole('heading', { name: 'What I took away from conversations' }).waitFor();
    await preview.getByText('Negotiate the zebra contract before the renewal.').waitFor();
    await chooser.getByText('1 chosen of 3,000.').waitFor();
    // "Only the chosen ones" lists it alone.
    await chooser.getByRole('searchbox').fill('');
    await chooser.getByRole('button', { name: 'Only the chosen ones' }).click();
    await chooser.getByText('Showing 1 of 1 conversation, newest first.').waitFor();
    expect(await chooser.getByRole('checkbox', { checked: true }).count()).toBe(1);

    // 25 current goals listed in full, the rest counted with the reason, in the preview and the PDF.
    const goals = preview.getByRole('region', { name: 'Learning goals' });
    await goals.getByRole('heading', { name: 'Current goal 25' }).waitFor();
    expect(await goals.getByRole('heading', { level: 4 }).count()).toBe(25);
    expect(await goals.getByText(/Finished long ago/).count()).toBe(0);
    const since = formatDate(addDays(today, -183));
    const leftOut = `Not listed here, to keep this plan short: 10 goals I finished before ${since} and 5 more current goals (this plan lists 25 at most). They are all in my journal.`;
    await goals.getByText(leftOut, { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'plan, thousands of takeaways');
    await screenshot(page, 'plan-many');
    await page.locator('.plan-controls').screenshot({ path: `${SCREENSHOTS}/plan-many-controls.png` });

    const facts = await exportPdf(page, 'plan-many');
    const text = facts.text.replace(/\s+/g, ' ');
    expect(text).toContain(leftOut);
    expect(text).toContain('Negotiate the zebra contract before the renewal.');
    expect(text).toContain('Current goal 25');
    expect(text).not.toContain('Current goal 26');
    expect(text).not.toContain('List every learning goal');
    renderPages(facts.path, 'plan-many', 60);

    // Every goal when asked for: 40, nothing left out.
    await page.getByRole('group', { name: 'Learning goals' }).getByLabel('List every learning goal').check();
    await goals.getByRole('heading', { name: 'Finished long ago 39' }).waitFor();
    expect(await goals.getByRole('heading', { level: 4 }).count()).toBe(40);
    expect(await goals.getByText('Not listed here', { exact: false }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
