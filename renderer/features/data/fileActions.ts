/** The file round trips of the "Your data" section: building each export, and opening a file with a size limit. */
import { localDate } from '../../../shared/dates';
import { entriesToMarkdownFiles, zipMarkdownFiles } from '../../../shared/export/markdown';
import { buildCalendar, calendarEvents } from '../../../shared/export/ics';
import type { OpenFileRequest } from '../../../shared/ipc';
import { createBackup, snapshot, type DamagedRecord } from '../../data/backupStore';
import { nowIso } from '../../data/ids';
import { platform } from '../../platform';
import { sealBackup } from '../../crypto/backupCipher';
import { unlockedKey } from '../../data/encryption/journalEncryption';
import { readKeyring } from '../../data/encryption/vault';

/**
 * The backup as written to a file: sealed with the journal's key while encryption is on (unless
 * the person explicitly chose a plain file), plain otherwise.
 */
export async function backupFileText(json: string, options: { plain?: boolean } = {}): Promise<{ text: string; encrypted: boolean }> {
  const key = unlockedKey();
  const keyring = key && !options.plain ? await readKeyring() : null;
  if (!key || !keyring) return { text: json, encrypted: false };
  return { text: sealBackup(json, key, keyring, nowIso()), encrypted: true };
}

/** Today's date for file names (the person's day). */
const today = () => localDate(new Date(nowIso()));

/** Saves a full backup (desktop: save dialog; web: download). Returns whether it was saved (and encrypted) and any records left out. */
export async function saveBackupFile(
  options: { plain?: boolean } = {},
): Promise<{ saved: boolean; encrypted: boolean; damaged: DamagedRecord[] }> {
  const { json, damaged } = await createBackup((await platform.appInfo()).version);
  const { text, encrypted } = await backupFileText(json, options);
  const r = await platform.saveFile({
    suggestedName: `sextant-backup-${today()}${encrypted ? '-encrypted' : ''}.json`,
    filter: { name: 'Sextant backup', extensions: ['json'] },
    data: text,
  });
  return { saved: r.saved, encrypted, damaged };
}

/** Saves every entry as Markdown in a zip; returns how many entries went in (null when cancelled). */
export async function saveMarkdownZip(): Promise<number | null> {
  const { data } = await snapshot();
  const zip = zipMarkdownFiles(entriesToMarkdownFiles(data.entries, data.people));
  const r = await platform.saveFile({
    suggestedName: `sextant-journal-${today()}.zip`,
    filter: { name: 'Zip archive', extensions: ['zip'] },
    data: new Uint8Array(zip),
  });
  return r.saved ? data.entries.length : null;
}

/** Saves follow-ups and goal target dates as an .ics file; returns how many events went in (null when cancelled). */
export async function saveCalendar(): Promise<number | null> {
  const { data } = await snapshot();
  const events = calendarEvents(data.entries, data.people);
  const r = await platform.saveFile({
    suggestedName: `sextant-dates-${today()}.ics`,
    filter: { name: 'Calendar', extensions: ['ics'] },
    data: buildCalendar(events, nowIso()),
  });
  return r.saved ? events.length : null;
}

/** Opens a file through the platform; null when the person cancelled. */
export async function openFile(filter: OpenFileRequest['filter'], maxBytes: number): Promise<{ name: string; data: Uint8Array } | null> {
  const r = await platform.openFile({ filter, maxBytes });
  return r.opened ? { name: r.name, data: r.data } : null;
}
