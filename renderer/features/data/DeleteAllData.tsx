import { useId, useState } from 'react';
import { TABLE_LABELS, TABLE_NAMES, type TableName } from '../../../shared/backup/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { useToast } from '../../components/Toast';
import { deleteAllData } from '../../data/backupStore';
import { platform } from '../../platform';
import { saveBackupFile } from './fileActions';

const CONFIRM_WORD = 'DELETE';

/** What was removed, for the report: each table with records, then the backups. */
interface Removed {
  counts: Record<TableName, number>;
  filesErased: boolean;
  backups: number | null;
  backupError: string | null;
}

/** "12 journal entries" style lines for the tables that held anything. */
function removedLines(r: Removed): string[] {
  const lines = TABLE_NAMES.filter((t) => r.counts[t] > 0).map((t) => `${TABLE_LABELS[t]}: ${r.counts[t]}`);
  if (r.backups !== null) lines.push(`Automatic backups: ${r.backups} file${r.backups === 1 ? '' : 's'}`);
  return lines;
}

/**
 * Deletes the whole journal database (its files go with it), after offering a backup and asking
 * for a typed confirmation; the desktop app's automatic backups too, after a second confirmation.
 * Then says what was removed.
 */
export function DeleteAllData() {
  const toast = useToast();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [backedUp, setBackedUp] = useState(false);
  const [skipBackup, setSkipBackup] = useState(false);
  const [withBackups, setWithBackups] = useState(false);
  const [askBackups, setAskBackups] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const backups = platform.backups;

  const close = () => {
    setOpen(false);
    setTyped('');
    setSkipBackup(false);
    setBackedUp(false);
    setWithBackups(false);
  };
  const backUp = async () => {
    const r = await saveBackupFile().catch(() => ({ saved: false }));
    setBackedUp(r.saved);
    if (!r.saved) toast('The backup was not saved.', { tone: 'error' });
  };
  const remove = async (alsoBackups: boolean) => {
    setAskBackups(false);
    setBusy(true);
    try {
      const { counts, filesErased } = await deleteAllData(() => platform.eraseStoredFiles());
      let backupCount: number | null = null;
      let backupError: string | null = null;
      if (alsoBackups && backups) {
        try {
          backupCount = (await backups.deleteAll()).removed;
        } catch (e) {
          backupError = e instanceof Error ? e.message : String(e);
        }
      }
      close();
      setRemoved({ counts, filesErased, backups: backupCount, backupError });
    } catch (e) {
      toast(`Nothing was deleted: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const ready = typed.trim() === CONFIRM_WORD && (backedUp || skipBackup);

  return (
    <div>
      <p>Removes every entry, person, check-in, target, answer, setting and unsaved draft from this app on this computer.</p>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        Delete all data…
      </button>
      <Modal
        open={open}
        onClose={close}
        title="Delete all data?"
        actions={
          <>
            <button type="button" autoFocus onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="danger"
              disabled={!ready || busy}
              onClick={() => (withBackups ? setAskBackups(true) : void remove(false))}
            >
              Delete everything
            </button>
          </>
        }
      >
        <p>This cannot be undone. Save a backup first, so you can bring the journal back later.</p>
        <p className="row">
          <button type="button" className="primary" onClick={() => void backUp()}>
            Save a backup first
          </button>
          {backedUp && <span className="settings-status">Backup saved.</span>}
        </p>
        {!backedUp && (
          <p>
            <label>
              <input type="checkbox" checked={skipBackup} onChange={(e) => setSkipBackup(e.target.checked)} /> Delete without a backup
            </label>
          </p>
        )}
        {backups && (
          <p>
            <label>
              <input type="checkbox" checked={withBackups} onChange={(e) => setWithBackups(e.target.checked)} /> Also delete the automatic
              backups on this computer
            </label>
          </p>
        )}
        <div className="field">
          <label htmlFor={inputId}>Type {CONFIRM_WORD} to confirm</label>
          <input id={inputId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        </div>
      </Modal>
      <ConfirmDialog
        open={askBackups}
        title="Delete the automatic backups too?"
        message="They are the last copies of your journal on this computer. Without them (and without a backup file you saved), nothing can bring it back."
        confirmLabel="Delete the journal and its backups"
        cancelLabel="Go back"
        onConfirm={() => void remove(true)}
        onCancel={() => setAskBackups(false)}
      />
      <Modal
        open={removed !== null}
        onClose={() => window.location.reload()}
        title="All data was deleted"
        actions={
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Start afresh
          </button>
        }
      >
        {removed && (
          <>
            <p>
              {removed.filesErased
                ? "The journal's database was deleted from this computer, with its files. Removed:"
                : "The journal's database was deleted. Removed:"}
            </p>
            <ul className="delete-report">
              {removedLines(removed).map((l) => (
                <li key={l}>{l}</li>
              ))}
              {removedLines(removed).length === 0 && <li>Nothing: the journal was already empty.</li>}
            </ul>
            {!removed.filesErased && (
              <p>
                The browser may keep traces of the deleted text in its storage files until it tidies them. To remove those too, clear this
                site's data in the browser's settings.
              </p>
            )}
            {removed.backupError && (
              <p className="data-error-text">The automatic backups could not all be deleted: {removed.backupError}</p>
            )}
            {removed.backups === null && backups && <p>The automatic backups were kept.</p>}
          </>
        )}
      </Modal>
    </div>
  );
}
