import { useRef } from 'react';
import { PathLean as PathLeanSchema, type Reflection } from '../../../../shared/schemas';
import { saveEntry } from '../../../data/repositories/entries';
import type { Draft } from '../../../data/records';
import { RadioGroup } from '../../../components/form/ChoiceGroups';
import { TextField } from '../../../components/form/Field';
import { EntryDateField, EntryFormFrame, EntrySkillsField, EntryTagsField } from './EntryFields';
import { MarkdownField } from '../../../components/form/MarkdownField';
import { LEAN_LABELS, MOOD_LABELS, scaleOptions } from '../labels';
import { PromptPicker } from './PromptPicker';
import { useEntryForm } from './useEntryForm';

const CLAIMED = ['date', 'title', 'body', 'mood', 'lean', 'skills', 'tags'];
const LEAN_OPTIONS = PathLeanSchema.options.map((l) => ({ value: l, label: LEAN_LABELS[l] }));

/** Create or edit a reflection. */
export function ReflectionForm({ initial, isNew }: { initial: Draft<Reflection>; isNew: boolean }) {
  const form = useEntryForm(initial, isNew ? '/journal' : `/journal/${initial.id}`);
  const { value: v, set, problems } = form;
  const body = useRef<HTMLTextAreaElement>(null);
  return (
    <EntryFormFrame
      form={form}
      heading={isNew ? 'New reflection' : 'Edit reflection'}
      claimed={CLAIMED}
      saveLabel="Save reflection"
      onSave={() => form.attempt((o) => saveEntry(v, o), v)}
    >
      <PromptPicker
        promptId={v.promptId}
        onChoose={(p) => {
          set({ title: p.text, promptId: p.id });
          body.current?.focus();
        }}
        onClear={() => set({ promptId: undefined })}
      />
      <div className="field-row">
        <EntryDateField form={form} where="date" label="Date" required value={v.date} onChange={(date) => set({ date })} />
        <TextField
          label="Title"
          required
          value={v.title}
          onChange={(title) => set({ title })}
          error={problems.errorFor('title')}
          className="field-grow"
        />
      </div>
      <MarkdownField
        label="What's on your mind"
        value={v.body}
        onChange={(text) => set({ body: text })}
        error={problems.errorFor('body')}
        inputRef={body}
        hint="Markdown works: **bold**, *italic*, lists with - and links."
      />
      <div className="field-row">
        <RadioGroup
          legend="Mood"
          value={v.mood}
          options={scaleOptions(MOOD_LABELS)}
          onChange={(mood) => set({ mood })}
          clearLabel="Not recorded"
          error={problems.errorFor('mood')}
        />
        <RadioGroup
          legend="Leaning toward a path"
          value={v.lean}
          options={LEAN_OPTIONS}
          onChange={(lean) => set({ lean })}
          clearLabel="Not recorded"
          error={problems.errorFor('lean')}
        />
      </div>
      <EntrySkillsField form={form} legend="Skills it touches" values={v.skills} onChange={(skills) => set({ skills })} />
      <EntryTagsField form={form} tags={v.tags} onChange={(t) => set({ tags: t })} />
    </EntryFormFrame>
  );
}
