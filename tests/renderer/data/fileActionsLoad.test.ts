import { describe, expect, it, vi } from 'vitest';

// Settings evaluates the "Your data" section's modules at its start: the zip library (fflate)
// builds its tables as it loads, so it is loaded only when a Markdown export is asked for.
const zipLibrary = vi.hoisted(() => ({ loaded: false }));
vi.mock('fflate', async (importOriginal) => {
  zipLibrary.loaded = true;
  return importOriginal();
});

describe('the file actions of "Your data"', () => {
  it('load without the zip library, which the Markdown export loads when asked for', async () => {
    await import('../../../renderer/features/data/fileActions');
    expect(zipLibrary.loaded).toBe(false);
    // What the export loads makes the zip (entry files under the journal's folder).
    const { zipMarkdownFiles } = await import('../../../shared/export/markdown');
    expect(zipLibrary.loaded).toBe(true);
    const zip = zipMarkdownFiles([{ name: 'a.md', content: '# A' }]);
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
