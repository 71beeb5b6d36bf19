import { useState } from 'react';
import { readBackupFile } from '../../../shared/backup/migrate';
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
import './data.css';

/** Settings section "Your data": export, restore, import, automatic backups, delete everything. */
export function DataSettings() {
  const toast = useToast();
  const [loaded, setLoaded] = useState<{ backup: Backup; source: string } | null>(null);
  const { busy, error, run } = useTask();

  /** Runs an export and shows what it says (nothing when the person cancelled). */
  const runExport = (exportFile: () => Promise<ExportOutcome | null>) =>
    run(async () => {
      const outcome = await exportFile();
      if (outcome) toast(outcome.text, outcome.tone ? { tone: outcome.tone } : undefined);
    });
  const pickBackup = () =>
    run(async () => {
      setLoaded(null);
      const file = await openFile({ name: 'Sextant backup', extensions: ['json'] }, MAX_BACKUP_BYTES);
      if (file) setLoaded({ backup: readBackupFile(file.data), source: file.name });
    });
  const loadAutomatic = (name: string) =>
    run(async () => {
      setLoaded(null);
      const text = await platform.backups!.read(name);
      setLoaded({ backup: readBackupFile(text), source: name });
    });

  return (
    <div className="data-settings">
      <h3>Export</h3>
      <p>Everything you write stays on this computer. Take it with you whenever you like.</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void runExport(exportBackup)} disabled={busy}>
          Export a backup
        </button>
        <button type="button" onClick={() => void runExport(exportMarkdown)} disabled={busy}>
          Export entries as Markdown
        </button>
        <button type="button" onClick={() => void runExport(exportCalendar)} disabled={busy}>
          Export dates to a calendar
        </button>
      </div>
      <p className="muted data-hint">
        A backup is one JSON file with every record, which Sextant can restore. Markdown gives one readable file per entry, in a zip. The
        calendar file (.ics) holds open follow-ups, goal target dates and stay-in-touch dates (repeating) for any calendar app.
      </p>

      <h3>Restore a backup</h3>
      <p>You will see what the backup holds and what would change before anything is written.</p>
      <button type="button" onClick={() => void pickBackup()} disabled={busy}>
        Restore from a backup file…
      </button>
      {error !== null && <ProblemReport error={error} />}
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
