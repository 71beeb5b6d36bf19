import { useEffect, useState, type FormEvent } from 'react';
import { DEFAULT_AUTO_LOCK_MINUTES, type PrivacyPrefs } from '../../../shared/crypto/keyring';
import { SelectField, TextField } from '../../components/form/Field';
import { useToast } from '../../components/Toast';
import { toBase64 } from '../../crypto/bytes';
import { WrongSecretError } from '../../crypto/keys';
import { isEncrypted } from '../../crypto/session';
import { changePassphrase, turnEncryptionOff, unlockedKey } from '../../data/encryption/journalEncryption';
import { readPrivacyPrefs, writePrivacyPrefs } from '../../data/encryption/vault';
import { platform } from '../../platform';
import { lockNow } from './lock';
import { PassphraseFields, passphraseProblems } from './PassphraseFields';
import { Progress } from './Progress';
import { ThreatModel } from './ThreatModel';
import { TurnOnEncryption } from './TurnOnEncryption';
import './privacy.css';

const AUTO_LOCK_CHOICES = ['1', '5', '15', '30', '60', 'never'] as const;
const label = (c: (typeof AUTO_LOCK_CHOICES)[number]) => (c === 'never' ? 'Never' : `After ${c} minute${c === '1' ? '' : 's'} idle`);
const secretMessage = (e: unknown) => (e instanceof WrongSecretError ? e.message : e instanceof Error ? e.message : String(e));

/** Settings › Privacy: the passphrase, auto-lock, unlocking with the computer's account, turning encryption off. */
export function PrivacySettings() {
  const [encrypted, setEncrypted] = useState(isEncrypted());
  const [prefs, setPrefs] = useState<PrivacyPrefs | null>(null);
  useEffect(() => {
    void readPrivacyPrefs().then(setPrefs);
  }, [encrypted]);
  return (
    <div className="privacy-settings">
      <p className={encrypted ? 'settings-status' : undefined} role="status">
        {encrypted
          ? 'Encryption is on. Sextant opens on a lock screen.'
          : 'Encryption is off: anyone who can read this computer’s files can read your journal.'}
      </p>
      <ThreatModel />
      {!encrypted && <TurnOnEncryption onDone={() => setEncrypted(true)} />}
      {encrypted && prefs && (
        <>
          <div className="row">
            <button type="button" onClick={lockNow}>
              Lock now
            </button>
            <span className="muted">Also: Ctrl+Shift+L (⌘⇧L on a Mac), or “Lock the journal” in the command palette.</span>
          </div>
          <AutoLock prefs={prefs} onSaved={setPrefs} />
          <ChangePassphrase />
          <DeviceUnlock prefs={prefs} onSaved={setPrefs} />
          <TurnOff onDone={() => setEncrypted(false)} />
        </>
      )}
    </div>
  );
}

function AutoLock({ prefs, onSaved }: { prefs: PrivacyPrefs; onSaved: (p: PrivacyPrefs) => void }) {
  const toast = useToast();
  const value = prefs.autoLockMinutes === null ? 'never' : String(prefs.autoLockMinutes);
  const choices = AUTO_LOCK_CHOICES.includes(value as never) ? AUTO_LOCK_CHOICES : ([...AUTO_LOCK_CHOICES, value] as string[]);
  return (
    <>
      <h3>Auto-lock</h3>
      <SelectField
        label="Lock the journal"
        value={value}
        options={choices.map((c) => ({ value: c, label: label(c as never) }))}
        hint={`Default: after ${DEFAULT_AUTO_LOCK_MINUTES} minutes idle. The desktop app also locks when the screen locks or the computer sleeps. Takes effect at the next unlock.`}
        onChange={(v) =>
          void writePrivacyPrefs({ ...prefs, autoLockMinutes: v === 'never' ? null : Number(v) }).then((p) => {
            onSaved(p);
            toast('Auto-lock saved.');
          })
        }
      />
    </>
  );
}

function ChangePassphrase() {
  const toast = useToast();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ current?: string; passphrase?: string; confirm?: string }>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = { ...passphraseProblems(next, confirm), ...(current ? {} : { current: 'is required' }) };
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      toast('Passphrase changed. Backups made before now still open with the old passphrase or the recovery key.');
    } catch (err) {
      setErrors({ current: secretMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h3>Change the passphrase</h3>
      <p className="muted">Only the key that protects the journal is re-wrapped; nothing else is rewritten.</p>
      <TextField type="password" label="Current passphrase or recovery key" value={current} onChange={setCurrent} error={errors.current} />
      <PassphraseFields value={next} confirm={confirm} onChange={setNext} onConfirm={setConfirm} errors={errors} />
      <button type="submit" disabled={busy}>
        {busy ? 'Changing…' : 'Change the passphrase'}
      </button>
    </form>
  );
}

function DeviceUnlock({ prefs, onSaved }: { prefs: PrivacyPrefs; onSaved: (p: PrivacyPrefs) => void }) {
  const [status, setStatus] = useState<{ available: boolean; reason?: string } | null>(() =>
    platform.keyStore ? null : { available: false, reason: 'Only in the desktop app, which can use your system’s key store.' },
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void platform.keyStore?.status().then(setStatus);
  }, []);
  if (!status) return null;
  const on = !!prefs.deviceWrappedKey;
  const toggle = async (checked: boolean) => {
    setError(null);
    try {
      if (checked) {
        const key = unlockedKey();
        if (!key) throw new Error('The journal is locked.');
        const protectedKey = await platform.keyStore!.protect(new Uint8Array(key));
        onSaved(await writePrivacyPrefs({ ...prefs, deviceWrappedKey: toBase64(protectedKey) }));
      } else {
        onSaved(await writePrivacyPrefs({ autoLockMinutes: prefs.autoLockMinutes }));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <h3>Unlock with this computer’s account</h3>
      {status.available ? (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={on} onChange={(e) => void toggle(e.target.checked)} /> Offer to unlock with my login on this
            computer (the key is kept in the system’s key store)
          </label>
          <p className="muted">
            Anyone who can log in to this computer as you can then open the journal without the passphrase. Off by default.
          </p>
        </>
      ) : (
        <p className="muted">Not available here. {status.reason}</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function TurnOff({ onDone }: { onDone: () => void }) {
  const toast = useToast();
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!secret) return setError('is required');
    setError(undefined);
    setProgress({ done: 0, total: 0 });
    try {
      await turnEncryptionOff(secret, (done, total) => setProgress({ done, total }));
      toast('Encryption is off. The journal is stored readable again.');
      onDone();
    } catch (err) {
      setError(secretMessage(err));
      setProgress(null);
    }
  };
  if (progress)
    return (
      <Progress verb="Decrypting" done={progress.done} total={progress.total} note="If Sextant closes now, the journal stays encrypted." />
    );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h3>Turn encryption off</h3>
      <p className="muted">
        Writes a decrypted copy of the journal and then deletes the encrypted one. Afterwards anyone who can read this computer’s files can
        read the journal.
      </p>
      <TextField type="password" label="Passphrase or recovery key to confirm" value={secret} onChange={setSecret} error={error} />
      <button type="submit" className="danger">
        Turn encryption off
      </button>
    </form>
  );
}
