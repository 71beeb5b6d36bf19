import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';

// scripts/routePreload.ts: a cold start on a screen loaded on demand requests that screen's code
// from theme-boot.js, before the main chunk has arrived, not from the main chunk once it has run.
const dist = process.env.SEXTANT_DIST ?? 'dist';
const mainChunk = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]{8}\.js)">/.exec(
  readFileSync(resolve(dist, 'index.html'), 'utf8'),
)?.[1];

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
 * Opens `hash` with the main chunk's response held back until a request for `chunk` (a file name
 * prefix under assets/) has been made, or 10 s have passed. Returns the requests made while the
 * main chunk was held, and the page (released, so the app starts).
 */
async function openHoldingMainChunk(hash: string, chunk: string) {
  const session = await freshPage();
  let sawChunk: () => void = () => {};
  const chunkRequested = new Promise<void>((r) => (sawChunk = r));
  session.page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith(`/assets/${chunk}-`)) sawChunk();
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

  // Each screen's own chunk, and for two of them a chunk it imports (the plan's Markdown
  // renderer, the skills' check-in form), as the build splits them.
  const screens = [
    { hash: '#/plan', chunks: ['PlanRoutes', 'markdown'], ready: 'main .plan-empty' },
    { hash: '#/skills', chunks: ['SkillsRoutes', 'CheckInForm'], ready: 'main .skills-actions + .card' },
    { hash: '#/skills/strategy', chunks: ['SkillsRoutes'], ready: 'main .stat-row' },
    { hash: '#/search?q=roadmap', chunks: ['SearchPage'], ready: 'main .search-status[data-state="no-match"]' },
    { hash: '#/people', chunks: ['PeopleRoutes'], ready: 'main .people-empty-title' },
    { hash: '#/path', chunks: ['PathRoutes'], ready: 'main .path-fit' },
    { hash: '#/settings', chunks: ['SettingsPage'], ready: 'main .settings-section' },
    { hash: '#/welcome/path', chunks: ['Welcome'], ready: '.welcome h1' },
  ];
  for (const { hash, chunks, ready } of screens)
    it(`${hash}: requests ${chunks.join(' and ')} before the main chunk has arrived, then shows the screen`, async () => {
      const { page, held, requests, errors, close } = await openHoldingMainChunk(hash, chunks[0]!);
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
          (p) => /\/assets\/(PlanRoutes|PeopleRoutes|PathRoutes|SettingsPage)-/.test(p) && !chunks.some((c) => p.includes(`/${c}-`)),
        ),
      ).toEqual([]);
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
        /\/assets\/(PlanRoutes|SkillsRoutes|SearchPage|PeopleRoutes|PathRoutes|SettingsPage|Welcome|charts|markdown)-/.test(p),
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
