import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../shared/crypto/strength';
import { TextField } from '../../components/form/Field';

/** A new passphrase twice, with the strength meter under the first field. */
export function PassphraseFields({
  value,
  confirm,
  onChange,
  onConfirm,
  errors,
  label = 'New passphrase',
}: {
  value: string;
  confirm: string;
  onChange: (v: string) => void;
  onConfirm: (v: string) => void;
  errors: { passphrase?: string; confirm?: string };
  label?: string;
}) {
  const s = passphraseStrength(value);
  return (
    <>
      <TextField
        type="password"
        label={label}
        value={value}
        onChange={onChange}
        error={errors.passphrase}
        hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
      />
      <div className="strength" aria-live="polite">
        <label htmlFor="passphrase-strength">Strength</label>
        <meter id="passphrase-strength" min={0} max={4} low={2} high={3} optimum={4} value={value ? s.level : 0}>
          {s.label}
        </meter>
        <span>{value ? `${s.label}${s.hint ? `. ${s.hint}` : ''}` : 'Not set yet'}</span>
      </div>
      <TextField type="password" label="Type it again" value={confirm} onChange={onConfirm} error={errors.confirm} />
    </>
  );
}

/** The problems with a new passphrase pair, by field (empty when fine). */
export function passphraseProblems(value: string, confirm: string): { passphrase?: string; confirm?: string } {
  const out: { passphrase?: string; confirm?: string } = {};
  const s = passphraseStrength(value);
  if (s.level < 2) out.passphrase = `is ${s.label.toLowerCase()}: ${s.hint || 'choose a longer one'}`;
  if (confirm !== value) out.confirm = 'does not match the passphrase';
  return out;
}
