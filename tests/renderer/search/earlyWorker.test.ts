// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyWorker } from '../../../renderer/data/searchIndex';
import { searchWorkerName } from '../../../renderer/data/searchWorkerName';
import { DB_NAME } from '../../../renderer/data/db';

// The boot script makes the search worker on a start on #/search (scripts/routePreload.ts); the
// page adopts it when it would have made the same worker (issue 12).
const made = (name: string, failed = false) => ({ worker: { terminate: vi.fn() } as unknown as Worker, name, failed });

afterEach(() => {
  window.sextantEarlyWorker = undefined;
});

describe("the page's search worker, made early by the boot script", () => {
  it('is adopted once, by a port for the same journal', () => {
    const early = made(searchWorkerName(DB_NAME));
    expect(early.name).toBe('sextant-search:sextant');
    window.sextantEarlyWorker = early;
    expect(adoptEarlyWorker('sextant-search:sextant')).toBe(early.worker);
    expect(early.worker.terminate).not.toHaveBeenCalled();
    expect(window.sextantEarlyWorker).toBeUndefined();
    expect(adoptEarlyWorker('sextant-search:sextant')).toBeUndefined();
  });

  it('is ended, not adopted, when it failed or was named for another journal', () => {
    for (const early of [made('sextant-search:sextant', true), made('sextant-search:other'), made('sextant-search')]) {
      window.sextantEarlyWorker = early;
      expect(adoptEarlyWorker('sextant-search:sextant')).toBeUndefined();
      expect(early.worker.terminate).toHaveBeenCalledTimes(1);
      expect(window.sextantEarlyWorker).toBeUndefined();
    }
  });
});
