import { useLiveQuery } from '../../../data/live';
import { useRef } from 'react';
import { PathLean as PathLeanSchema, type Reflection } from '../../../../shared/schemas';
import { allTags, saveEntry } from '../../../data/repositories/entries';
import type { Draft } from '../../../data/records';
import { CheckboxGroup, RadioGroup } from '../../../components/form/ChoiceGroups';
import { TextField } from '../../../components/form/Field';
import { DateFix } from './DateFix';
import { FormFrame } from '../../../components/form/FormFrame';
import { MarkdownField } from '../../../components/form/MarkdownField';
import { TagInput } from '../../../components/form/TagInput';
import { LEAN_LABELS, MOOD_LABELS, scaleOptions, SKILL_OPTIONS } from '../labels';
import { PromptPicker } from './PromptPicker';
import { useEntryForm } from './useEntryForm';

const CLAIMED = ['date', 'title', 'body', 'mood', 'lean', 'skills', 'tags'];
const LEAN_OPTIONS = PathLeanSchema.options.map((l) => ({ value: l, label: LEAN_LABELS[l] }));

/** Create or edit a reflection. */
export function ReflectionForm({ initial, isNew }: { initial: Draft<Reflection>; isNew: boolean }) {
  const form = useEntryForm(initial, isNew ? '/journal' : `/journal/${initial.id}`);
  const { value: v, set, problems } = form;
  const tags = useLiveQuery(allTags, []) ?? [];
  const body = useRef<HTMLTextAreaElement>(null);
  return (
    <FormFrame
      heading={isNew ? 'New reflection' : 'Edit reflection'}
      problems={problems}
      claimed={CLAIMED}
      dirty={form.dirty}
      onCancel={form.cancel}
      saveLabel="Save reflection"
      onSave={() => form.attempt((o) => saveEntry(v, o), v)}
      safety={form.safety}
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
        <TextField
          label="Date"
          type="date"
          required
          value={v.date}
          onChange={(date) => set({ date })}
          error={problems.errorFor('date')}
          className="field-date"
          after={<DateFix suggestion={form.suggestionFor('date')} onUse={(date) => set({ date })} />}
        />
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
      <CheckboxGroup
        legend="Skills it touches"
        values={v.skills}
        options={SKILL_OPTIONS}
        onChange={(skills) => set({ skills })}
        error={problems.errorUnder('skills')}
      />
      <TagInput
        label="Tags"
        tags={v.tags}
        onChange={(t) => set({ tags: t })}
        suggestions={tags}
        error={problems.errorUnder('tags')}
        hint="Press Enter or type a comma to add a tag."
      />
    </FormFrame>
  );
}
