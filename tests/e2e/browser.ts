import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = 'test-results/screenshots';

/** Debian's Chromium, with the flags this closed network needs. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** A fresh, empty profile (its own IndexedDB) with the app open on Home; page errors fail the test. */
export async function openApp(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: options.acceptDownloads ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(inject('baseURL'));
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return { context, page, errors };
}

/**
 * A person's own browser profile on disk (persistent: kept from one start to the next), with a
 * page at `url`; `init` runs before the navigation (init scripts). Page errors are collected.
 */
export async function openProfile(
  dir: string,
  url: string,
  init: (page: Page) => Promise<void> = async () => {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await init(page);
  await page.goto(url);
  return { context, page, errors };
}

/** Runs axe-core on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png (to look at). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** One browser for a test file: launched before its first test and closed after its last. */
export function browserForFile(): { readonly browser: Browser } {
  const held = {} as { browser: Browser };
  beforeAll(async () => {
    held.browser = await launch();
  });
  afterAll(async () => {
    await held.browser?.close();
  });
  return held;
}

/**
 * One person's session across a test file: a browser and a fresh profile opened before the
 * first test and closed after the last, so each `it` continues where the previous one left off.
 */
export function personSession(): {
  readonly browser: Browser;
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
} {
  const session = {} as { browser: Browser; page: Page; context: BrowserContext; errors: string[] };
  beforeAll(async () => {
    session.browser = await launch();
    Object.assign(session, await openApp(session.browser));
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
  });
  return session;
}
