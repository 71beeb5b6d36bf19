import { useState, type FormEvent } from 'react';
import type { EncryptedBackup } from '../../../shared/crypto/backupEnvelope';
import type { Backup } from '../../../shared/backup/format';
import { openBackup } from '../../crypto/backupCipher';

/** Asks for the passphrase (current when the backup was made) or the recovery key, then hands over the opened backup. Nothing is written here. */
export function EncryptedBackupPrompt({
  envelope,
  source,
  read,
  onOpened,
  onCancel,
}: {
  envelope: EncryptedBackup;
  source: string;
  /** Reads and checks the opened backup (with progress shown by the caller). */
  read: (json: string) => Promise<Backup>;
  onOpened: (backup: Backup) => void;
  onCancel: () => void;
}) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!secret) return setError('Type the passphrase or the recovery key.');
    setBusy(true);
    setError(null);
    try {
      onOpened(await read(await openBackup(envelope, secret)));
    } catch (err) {
      setError(`${err instanceof Error ? err.message : String(err)} Nothing was changed.`);
      setBusy(false);
    }
  };
  return (
    <form className="card restore-preview" onSubmit={(e) => void submit(e)} aria-labelledby="encrypted-backup-title">
      <h4 id="encrypted-backup-title">{source} is encrypted</h4>
      <p>
        Made on {new Date(envelope.exportedAt).toLocaleString()}. Enter the passphrase you used then, or your recovery key, to see what it
        holds. Nothing is written until you choose to restore.
      </p>
      <div className="field">
        <label htmlFor="backup-secret">Passphrase or recovery key</label>
        <input
          id="backup-secret"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'backup-secret-error' : undefined}
        />
      </div>
      {error && (
        <p className="error" id="backup-secret-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open the backup'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
