import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

// Settings evaluates the import screens' modules at start: a number formatter made at module load
// loaded the locale's number data before Settings could show (15-30 ms of a cold start, README).
describe("the import screens' numbers", () => {
  it('are formatted when shown, with no number formatter made as the modules load', async () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    const { progressText } = await import('../../../renderer/features/data/ImportProgress');
    await import('../../../renderer/features/data/ImportLinkedInPreview');
    expect(made).not.toHaveBeenCalled();
    expect(progressText({ phase: 'checking', unit: 'rows', done: 12_000, total: 40_000 })).toBe(
      `Checking row ${(12_000).toLocaleString()} of ${(40_000).toLocaleString()}`,
    );
    expect(progressText({ phase: 'checking', unit: 'rows', done: 12_000, total: 40_000 })).toMatch(/^Checking row 12.000 of 40.000$/);
    expect(progressText({ phase: 'reading', unit: 'percent', done: 40, total: 100 })).toBe('Reading the file… 40%');
    expect(progressText(null)).toBe('Opening the file…');
  });
});
