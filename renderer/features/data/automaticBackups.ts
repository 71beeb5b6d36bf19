/**
 * Automatic backups in the desktop app: one at start-up when the newest stored backup is a day
 * old (or there is none), then at most once a day while running, and one on quit. Main stores
 * the files and applies retention; this side decides when and supplies the JSON.
 */
import { latestBackupAt, shouldBackUpNow } from '../../../shared/backup/schedule';
import type { SextantPlatform } from '../../../shared/platform';
import { createBackup } from '../../data/backupStore';
import { backupFileText } from './fileActions';
import { nowIso } from '../../data/ids';
import { platform } from '../../platform';

/** How often the running app checks whether a day has passed. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface AutomaticBackupDeps {
  backups: NonNullable<SextantPlatform['backups']>;
  onBeforeQuit: SextantPlatform['onBeforeQuit'];
  /** The current journal as backup JSON. */
  makeJson: () => Promise<string>;
  now: () => string;
  /** Told about a failed backup (the app keeps running; the next check tries again). */
  onError?: (error: unknown) => void;
}

/** The last automatic-backup failure: when and why (null once a later attempt worked). */
export interface BackupFailure {
  at: string;
  message: string;
}
let lastFailure: BackupFailure | null = null;
const listeners = new Set<() => void>();

function setLastFailure(next: BackupFailure | null): void {
  lastFailure = next;
  for (const l of listeners) l();
}

/** For useSyncExternalStore: the last automatic-backup failure, and a subscription to changes. */
export const backupFailureStore = {
  get: (): BackupFailure | null => lastFailure,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Starts the schedule; returns a function that stops it. */
export function startAutomaticBackups(deps: AutomaticBackupDeps): () => void {
  let last: string | null | undefined; // undefined: not known yet (the list has not answered)
  let running: Promise<void> | null = null;

  const write = async (reason: 'daily' | 'quit') => {
    try {
      const info = await deps.backups.write(await deps.makeJson(), reason);
      last = Number.isNaN(Date.parse(info.date)) ? deps.now() : info.date;
      setLastFailure(null);
    } catch (e) {
      setLastFailure({ at: deps.now(), message: e instanceof Error ? e.message : String(e) });
      deps.onError?.(e);
    }
  };

  const check = (): Promise<void> => {
    if (running) return running;
    const run = (async () => {
      if (last === undefined) last = latestBackupAt(await deps.backups.list());
      if (shouldBackUpNow(last, deps.now())) await write('daily');
    })()
      .catch((e: unknown) => deps.onError?.(e))
      // Cleared only after `running` was assigned (a check that needs no await settles later than this line).
      .finally(() => {
        if (running === run) running = null;
      });
    running = run;
    return run;
  };

  void check();
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  const unsubscribe = deps.onBeforeQuit(async () => {
    // Let a daily backup in progress finish first, so the two don't race.
    if (running) await running;
    await write('quit');
  });
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}

/**
 * Starts automatic backups for the app's lifetime when the platform has them (desktop); does
 * nothing in web mode. Called once from main.tsx after the database opened, outside React, so
 * a remount can't start a second schedule.
 */
export function startPlatformAutomaticBackups(): (() => void) | null {
  const backups = platform.backups;
  if (!backups) return null;
  return startAutomaticBackups({
    backups,
    onBeforeQuit: (l) => platform.onBeforeQuit(l),
    // Encrypted like exported backups while encryption is on.
    makeJson: async () => (await backupFileText((await createBackup((await platform.appInfo()).version)).json)).text,
    now: nowIso,
    onError: (e) => console.warn('Automatic backup failed', e),
  });
}
