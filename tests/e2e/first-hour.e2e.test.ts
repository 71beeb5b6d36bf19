import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launch, openApp, screenshot } from './browser';
import { seedJournal } from './seed';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a first hour that makes sense', () => {
  it('keeps every character typed into Search with no delay between keys', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    const box = page.getByRole('searchbox', { name: 'Search your journal' });
    await box.waitFor();
    await box.pressSequentially('reconciliation', { delay: 0 });
    await expect.poll(() => box.inputValue()).toBe('reconciliation');
    // The URL catches up with the whole word, not a prefix of it.
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toContain('q=reconciliation');
    expect(await box.inputValue()).toBe('reconciliation');
    expect(errors).toEqual([]);
    await context.close();
  });
});
