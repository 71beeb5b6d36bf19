import Dexie from 'dexie';
import { db, SCHEMA_VERSION } from './db';

export type OpenFailure =
  | { reason: 'newer-version'; detail: string }
  | { reason: 'unavailable'; detail: string }
  | { reason: 'upgrade-failed'; detail: string }
  | { reason: 'blocked'; detail: string };

/**
 * Opens the database and classifies a failure so the UI can say what happened and what to do.
 * It never deletes anything: on failure the stored data stays as it was.
 */
export async function openDatabase(): Promise<{ ok: true } | { ok: false; failure: OpenFailure }> {
  if (typeof indexedDB === 'undefined') {
    return { ok: false, failure: { reason: 'unavailable', detail: 'This browser does not provide IndexedDB.' } };
  }
  try {
    await db().open();
    // Dexie 4 opens a database that a newer release upgraded; reading or writing it with an older
    // schema could lose data, so stop here and say so.
    // Dexie stores version n as native version n*10 (and may add small steps of its own).
    const found = db().backendDB().version / 10;
    if (found >= SCHEMA_VERSION + 1) {
      db().close();
      return {
        ok: false,
        failure: { reason: 'newer-version', detail: `Stored schema version ${found}, this app knows up to ${SCHEMA_VERSION}.` },
      };
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, failure: classifyOpenError(e) };
  }
}

/** Maps a Dexie open error to one of the failures the app explains. */
export function classifyOpenError(e: unknown): OpenFailure {
  const err = e as { name?: string; message?: string; inner?: { name?: string; message?: string } };
  const names = [err?.name, err?.inner?.name];
  const detail = String(err?.inner?.message ?? err?.message ?? e);
  if (names.includes(Dexie.errnames.Version) || names.includes('VersionError')) return { reason: 'newer-version', detail };
  if (names.includes(Dexie.errnames.Upgrade) || names.includes('UpgradeError')) return { reason: 'upgrade-failed', detail };
  if (names.includes('BlockedError')) return { reason: 'blocked', detail };
  if (names.includes(Dexie.errnames.MissingAPI) || names.includes(Dexie.errnames.InvalidState) || names.includes('InvalidStateError'))
    return { reason: 'unavailable', detail };
  return { reason: 'upgrade-failed', detail };
}
