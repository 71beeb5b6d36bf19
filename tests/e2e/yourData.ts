// Steps shared by the e2e files of Settings > Your data (export, restore, import).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Goes to a screen by the main navigation and waits for its address. */
export async function goTo(p: Page, screen: string, hash: RegExp): Promise<void> {
  await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen, exact: true }).click();
  await p.waitForURL(hash);
}

/** Opens Settings and returns its "Your data" section once it is there. */
export async function yourData(p: Page) {
  await goTo(p, 'Settings', /#\/settings$/);
  const section = p.getByRole('region', { name: 'Your data' });
  await section.waitFor();
  return section;
}

/** Clicks a button that opens a file picker and chooses the given file. */
export async function chooseFile(p: Page, button: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = p.waitForEvent('filechooser');
  await p.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** The messages of the toasts on screen, oldest first. */
function toastMessages(p: Page): Promise<string[]> {
  return p.locator('.toast').evaluateAll((toasts) => toasts.map((t) => t.querySelector('span')?.textContent ?? ''));
}

/**
 * Waits until a toast says exactly `text`. A toast left from an earlier step (the same kind of
 * message with other figures) does not answer for it: on a fast machine it is still on screen.
 */
export async function expectToast(p: Page, text: string): Promise<void> {
  await expect.poll(() => toastMessages(p), { timeout: 15_000 }).toContain(text);
}
