/**
 * Reading a backup file of any format version this app knows: the envelope is checked first
 * (is it a Sextant backup at all, and not from a newer app), then parsed with the schema of its
 * own version, then upgraded step by step to the current version and parsed once more.
 */
import { InputError, parseOrThrow } from '../errors';
import { backupPlace } from './places';
import { Backup, BACKUP_FORMAT, BackupV1, CURRENT_FORMAT_VERSION } from './format';

/** What a backup is called in messages. */
export const BACKUP_WHAT = 'This backup';
const WHAT = BACKUP_WHAT;
/** The summary of every problem that stops a restore. */
export const CANT_RESTORE = `${WHAT} can't be restored`;

/** Upgrade steps: UPGRADES[n] turns a valid version-n backup into a version n+1 one. */
const UPGRADES: Record<number, { schema: typeof BackupV1; upgrade: (b: BackupV1) => unknown }> = {
  // Version 2 added the skill and path tables; a version 1 backup simply has none of them.
  1: {
    schema: BackupV1,
    upgrade: (b) => ({
      ...b,
      formatVersion: 2,
      counts: { ...b.counts, checkIns: 0, targets: 0, pathAnswers: 0 },
      data: { ...b.data, checkIns: [], targets: [], pathAnswers: [] },
    }),
  },
};

/** Reads the envelope's identity, refusing other files and newer format versions with a clear message. */
export function formatVersionOf(raw: unknown): number {
  const env = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!env || env.format !== BACKUP_FORMAT) {
    throw new InputError(CANT_RESTORE, [
      { where: 'The file', message: `it is not a Sextant backup (a backup says "format": "${BACKUP_FORMAT}" at its start)` },
    ]);
  }
  const v = env.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new InputError(CANT_RESTORE, [{ where: "The backup's header", message: 'the format version should be a whole number from 1' }]);
  }
  if (v > CURRENT_FORMAT_VERSION) {
    throw new InputError(`${WHAT} was made by a newer version of Sextant`, [
      {
        where: "The backup's header",
        message: `it is format ${v}; this app reads formats up to ${CURRENT_FORMAT_VERSION}. Update Sextant, then restore it again`,
      },
    ]);
  }
  return v;
}

/** Validates a parsed backup of any known version and upgrades it to the current format. */
export function migrateBackup(raw: unknown): Backup {
  let version = formatVersionOf(raw);
  let value = raw;
  while (version < CURRENT_FORMAT_VERSION) {
    const step = UPGRADES[version];
    if (!step) throw new InputError(CANT_RESTORE, [{ where: "The backup's header", message: `format ${version} is no longer supported` }]);
    value = step.upgrade(parseOrThrow(step.schema, value, CANT_RESTORE, backupPlace));
    version++;
  }
  return parseOrThrow(Backup, value, CANT_RESTORE, backupPlace);
}
