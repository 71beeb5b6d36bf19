import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { BackupInfo } from '../../../shared/ipc';
import { formatBytes } from '../../../shared/safeJson';
import { platform } from '../../platform';
import { latestBackupAt } from '../../../shared/backup/schedule';
import { backupFailureStore } from './automaticBackups';

const REASONS: Record<string, string> = { daily: 'Daily', quit: 'On quit', 'before-restore': 'Before a restore' };

/** Why a backup was written, read from its file name (main names them …-<reason>.json). */
function reasonOf(name: string): string {
  const m = /-(daily|quit|before-restore)\.json$/.exec(name);
  return m ? REASONS[m[1]!]! : 'Backup';
}

/** The desktop app's automatic backups, newest first, each restorable; in web mode, an explanation. */
export function AutomaticBackupsList({ onRestore }: { onRestore: (name: string) => void }) {
  const backups = platform.backups;
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const failure = useSyncExternalStore(
    (onChange) => backupFailureStore.subscribe(onChange),
    () => backupFailureStore.get(),
  );
  const refresh = useCallback(() => {
    if (!backups) return;
    backups.list().then(
      (l) => {
        setError(null);
        setList(l.slice().sort((a, b) => (a.date < b.date ? 1 : -1)));
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [backups]);
  // Read again after a failed attempt (or a later good one).
  useEffect(refresh, [refresh, failure]);

  if (!backups) {
    return (
      <p>
        Automatic backups are a feature of the desktop app: it saves a copy of your journal once a day and when you quit, keeping the last 7
        daily and 4 weekly copies. In the web app, use <strong>Export a backup</strong> above now and then.
      </p>
    );
  }
  return (
    <div>
      <p>A copy of your journal is saved once a day and when you quit; the last 7 daily and 4 weekly copies are kept.</p>
      {failure && (
        <p role="alert" className="data-error-text">
          The automatic backup of {new Date(failure.at).toLocaleString()} failed. {failure.message}
        </p>
      )}
      {error && (
        <p role="alert" className="data-error-text">
          The backup folder could not be read: {error}
        </p>
      )}
      {list !== null && <LastGoodBackup date={latestBackupAt(list)} />}
      {list === null ? (
        <p>Loading…</p>
      ) : list.length === 0 ? (
        <p className="muted">No automatic backups yet.</p>
      ) : (
        <table className="data-table">
          <caption>Automatic backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.name}>
                <td>{Number.isNaN(Date.parse(b.date)) ? b.date : new Date(b.date).toLocaleString()}</td>
                <td>{reasonOf(b.name)}</td>
                <td>{formatBytes(b.bytes)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => onRestore(b.name)}
                    aria-label={`Restore the backup saved ${new Date(b.date).toLocaleString()}`}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="link-button" onClick={refresh}>
        Refresh the list
      </button>
    </div>
  );
}

/** The newest backup on disk, always shown, so a run of failures can't hide how old the last good copy is. */
function LastGoodBackup({ date }: { date: string | null }) {
  return (
    <p className="settings-status">
      {date ? (
        <>
          Last good backup: <time dateTime={date}>{new Date(date).toLocaleString()}</time>
        </>
      ) : (
        'No automatic backup has been saved yet.'
      )}
    </p>
  );
}
