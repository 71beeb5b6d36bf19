import { useState, type FormEvent } from 'react';
import type { Keyring } from '../../../shared/crypto/keyring';
import { prepareEncryption, turnEncryptionOn } from '../../data/encryption/journalEncryption';
import { PassphraseFields, passphraseProblems } from './PassphraseFields';
import { RecoveryKeyCard } from './RecoveryKeyCard';
import { Progress } from './Progress';

type Step =
  | { name: 'passphrase' }
  | { name: 'recovery'; prepared: { keyring: Keyring; dataKey: Uint8Array; recoveryKey: string } }
  | { name: 'encrypting'; done: number; total: number };

/** Turning encryption on: passphrase (with the warning), then the recovery key shown once, then the encryption with progress. */
export function TurnOnEncryption({ onDone }: { onDone: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'passphrase' });
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string; understood?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toRecovery = async (e: FormEvent) => {
    e.preventDefault();
    const problems = { ...passphraseProblems(passphrase, confirm), ...(understood ? {} : { understood: 'Tick this box to go on' }) };
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      setStep({ name: 'recovery', prepared: await prepareEncryption(passphrase) });
      setPassphrase('');
      setConfirm('');
    } finally {
      setBusy(false);
    }
  };

  const encrypt = async (prepared: { keyring: Keyring; dataKey: Uint8Array }) => {
    setFailure(null);
    setStep({ name: 'encrypting', done: 0, total: 0 });
    try {
      await turnEncryptionOn(prepared, (done, total) => setStep({ name: 'encrypting', done, total }));
      onDone();
    } catch (e) {
      setFailure(`Nothing was encrypted: ${e instanceof Error ? e.message : String(e)}. The journal is as it was.`);
      setStep({ name: 'passphrase' });
    }
  };

  if (step.name === 'encrypting')
    return (
      <Progress
        verb="Encrypting"
        done={step.done}
        total={step.total}
        note="Keep Sextant open. If it closes now, the journal stays as it was, unencrypted."
      />
    );

  if (step.name === 'recovery')
    return (
      <div className="privacy-step">
        <RecoveryKeyCard recoveryKey={step.prepared.recoveryKey} />
        <label className="checkbox">
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> I have printed or saved the recovery key
          somewhere safe, away from this computer.
        </label>
        <div className="row">
          <button type="button" className="primary" disabled={!saved} onClick={() => void encrypt(step.prepared)}>
            Encrypt the journal
          </button>
          <button type="button" onClick={() => setStep({ name: 'passphrase' })}>
            Cancel
          </button>
        </div>
      </div>
    );

  return (
    <form className="privacy-step" onSubmit={(e) => void toRecovery(e)} noValidate>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <h3>Turn on a passphrase</h3>
      <PassphraseFields value={passphrase} confirm={confirm} onChange={setPassphrase} onConfirm={setConfirm} errors={errors} />
      <div className="warning-box" id="no-recovery-warning">
        <strong>Before you go on:</strong> Sextant cannot reset a passphrase. If you lose both the passphrase and the recovery key shown
        next, nobody can open this journal again, Sextant's makers included.
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
          aria-describedby="no-recovery-warning"
          aria-invalid={errors.understood ? true : undefined}
        />{' '}
        I understand that without the passphrase and the recovery key my journal cannot be recovered.
      </label>
      {errors.understood && <p className="error">{errors.understood}</p>}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Preparing keys…' : 'Continue'}
      </button>
    </form>
  );
}
