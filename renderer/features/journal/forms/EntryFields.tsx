import type { ReactNode } from 'react';
import { useLiveQuery } from '../../../data/live';
import { CheckboxGroup } from '../../../components/form/ChoiceGroups';
import { FormFrame } from '../../../components/form/FormFrame';
import { TextField } from '../../../components/form/Field';
import { TagInput } from '../../../components/form/TagInput';
import type { FormProblems } from '../../../components/form/useFormProblems';
import type { SkillId } from '../../../../shared/domain/framework';
import { SKILL_OPTIONS } from '../labels';
import { DateFix } from './DateFix';
import { listTags } from '../../../data/aggregates';

/** What the shared entry fields need from useEntryForm. */
interface EntryFormParts {
  problems: FormProblems;
  suggestionFor: (where: string) => string | undefined;
  dirty: boolean;
  cancel: () => void;
  safety: { banners: ReactNode; draftStatus: ReactNode; dialogs: ReactNode };
}

/** The frame of a journal entry form, wired to its useEntryForm. */
export function EntryFormFrame({
  form,
  heading,
  claimed,
  saveLabel,
  onSave,
  children,
}: {
  form: EntryFormParts;
  heading: ReactNode;
  claimed: readonly string[];
  saveLabel: string;
  onSave: () => Promise<(() => void) | null>;
  children: ReactNode;
}) {
  return (
    <FormFrame
      heading={heading}
      problems={form.problems}
      claimed={claimed}
      dirty={form.dirty}
      onCancel={form.cancel}
      saveLabel={saveLabel}
      onSave={onSave}
      safety={form.safety}
    >
      {children}
    </FormFrame>
  );
}

/** A date field of an entry, with the one-click "did you mean" fix under it. */
export function EntryDateField({
  form,
  where,
  label,
  value,
  onChange,
  required,
  hint,
}: {
  form: EntryFormParts;
  where: string;
  label: string;
  value: string;
  onChange: (date: string) => void;
  required?: boolean;
  hint?: ReactNode;
}) {
  return (
    <TextField
      label={label}
      type="date"
      required={required}
      value={value}
      onChange={onChange}
      error={form.problems.errorFor(where)}
      hint={hint}
      className="field-date"
      after={<DateFix suggestion={form.suggestionFor(where)} onUse={onChange} />}
    />
  );
}

/** The skill areas an entry touches. */
export function EntrySkillsField({
  form,
  legend,
  values,
  onChange,
  hint,
}: {
  form: EntryFormParts;
  legend: string;
  values: readonly SkillId[];
  onChange: (skills: SkillId[]) => void;
  hint?: ReactNode;
}) {
  return (
    <CheckboxGroup
      legend={legend}
      values={values}
      options={SKILL_OPTIONS}
      onChange={onChange}
      error={form.problems.errorUnder('skills')}
      hint={hint}
    />
  );
}

/** An entry's tags, suggesting the tags already used in the journal. */
export function EntryTagsField({
  form,
  tags,
  onChange,
}: {
  form: EntryFormParts;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const known = useLiveQuery(listTags, []) ?? [];
  return (
    <TagInput
      label="Tags"
      tags={tags}
      onChange={onChange}
      suggestions={known}
      error={form.problems.errorUnder('tags')}
      hint="Press Enter or type a comma to add a tag."
    />
  );
}
