import { useEffect, useState, type FormEvent } from 'react';
import { InputError } from '../../../shared/errors';
import { WrongSecretError } from '../../crypto/keys';
import { fromBase64 } from '../../crypto/bytes';
import { unlockJournal, unlockWithDataKey } from '../../data/encryption/journalEncryption';
import { readPrivacyPrefs } from '../../data/encryption/vault';
import { platform } from '../../platform';
import './privacy.css';

/** What a failed unlock says (never the secret itself). */
function unlockMessage(e: unknown): string {
  if (e instanceof WrongSecretError || e instanceof InputError) return e.message;
  return `The journal could not be unlocked: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * The screen an encrypted journal opens on. Nothing of the journal is read until the key is
 * unwrapped; the app itself is mounted only afterwards.
 */
export function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [how, setHow] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deviceKey, setDeviceKey] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Sextant (locked)';
    if (!platform.keyStore) return;
    void readPrivacyPrefs().then((p) => setDeviceKey(p.deviceWrappedKey ?? null));
  }, []);

  const unlock = async (e: FormEvent) => {
    e.preventDefault();
    if (!secret) return setError(how === 'passphrase' ? 'Type your passphrase.' : 'Type your recovery key.');
    setBusy(true);
    setError(null);
    try {
      await unlockJournal(secret, how);
      setSecret('');
      onUnlocked();
    } catch (err) {
      setError(unlockMessage(err));
      setBusy(false);
    }
  };

  const unlockWithComputer = async () => {
    setBusy(true);
    setError(null);
    try {
      unlockWithDataKey(await platform.keyStore!.unprotect(fromBase64(deviceKey!)));
      onUnlocked();
    } catch (err) {
      setError(
        `This computer's account could not unlock the journal (${err instanceof Error ? err.message : String(err)}). Use your passphrase.`,
      );
      setBusy(false);
    }
  };

  const label = how === 'passphrase' ? 'Passphrase' : 'Recovery key';
  return (
    <main className="lock-screen" id="main">
      <form className="card lock-card" onSubmit={(e) => void unlock(e)} aria-describedby="lock-intro">
        <h1>Sextant is locked</h1>
        <p id="lock-intro">
          Your journal is encrypted on this computer. Enter your {how === 'passphrase' ? 'passphrase' : 'recovery key'} to open it.
        </p>
        <div className="field">
          <label htmlFor="unlock-secret">{label}</label>
          <input
            id="unlock-secret"
            type={how === 'passphrase' ? 'password' : 'text'}
            autoComplete={how === 'passphrase' ? 'current-password' : 'off'}
            spellCheck={false}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'unlock-error' : undefined}
            autoFocus
          />
        </div>
        {error && (
          <p className="error" id="unlock-error" role="alert">
            {error}
          </p>
        )}
        {busy && (
          <p className="muted" role="status">
            Unlocking…
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            Unlock
          </button>
          {deviceKey && (
            <button type="button" onClick={() => void unlockWithComputer()} disabled={busy}>
              Unlock with this computer's account
            </button>
          )}
        </div>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setHow(how === 'passphrase' ? 'recovery' : 'passphrase');
            setSecret('');
            setError(null);
          }}
        >
          {how === 'passphrase' ? 'Forgot the passphrase? Use the recovery key' : 'Use the passphrase instead'}
        </button>
      </form>
    </main>
  );
}
