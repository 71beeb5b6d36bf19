/** The file round trips of the "Your data" section: building each export, and opening a file with a size limit. */
import { buildCalendar, calendarEvents } from '../../../shared/export/ics';
import type { OpenFileRequest } from '../../../shared/ipc';
import { createBackup, snapshot, type DamagedRecord } from '../../data/backupStore';
import { nowIso, today } from '../../data/clock';
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
  // The zip library is loaded when an export is asked for: Settings evaluates this module at its start.
  const [{ data }, { entriesToMarkdownFiles, zipMarkdownFiles }] = await Promise.all([
    snapshot(),
    import('../../../shared/export/markdown'),
  ]);
  const zip = zipMarkdownFiles(entriesToMarkdownFiles(data.entries, data.people));
  const r = await platform.saveFile({
    suggestedName: `sextant-journal-${today()}.zip`,
    filter: { name: 'Zip archive', extensions: ['zip'] },
    data: new Uint8Array(zip),
  });
  return r.saved ? data.entries.length : null;
}

/** Saves follow-ups, goal target dates and stay-in-touch cadences (recurring) as an .ics file; returns how many events went in (null when cancelled). */
export async function saveCalendar(): Promise<number | null> {
  const { data } = await snapshot();
  const events = calendarEvents(data.entries, data.people, today());
  const r = await platform.saveFile({
    suggestedName: `sextant-dates-${today()}.ics`,
    filter: { name: 'Calendar', extensions: ['ics'] },
    data: buildCalendar(events, nowIso()),
  });
  return r.saved ? events.length : null;
}

/** What an export tells the person afterwards (null from an export means it was cancelled). */
export interface ExportOutcome {
  text: string;
  tone?: 'error';
}

/**
 * Exports a backup and says how it went (damaged records left out are named). Encrypted while
 * encryption is on, unless `plain` (the person's explicit choice in Settings).
 */
export async function exportBackup(options: { plain?: boolean } = {}): Promise<ExportOutcome | null> {
  const { saved, damaged, encrypted } = await saveBackupFile(options);
  if (!saved) return null;
  if (!damaged.length)
    return { text: encrypted ? 'Encrypted backup saved. It opens with your current passphrase or your recovery key.' : 'Backup saved.' };
  const named = damaged
    .slice(0, 3)
    .map((d) => `${d.table} ${d.key}`)
    .join(', ');
  const count = `${damaged.length} damaged ${damaged.length === 1 ? 'record was' : 'records were'}`;
  return { text: `Backup saved. ${count} left out (${named}); they are listed in Settings, Your data, Damaged records.`, tone: 'error' };
}

/** Exports the entries as Markdown and says how many went in. */
export async function exportMarkdown(): Promise<ExportOutcome | null> {
  const n = await saveMarkdownZip();
  return n === null ? null : { text: `${n} ${n === 1 ? 'entry' : 'entries'} saved as Markdown.` };
}

/** Exports the calendar file and says how many dates went in. */
export async function exportCalendar(): Promise<ExportOutcome | null> {
  const n = await saveCalendar();
  if (n === null) return null;
  return {
    text: n
      ? `${n} ${n === 1 ? 'date' : 'dates'} saved as a calendar file.`
      : 'Saved an empty calendar: there are no open follow-ups or goal dates yet.',
  };
}

/** Opens a file through the platform; null when the person cancelled. */
export async function openFile(filter: OpenFileRequest['filter'], maxBytes: number): Promise<{ name: string; data: Uint8Array } | null> {
  const r = await platform.openFile({ filter, maxBytes });
  return r.opened ? { name: r.name, data: r.data } : null;
}
