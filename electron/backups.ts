import path from 'node:path';
import type { BackupInfo } from '../shared/ipc';

/** Why a backup was written (the renderer decides when; main only stores them). */
export type BackupReason = 'daily' | 'quit' | 'before-restore';

const DAY_MS = 86_400_000;
const BACKUP_NAME = /^sextant-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(daily|quit|before-restore)\.json$/;
const DAILY_KEPT = 7;
const WEEKLY_KEPT = 4;
const BEFORE_RESTORE_KEPT_DAYS = 30;
/** At most this many before-restore copies, however recent (each is a full copy of the journal). */
export const BEFORE_RESTORE_KEPT_COUNT = 5;
/** A temp file of an unfinished write: `.<backup name>.<random>.tmp`. */
const TEMP_NAME = /^\.sextant-backup-.*\.tmp$/;

/** The file name for a backup written at `date`: sextant-backup-YYYY-MM-DDTHH-MM-SSZ-<reason>.json (UTC). */
export function backupFileName(date: Date, reason: BackupReason): string {
  const stamp = date.toISOString().slice(0, 19).replace(/:/g, '-');
  return `sextant-backup-${stamp}Z-${reason}.json`;
}

/** Reads the instant and reason back out of a backup file name; null for any other file. */
export function parseBackupFileName(name: string): { date: Date; reason: BackupReason } | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, reason] = m;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  if (Number.isNaN(date.getTime())) return null;
  return { date, reason: reason as BackupReason };
}

/** The UTC day of an instant, as YYYY-MM-DD. */
function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO 8601 week of an instant (UTC), as e.g. "2026-W09"; weeks start on Monday. */
export function isoWeekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the ISO year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The newest file of each of the first `count` groups, groups taken newest first. */
function newestOfNewestGroups<T extends { date: Date }>(
  newestFirst: readonly T[],
  keyOf: (f: T) => string,
  count: number,
): { kept: T[]; groups: Set<string> } {
  const groups = new Set<string>();
  const kept: T[] = [];
  for (const f of newestFirst) {
    const key = keyOf(f);
    if (groups.has(key)) continue;
    if (groups.size === count) break;
    groups.add(key);
    kept.push(f);
  }
  return { kept, groups };
}

/**
 * Rolling retention: the newest backup of each of the 7 most recent days that have backups
 * (UTC days), the newest of each of the 4 most recent ISO weeks before those days, and the 5
 * newest 'before-restore' backups of the last 30 days. A backup dated after `now` (written while
 * the clock was wrong) counts as written now, the newest of today, and gives way to a backup
 * really written now, so it can't hold a day's place forever. Returns the names to keep.
 */
export function selectBackupsToKeep(files: readonly { name: string; date: Date }[], now: Date): Set<string> {
  const dated = files.map((f) => ({
    ...f,
    future: f.date.getTime() > now.getTime(),
    date: f.date.getTime() > now.getTime() ? now : f.date,
  }));
  const newestFirst = dated.sort(
    (a, b) => b.date.getTime() - a.date.getTime() || Number(a.future) - Number(b.future) || (a.name < b.name ? 1 : -1),
  );
  const daily = newestOfNewestGroups(newestFirst, (f) => utcDay(f.date), DAILY_KEPT);
  const older = newestFirst.filter((f) => !daily.groups.has(utcDay(f.date)));
  const weekly = newestOfNewestGroups(older, (f) => isoWeekKey(f.date), WEEKLY_KEPT);
  const keep = new Set([...daily.kept, ...weekly.kept].map((f) => f.name));
  const recentBeforeRestore = newestFirst.filter(
    (f) =>
      parseBackupFileName(f.name)?.reason === 'before-restore' && now.getTime() - f.date.getTime() <= BEFORE_RESTORE_KEPT_DAYS * DAY_MS,
  );
  for (const f of recentBeforeRestore.slice(0, BEFORE_RESTORE_KEPT_COUNT)) keep.add(f.name);
  return keep;
}

/** A file-system error as a sentence a person can act on (the code decides; the path is left out). */
export function describeBackupFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full. Free some space; your journal itself is unchanged.';
    case 'EACCES':
    case 'EPERM':
      return "Sextant isn't allowed to write to its backups folder. Check the folder's permissions; your journal itself is unchanged.";
    case 'EROFS':
      return 'the backups folder is on a read-only disk; your journal itself is unchanged.';
    case 'EBUSY':
      return 'another program is holding a file in the backups folder. Close it and try again; your journal itself is unchanged.';
    default:
      return `${error instanceof Error ? error.message : String(error)} (your journal itself is unchanged)`;
  }
}

/** The file operations the backup store needs (node:fs/promises fits). */
export interface BackupFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number }>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
  writeFile(file: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** The automatic-backup folder: atomic writes, a listing of real backups only, reads by listed name. */
export interface BackupStore {
  /** Removes temp files that an interrupted or failed write left behind (run once at start). */
  removeStaleTemps(): Promise<void>;
  write(json: string, reason: BackupReason): Promise<BackupInfo>;
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<string>;
  /** Deletes every backup and temp file in the folder (Delete all data); returns how many backups were removed. */
  deleteAll(): Promise<{ removed: number }>;
}

/** A backup store over `dir` (<userData>/backups) with the file system and clock injected. */
export function createBackupStore(
  dir: string,
  fs: BackupFs,
  now: () => Date,
  randomSuffix: () => string = () => Math.random().toString(36).slice(2),
  log: (message: string, error: unknown) => void = (message, error) => console.warn(message, error),
): BackupStore {
  /** Deletes a file, logging instead of failing when it can't (a file locked by another program on Windows). */
  async function removeQuietly(file: string): Promise<void> {
    try {
      await fs.unlink(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log(`Could not delete ${path.basename(file)}; leaving it for now`, e);
    }
  }

  async function list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const infos: BackupInfo[] = [];
    for (const name of names) {
      const parsed = parseBackupFileName(name);
      if (!parsed) continue;
      const { size } = await fs.stat(path.join(dir, name));
      infos.push({ name, date: parsed.date.toISOString(), bytes: size });
    }
    return infos.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.name < b.name ? 1 : -1));
  }

  async function applyRetention(): Promise<void> {
    const all = await list();
    const keep = selectBackupsToKeep(
      all.map((b) => ({ name: b.name, date: new Date(b.date) })),
      now(),
    );
    for (const b of all) if (!keep.has(b.name)) await removeQuietly(path.join(dir, b.name));
  }

  return {
    async removeStaleTemps() {
      let names: string[];
      try {
        names = await fs.readdir(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw e;
      }
      for (const name of names) if (TEMP_NAME.test(name)) await removeQuietly(path.join(dir, name));
    },
    async write(json, reason) {
      const name = backupFileName(now(), reason);
      const target = path.join(dir, name);
      // Written beside the target and renamed, so a crash never leaves a half-written backup.
      const temp = path.join(dir, `.${name}.${randomSuffix()}.tmp`);
      let size: number;
      try {
        await fs.mkdir(dir, { recursive: true });
        await fs.writeFile(temp, json, 'utf8');
        await fs.rename(temp, target);
        size = (await fs.stat(target)).size;
      } catch (e) {
        // A failed write (a full disk) must not leave its partial temp file behind.
        await removeQuietly(temp);
        throw new Error(`The automatic backup could not be written: ${describeBackupFailure(e)}`, { cause: e });
      }
      // The backup is safely written; a retention problem is logged, never reported as a failed backup.
      try {
        await applyRetention();
      } catch (e) {
        log('Backup retention failed; older backups are kept for now', e);
      }
      return { name, date: parseBackupFileName(name)!.date.toISOString(), bytes: size };
    },
    list,
    async deleteAll() {
      const names = await fs.readdir(dir).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return [] as string[];
        throw e;
      });
      let removed = 0;
      // Unlike retention, a file that can't be deleted here is an error the person must hear about.
      for (const name of names) {
        if (TEMP_NAME.test(name)) await fs.unlink(path.join(dir, name));
        else if (parseBackupFileName(name)) {
          await fs.unlink(path.join(dir, name));
          removed++;
        }
      }
      return { removed };
    },
    async read(name) {
      const listed = await list();
      if (!listed.some((b) => b.name === name)) throw new Error(`No backup named "${name}" in the backups folder`);
      return fs.readFile(path.join(dir, name), 'utf8');
    },
  };
}
