import type { Page } from 'playwright-core';

/** The six skills as the check-in form names its groups, in the framework's order. */
export const SKILL_NAMES = [
  'Product strategy & roadmapping',
  'Communication & collaboration',
  'Market research & analysis',
  'Leadership & influence',
  'Problem solving & decision making',
  'Adaptability & resilience',
];

/** Picks a level for every skill in the open check-in form (in SKILL_NAMES order) and saves it. */
export async function takeCheckIn(page: Page, levels: readonly number[], save = 'Save check-in'): Promise<void> {
  for (const [i, name] of SKILL_NAMES.entries()) {
    await page
      .getByRole('group', { name })
      .getByRole('radio', { name: new RegExp(`^${levels[i]} · `) })
      .check();
  }
  await page.getByRole('button', { name: save }).click();
}
