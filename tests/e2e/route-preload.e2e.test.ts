import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';

// scripts/routePreload.ts: a cold start on a screen loaded on demand requests that screen's code
// from theme-boot.js, before the main chunk has arrived, not from the main chunk once it has run.
const dist = process.env.SEXTANT_DIST ?? 'dist';
const indexHtml = readFileSync(resolve(dist, 'index.html'), 'utf8');
const mainChunk = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]{8}\.js)">/.exec(indexHtml)?.[1];
// The boot script (renderer/theme-boot.js plus the route preload) is named after its content, beside the chunks.
const bootScript = /<script\s+async blocking="render" src="\.\/(assets\/theme-boot-[\w-]{8}\.js)">/.exec(indexHtml)?.[1];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile's page, its requests' paths noted in order; page errors collected. */
async function freshPage(): Promise<{ page: Page; requests: string[]; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, requests, errors, close: () => context.close() };
}

/**
 * Opens `hash` with the main chunk's response held back until a request for each of `chunks` (file
 * name prefixes under assets/) has been made, or 10 s have passed. Returns the requests made while
 * the main chunk was held, and the page (released, so the app starts).
 */
async function openHoldingMainChunk(hash: string, chunks: string[]) {
  const session = await freshPage();
  let sawChunk: () => void = () => {};
  const chunkRequested = new Promise<void>((r) => (sawChunk = r));
  const waiting = new Set(chunks);
  session.page.on('request', (r) => {
    for (const c of waiting) if (new URL(r.url()).pathname.startsWith(`/assets/${c}-`)) waiting.delete(c);
    if (waiting.size === 0) sawChunk();
  });
  let duringHold: string[] = [];
  await session.page.route(`**/${mainChunk}`, async (route) => {
    await Promise.race([chunkRequested, new Promise((r) => setTimeout(r, 10_000))]);
    duringHold = [...session.requests];
    await route.continue();
  });
  await session.page.goto(`${inject('baseURL')}${hash}`, { waitUntil: 'commit' });
  return { ...session, held: () => duringHold };
}

describe('a cold start on a screen loaded on demand', () => {
  it('finds the main chunk in the built index.html', () => {
    expect(mainChunk).toMatch(/^assets\/index-/);
  });
  it('loads the boot script under a name that changes with its content, so it is cached like the chunks', () => {
    expect(bootScript).toMatch(/^assets\/theme-boot-[\w-]{8}\.js$/);
    expect(readFileSync(resolve(dist, bootScript!), 'utf8')).toContain('"/search",["SearchPage-');
  });

  // Each screen's own chunk, and for two of them a chunk it imports (the plan's Markdown
  // renderer, the skills' check-in form), as the build splits them.
  const screens = [
    { hash: '#/plan', chunks: ['PlanRoutes', 'markdown'], ready: 'main .plan-empty' },
    { hash: '#/skills', chunks: ['SkillsRoutes', 'CheckInForm'], ready: 'main .skills-actions + .card' },
    { hash: '#/skills/strategy', chunks: ['SkillsRoutes'], ready: 'main .stat-row' },
    // And the search worker, made by the boot script (issue 12).
    { hash: '#/search?q=roadmap', chunks: ['SearchPage', 'search.worker'], ready: 'main .search-status[data-state="no-match"]' },
    { hash: '#/people', chunks: ['PeopleRoutes'], ready: 'main .people-empty-title' },
    { hash: '#/path', chunks: ['PathRoutes'], ready: 'main .path-fit' },
    { hash: '#/settings', chunks: ['SettingsPage'], ready: 'main .settings-section' },
    { hash: '#/welcome/path', chunks: ['Welcome'], ready: '.welcome h1' },
    // The journal's entry pages (the timeline is in the main chunk): the form (which imports the reader) and the reader.
    { hash: '#/journal/new/reflection', chunks: ['EntryEditor', 'EntryView'], ready: 'main form.entry-form h1' },
    { hash: '#/journal/0b7e3c1a-5d2f-4e8a-9c6b-1f2e3d4c5b6a', chunks: ['EntryView'], ready: 'main .empty-state h1' },
  ];
  for (const { hash, chunks, ready } of screens)
    it(`${hash}: requests ${chunks.join(' and ')} before the main chunk has arrived, then shows the screen`, async () => {
      const { page, held, requests, errors, close } = await openHoldingMainChunk(hash, chunks);
      await page.locator(ready).first().waitFor();
      // Requested once: the main chunk's import() used the preloaded module, not a second fetch.
      expect(requests.filter((p) => p.startsWith(`/assets/${chunks[0]}-`) && p.endsWith('.js'))).toHaveLength(1);
      for (const c of chunks)
        expect(
          held().some((p) => p.startsWith(`/assets/${c}-`)),
          `${c} requested while the main chunk was held`,
        ).toBe(true);
      // Another screen's chunk is not requested.
      expect(
        held().filter(
          (p) =>
            /\/assets\/(PlanRoutes|PeopleRoutes|PathRoutes|SettingsPage|EntryEditor)-/.test(p) && !chunks.some((c) => p.includes(`/${c}-`)),
        ),
      ).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

  // The plan's preview and the Markdown library it renders with are fetched with the screen but run
  // only once the journal has something to plan: held back for good, the empty state still shows.
  it('#/plan with an empty journal: shows the empty state while the Markdown library never arrives', async () => {
    const { page, requests, errors, close } = await freshPage();
    await page.route('**/assets/markdown-*.js', () => new Promise(() => {}));
    await page.goto(`${inject('baseURL')}#/plan`);
    await page.locator('main .plan-empty').waitFor({ timeout: 15_000 });
    // It was asked for (the route's preload) and never answered.
    expect(requests.some((p) => /^\/assets\/markdown-/.test(p))).toBe(true);
    expect(await page.locator('main .plan-doc').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  // The boot script sets the theme before the first paint without holding up the page's parsing:
  // the main chunk is requested while theme-boot.js has not arrived, and nothing is painted before it has.
  it('theme-boot.js held back: the main chunk is requested meanwhile, and no paint comes before it', async () => {
    const { page, requests, errors, close } = await freshPage();
    let sawMain: () => void = () => {};
    const mainRequested = new Promise<void>((r) => (sawMain = r));
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `/${mainChunk}`) sawMain();
    });
    let duringHold: string[] = [];
    await page.route(`**/${bootScript}`, async (route) => {
      await Promise.race([mainRequested, new Promise((r) => setTimeout(r, 5_000))]);
      duringHold = [...requests];
      // A moment more, so a paint that did not wait for it would come first.
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await page.goto(`${inject('baseURL')}#/`);
    await page.locator('main .home .card').first().waitFor();
    expect(duringHold).toContain(`/${mainChunk}`);
    // The card is in the DOM a frame before the browser records its paint: wait for the entry.
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, undefined, { polling: 'raf' });
    const timing = await page.evaluate(() => ({
      boot:
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
          /\/assets\/theme-boot-[\w-]{8}\.js$/.test(e.name),
        )?.responseEnd ?? NaN,
      paints: performance.getEntriesByType('paint').map((e) => e.startTime),
    }));
    expect(timing.paints.length).toBeGreaterThan(0);
    for (const p of timing.paints) expect(p).toBeGreaterThanOrEqual(timing.boot);
    expect(errors).toEqual([]);
    await close();
  });

  it('#/ (Home, in the main chunk): no screen chunk is requested before its first card', async () => {
    const { page, requests, errors, close } = await freshPage();
    await page.goto(`${inject('baseURL')}#/`);
    await page.locator('main .home .card').first().waitFor();
    expect(requests.some((p) => p === `/${mainChunk}`)).toBe(true);
    expect(
      requests.filter((p) =>
        /\/assets\/(PlanRoutes|SkillsRoutes|SearchPage|PeopleRoutes|PathRoutes|SettingsPage|Welcome|EntryEditor|EntryView|charts|markdown)-/.test(
          p,
        ),
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
