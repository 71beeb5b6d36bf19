/** When the desktop app writes its automatic daily backup (pure: the clock is passed in). */

const DAY_MS = 86_400_000;

/**
 * True when no backup was written yet, the last one is at least a day old, or the last one lies
 * in the future (the clock was turned back: better one backup too many than none for days).
 */
export function shouldBackUpNow(lastBackupAt: string | null, now: string): boolean {
  if (lastBackupAt === null) return true;
  const last = Date.parse(lastBackupAt);
  const current = Date.parse(now);
  if (Number.isNaN(last)) return true;
  return current - last >= DAY_MS || current < last;
}

/** The newest date among listed backups (ISO strings), or null when there are none. */
export function latestBackupAt(backups: readonly { date: string }[]): string | null {
  let latest: string | null = null;
  let latestMs = -Infinity;
  for (const b of backups) {
    const ms = Date.parse(b.date);
    if (!Number.isNaN(ms) && ms > latestMs) {
      latest = b.date;
      latestMs = ms;
    }
  }
  return latest;
}
