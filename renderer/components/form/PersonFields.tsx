import { PERSON_PATHS, PERSON_PATH_LABELS, type PersonPath } from '../../../shared/schemas';
import type { PersonDraft } from '../../data/repositories/people';
import { RadioGroup } from './ChoiceGroups';
import { TextField } from './Field';

/** What the person fields edit: text as typed (an empty profile link means none). */
export interface PersonFieldsValue {
  name: string;
  role: string;
  company: string;
  path: PersonPath;
  profileUrl: string;
}

/** The field keys PersonFields shows errors for (as zod paths of a Person). */
export const PERSON_FIELD_KEYS = ['name', 'role', 'company', 'path', 'profileUrl'] as const;

/** Empty person fields ("not sure" which path they are on). */
export function emptyPersonFields(): PersonFieldsValue {
  return { name: '', role: '', company: '', path: 'unknown', profileUrl: '' };
}

/** The fields of a stored person, for editing. */
export function personFieldsFrom(p: Pick<PersonDraft, 'name' | 'role' | 'company' | 'path' | 'profileUrl'>): PersonFieldsValue {
  return { name: p.name, role: p.role, company: p.company, path: p.path, profileUrl: p.profileUrl ?? '' };
}

/** The draft to save from the fields (an empty profile link is left out, not stored as ""). */
export function personDraftFrom(v: PersonFieldsValue): Pick<PersonDraft, 'name' | 'role' | 'company' | 'path' | 'profileUrl'> {
  const url = v.profileUrl.trim();
  return { name: v.name, role: v.role, company: v.company, path: v.path, ...(url ? { profileUrl: url } : {}) };
}

const PATH_OPTIONS = PERSON_PATHS.map((p) => ({ value: p, label: PERSON_PATH_LABELS[p] }));

/**
 * The fields for one person: name (required), role, company, which PM path they are on, and a
 * profile link. `errorFor` gets a field key from PERSON_FIELD_KEYS and returns its message.
 */
export function PersonFields({
  value,
  onChange,
  errorFor,
}: {
  value: PersonFieldsValue;
  onChange: (value: PersonFieldsValue) => void;
  errorFor: (key: (typeof PERSON_FIELD_KEYS)[number]) => string | undefined;
}) {
  const set =
    <K extends keyof PersonFieldsValue>(key: K) =>
    (v: PersonFieldsValue[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <div className="person-fields">
      <TextField label="Name" required value={value.name} onChange={set('name')} error={errorFor('name')} />
      <div className="field-row">
        <TextField label="Role" value={value.role} onChange={set('role')} error={errorFor('role')} placeholder="e.g. Senior PM, Platform" />
        <TextField label="Company" value={value.company} onChange={set('company')} error={errorFor('company')} />
      </div>
      <RadioGroup
        legend="Their PM path"
        value={value.path}
        options={PATH_OPTIONS}
        onChange={(p) => set('path')(p ?? 'unknown')}
        error={errorFor('path')}
      />
      <TextField
        label="Profile link"
        type="url"
        value={value.profileUrl}
        onChange={set('profileUrl')}
        error={errorFor('profileUrl')}
        hint="Optional. A web address starting with https://, such as their LinkedIn page."
      />
    </div>
  );
}
