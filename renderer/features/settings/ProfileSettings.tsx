import { useLiveQuery } from '../../data/live';
import { useState, type FormEvent } from 'react';
import type { Profile } from '../../../shared/schemas';
import { getProfile, saveProfile } from '../../data/repositories/settings';
import { TextAreaField, TextField } from '../../components/form/Field';
import { useToast } from '../../components/Toast';
import { useFormProblems } from '../../components/form/useFormProblems';
import { useUnsavedChanges } from '../../components/form/useUnsavedChanges';
import { InputError } from '../../../shared/errors';

interface ProfileForm {
  name: string;
  currentRole: string;
  targetRole: string;
  targetDate: string;
  personalStatement: string;
}

function toForm(p: Profile): ProfileForm {
  return {
    name: p.name,
    currentRole: p.currentRole,
    targetRole: p.targetRole,
    targetDate: p.targetDate ?? '',
    personalStatement: p.personalStatement ?? '',
  };
}

/** Empty optional fields are stored as absent, not as empty strings. */
function toProfile(f: ProfileForm, base: Profile): Profile {
  return {
    ...base,
    name: f.name,
    currentRole: f.currentRole,
    targetRole: f.targetRole,
    targetDate: f.targetDate || undefined,
    personalStatement: f.personalStatement.trim() ? f.personalStatement : undefined,
  };
}

/** Settings section: who the person is and where they are heading (shown on Home and used by the plan). */
export function ProfileSettings() {
  const toast = useToast();
  const [saved, setSaved] = useState<Profile | null>(null);
  const [form, setForm] = useState<ProfileForm | null>(null);
  const { formRef, ...problems } = useFormProblems();
  const [status, setStatus] = useState('');

  // Live: a restore or "Delete all data" elsewhere changes the stored profile. The form follows
  // it unless the person is in the middle of an edit (then saving would bring back stale values).
  // Only a change of the stored profile does this, not typing (adjusted during render, not in an effect).
  const stored = useLiveQuery(getProfile, []);
  const [seen, setSeen] = useState<Profile | undefined>(undefined);
  if (stored && stored !== seen) {
    const untouched = !form || !saved || JSON.stringify(toForm(saved)) === JSON.stringify(form);
    setSeen(stored);
    setSaved(stored);
    if (untouched) setForm(toForm(stored));
  }

  const dirty = !!form && !!saved && JSON.stringify(toForm(saved)) !== JSON.stringify(form);
  // Leaving Settings (or closing the window) with unsaved profile edits asks first.
  const { dialog } = useUnsavedChanges(dirty);

  if (!form || !saved) return <p className="muted">Loading your profile…</p>;

  const set = (key: keyof ProfileForm) => (value: string) => {
    setForm({ ...form, [key]: value });
    setStatus('');
  };
  /** The value, change handler and error of one profile field. */
  const bind = (key: keyof ProfileForm) => ({ value: form[key], onChange: set(key), error: problems.errorFor(key) });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    try {
      const next = await saveProfile(toProfile(form!, saved!));
      setSaved(next);
      setForm(toForm(next));
      problems.report([]);
      setStatus('Profile saved.');
      toast('Profile saved');
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.report(err.problems);
      setStatus('');
    }
  }

  return (
    <>
      <form ref={formRef} className="settings-form" onSubmit={onSubmit} noValidate>
        <div className="settings-grid">
          <TextField label="Your name" {...bind('name')} />
          <TextField label="Current role" {...bind('currentRole')} placeholder="e.g. Product manager, payments checkout" />
          <TextField label="Role you are aiming for" {...bind('targetRole')} placeholder="e.g. Internal PM" />
          <TextField label="By when" type="date" {...bind('targetDate')} hint="Optional: the date you would like to be in that role." />
        </div>
        <TextAreaField
          label="Personal statement"
          {...bind('personalStatement')}
          hint="A few sentences on why you want this move. It opens your plan."
          rows={5}
        />
        {problems.problems.length > 0 && (
          <p className="error" role="alert">
            The profile was not saved: fix the marked {problems.problems.length === 1 ? 'field' : 'fields'}.
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary">
            Save profile
          </button>
          {dirty && <span className="muted">Unsaved changes</span>}
          <span role="status" className="settings-status">
            {status}
          </span>
        </div>
      </form>
      {dialog}
    </>
  );
}
