import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_EVERY_MS, startAutomaticBackups } from '../../../renderer/features/data/automaticBackups';
import type { BackupInfo } from '../../../shared/ipc';

function fakeDeps(existing: BackupInfo[], start: string) {
  let now = Date.parse(start);
  const writes: { reason: string; at: string }[] = [];
  let quitListener: (() => Promise<void>) | null = null;
  const deps = {
    backups: {
      list: vi.fn(async () => existing),
      read: vi.fn(async () => '{}'),
      deleteAll: vi.fn(async () => ({ removed: 0 })),
      write: vi.fn(async (_json: string, reason: 'daily' | 'quit' | 'before-restore') => {
        const at = new Date(now).toISOString();
        writes.push({ reason, at });
        return { name: `b-${writes.length}.json`, date: at, bytes: 2 };
      }),
    },
    onBeforeQuit: (l: () => Promise<void>) => {
      quitListener = l;
      return () => {
        quitListener = null;
      };
    },
    makeJson: async () => '{"format":"sextant-backup"}',
    now: () => new Date(now).toISOString(),
  };
  return {
    deps,
    writes,
    advance: (ms: number) => {
      now += ms;
    },
    quit: () => quitListener?.(),
    hasQuitListener: () => quitListener !== null,
  };
}

describe('automatic backup scheduling (renderer side)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes one at start when the newest backup is over a day old, then once a day while running', async () => {
    const f = fakeDeps([{ name: 'old.json', date: '2026-03-01T08:00:00.000Z', bytes: 10 }], '2026-03-02T09:00:00.000Z');
    const stop = startAutomaticBackups(f.deps);
    await vi.advanceTimersByTimeAsync(0);
    expect(f.writes).toEqual([{ reason: 'daily', at: '2026-03-02T09:00:00.000Z' }]);
    // 23 hourly checks later: still within a day of the last backup.
    for (let i = 0; i < 23; i++) {
      f.advance(CHECK_EVERY_MS);
      await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    }
    expect(f.writes).toHaveLength(1);
    f.advance(CHECK_EVERY_MS);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(f.writes.map((w) => w.at)).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-03T09:00:00.000Z']);
    stop();
  });

  it('does not write at start when a backup from the last day exists', async () => {
    const f = fakeDeps([{ name: 'recent.json', date: '2026-03-02T01:00:00.000Z', bytes: 10 }], '2026-03-02T09:00:00.000Z');
    const stop = startAutomaticBackups(f.deps);
    await vi.advanceTimersByTimeAsync(0);
    expect(f.writes).toEqual([]);
    stop();
  });

  it('writes a backup on quit, and stops listening when stopped', async () => {
    const f = fakeDeps([{ name: 'recent.json', date: '2026-03-02T08:00:00.000Z', bytes: 10 }], '2026-03-02T09:00:00.000Z');
    const stop = startAutomaticBackups(f.deps);
    await vi.advanceTimersByTimeAsync(0);
    f.advance(60_000);
    await f.quit();
    expect(f.writes).toEqual([{ reason: 'quit', at: '2026-03-02T09:01:00.000Z' }]);
    stop();
    expect(f.hasQuitListener()).toBe(false);
  });

  it('keeps running after a failed write and tries again at the next check', async () => {
    const f = fakeDeps([], '2026-03-02T09:00:00.000Z');
    const errors: unknown[] = [];
    f.deps.backups.write.mockRejectedValueOnce(new Error('disk full'));
    const stop = startAutomaticBackups({ ...f.deps, onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    f.advance(CHECK_EVERY_MS);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(f.writes).toEqual([{ reason: 'daily', at: '2026-03-02T10:00:00.000Z' }]);
    stop();
  });
});
