import { useId, useState } from 'react';
import { Modal } from '../../components/Modal';
import { useToast } from '../../components/Toast';
import { deleteAllData } from '../../data/backupStore';
import { saveBackupFile } from './fileActions';

const CONFIRM_WORD = 'DELETE';

/** Deletes the whole journal, after offering a backup and asking for a typed confirmation. */
export function DeleteAllData() {
  const toast = useToast();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [backedUp, setBackedUp] = useState(false);
  const [skipBackup, setSkipBackup] = useState(false);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setOpen(false);
    setTyped('');
    setSkipBackup(false);
    setBackedUp(false);
  };
  const backUp = async () => {
    const r = await saveBackupFile().catch(() => ({ saved: false }));
    setBackedUp(r.saved);
    if (!r.saved) toast('The backup was not saved.', { tone: 'error' });
  };
  const remove = async () => {
    setBusy(true);
    try {
      await deleteAllData();
      close();
      toast('All data was deleted.');
    } catch (e) {
      toast(`Nothing was deleted: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const ready = typed.trim() === CONFIRM_WORD && (backedUp || skipBackup);

  return (
    <div>
      <p>Removes every entry, person, check-in, target, answer and setting from this app on this computer.</p>
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
            <button type="button" className="danger" disabled={!ready || busy} onClick={() => void remove()}>
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
        <div className="field">
          <label htmlFor={inputId}>Type {CONFIRM_WORD} to confirm</label>
          <input id={inputId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        </div>
      </Modal>
    </div>
  );
}
