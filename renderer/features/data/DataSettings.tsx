import { useState } from 'react';
import { readBackup, type ReadProgress } from '../../data/backupFile';
import type { EncryptedBackup } from '../../../shared/crypto/backupEnvelope';
import { readEncryptedBackup } from '../../crypto/backupCipher';
import { isEncrypted } from '../../crypto/session';
import { EncryptedBackupPrompt } from './EncryptedBackupPrompt';
import { MAX_BACKUP_BYTES, type Backup } from '../../../shared/backup/format';
import { useToast } from '../../components/Toast';
import { platform } from '../../platform';
import { AutomaticBackupsList } from './AutomaticBackupsList';
import { DamagedRecords } from './DamagedRecords';
import { DeleteAllData } from './DeleteAllData';
import { ImportPanel } from './ImportPanel';
import { ProblemReport } from './ProblemReport';
import { RestorePreview } from './RestorePreview';
import { exportBackup, exportCalendar, exportMarkdown, openFile, type ExportOutcome } from './fileActions';
import { useTask } from './useTask';
import { ReadingProgress } from './ReadingProgress';
import './data.css';

/** Settings section "Your data": export, restore, import, automatic backups, delete everything. */
export function DataSettings() {
  const toast = useToast();
  const [loaded, setLoaded] = useState<{ backup: Backup; source: string } | null>(null);
  const [locked, setLocked] = useState<{ envelope: EncryptedBackup; source: string } | null>(null);
  const [plainExport, setPlainExport] = useState(false);
  const encrypted = isEncrypted();
  const { busy, error, run } = useTask();
  const [reading, setReading] = useState<ReadProgress | null>(null);

  /** Reads a backup's bytes (or opened text) off the page, showing how far it got. */
  const readWithProgress = async (data: Uint8Array | string): Promise<Backup> => {
    setReading({ phase: 'parse' });
    try {
      return await readBackup(data, setReading);
    } finally {
      setReading(null);
    }
  };

  /** A backup file's bytes: an encrypted one asks for its passphrase first, a plain (or old) one is read at once. */
  const load = async (data: Uint8Array | string, source: string) => {
    setLoaded(null);
    setLocked(null);
    const envelope = readEncryptedBackup(data);
    if (envelope) setLocked({ envelope, source });
    else setLoaded({ backup: await readWithProgress(data), source });
  };

  /** Runs an export and shows what it says (nothing when the person cancelled). */
  const runExport = (exportFile: () => Promise<ExportOutcome | null>) =>
    run(async () => {
      const outcome = await exportFile();
      if (outcome) toast(outcome.text, outcome.tone ? { tone: outcome.tone } : undefined);
    });
  const pickBackup = () =>
    run(async () => {
      setLoaded(null);
      setLocked(null);
      // An encrypted backup is a third larger (base64) than the backup it holds.
      const file = await openFile({ name: 'Sextant backup', extensions: ['json'] }, Math.ceil(MAX_BACKUP_BYTES * 1.4));
      if (file) await load(file.data, file.name);
    });
  const loadAutomatic = (name: string) =>
    run(async () => {
      await load(await platform.backups!.read(name), name);
    });

  return (
    <div className="data-settings">
      <h3>Export</h3>
      <p>Everything you write stays on this computer. Take it with you whenever you like.</p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void runExport(() => exportBackup({ plain: encrypted && plainExport }))}
          disabled={busy}
        >
          Export a backup
        </button>
        <button type="button" onClick={() => void runExport(exportMarkdown)} disabled={busy}>
          Export entries as Markdown
        </button>
        <button type="button" onClick={() => void runExport(exportCalendar)} disabled={busy}>
          Export dates to a calendar
        </button>
      </div>
      {encrypted && (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={plainExport}
              onChange={(e) => setPlainExport(e.target.checked)}
              aria-describedby="plain-backup-warning"
            />{' '}
            Export the backup without encryption
          </label>
          {plainExport && (
            <p className="error" id="plain-backup-warning">
              Anyone who gets this file can read your whole journal.
            </p>
          )}
        </>
      )}
      <p className="muted data-hint">
        A backup is one JSON file with every record, which Sextant can restore
        {encrypted ? '; with a passphrase on, it is encrypted and opens with your passphrase or recovery key' : ''}. Markdown gives one
        readable file per entry, in a zip. The calendar file (.ics) holds open follow-ups, goal target dates and stay-in-touch dates
        (repeating) for any calendar app.
      </p>
      <p className="data-hint" role="note">
        <strong>Markdown, calendar and plan PDF files are never encrypted:</strong> they are meant for other apps and people, so anyone who
        gets them can read them.
      </p>

      <h3>Restore a backup</h3>
      <p>You will see what the backup holds and what would change before anything is written.</p>
      <button type="button" onClick={() => void pickBackup()} disabled={busy}>
        Restore from a backup file…
      </button>
      {reading && <ReadingProgress progress={reading} />}
      {error !== null && <ProblemReport error={error} />}
      {locked && (
        <EncryptedBackupPrompt
          envelope={locked.envelope}
          source={locked.source}
          read={readWithProgress}
          onOpened={(backup) => {
            setLocked(null);
            setLoaded({ backup, source: locked.source });
          }}
          onCancel={() => setLocked(null)}
        />
      )}
      {loaded && (
        <RestorePreview
          key={loaded.source + loaded.backup.exportedAt}
          backup={loaded.backup}
          source={loaded.source}
          onClose={() => setLoaded(null)}
        />
      )}

      <h3>Import</h3>
      <ImportPanel />

      <h3>Automatic backups</h3>
      <AutomaticBackupsList onRestore={(name) => void loadAutomatic(name)} />

      <h3 id="damaged-records">Damaged records</h3>
      <DamagedRecords />

      <h3>Delete all data</h3>
      <DeleteAllData />
    </div>
  );
}
