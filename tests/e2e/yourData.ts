// Steps shared by the e2e files of Settings > Your data (export, restore, import).
import type { Page } from 'playwright-core';

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

/** The text of the first toast containing `contains`, once it shows. */
export async function toastText(p: Page, contains: string): Promise<string> {
  const t = p.locator('.toast').filter({ hasText: contains }).first();
  await t.waitFor();
  return (await t.locator('span').first().textContent()) ?? '';
}
