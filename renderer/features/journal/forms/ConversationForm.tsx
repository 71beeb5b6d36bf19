import { useRef } from 'react';
import { CONVERSATION_KINDS, CONVERSATION_KIND_LABELS, type Conversation, type Person } from '../../../../shared/schemas';
import { saveConversationWithNewPerson, saveEntry } from '../../../data/repositories/entries';
import type { Draft } from '../../../data/records';
import { RadioGroup } from '../../../components/form/ChoiceGroups';
import { SelectField, TextField } from '../../../components/form/Field';
import { PersonPicker } from '../../../components/form/PersonPicker';
import { MarkdownField } from '../../../components/form/MarkdownField';
import { emptyPersonFields, personDraftFrom, PersonFields, type PersonFieldsValue } from '../../../components/form/PersonFields';
import { ENERGY_LABELS, scaleOptions } from '../labels';
import { EntryDateField, EntryFormFrame, EntrySkillsField, EntryTagsField } from './EntryFields';
import { entryFormDraft, useEntryForm } from './useEntryForm';

const CLAIMED = [
  'date',
  'personId',
  'person',
  'conversationKind',
  'notes',
  'takeaways',
  'skills',
  'energy',
  'followUpDate',
  'followUpTime',
  'followUpNote',
  'followUpDone',
  'tags',
];
const KIND_OPTIONS = CONVERSATION_KINDS.map((k) => ({ value: k, label: CONVERSATION_KIND_LABELS[k] }));

interface ConversationFormValue {
  entry: Draft<Conversation>;
  /** 'new': the person is typed in here and created with the entry. */
  personMode: 'existing' | 'new';
  newPerson: PersonFieldsValue;
}

/** Create or edit a conversation; the person is picked from People or added inline. */
export function ConversationForm({ initial, isNew, people }: { initial: Draft<Conversation>; isNew: boolean; people: readonly Person[] }) {
  const form = useEntryForm<ConversationFormValue>(
    { entry: initial, personMode: people.length === 0 ? 'new' : 'existing', newPerson: emptyPersonFields() },
    isNew ? '/journal' : `/journal/${initial.id}`,
    {
      mineOf: (v) => v.entry,
      adopt: (theirs, current) =>
        theirs.kind === 'conversation' ? { ...current, entry: entryFormDraft(theirs), personMode: 'existing' } : current,
    },
  );
  const { value, problems } = form;
  const v = value.entry;
  const set = (patch: Partial<Draft<Conversation>>) => form.set({ entry: { ...v, ...patch } });
  const personSelect = useRef<HTMLFieldSetElement>(null);

  const save = () => {
    if (value.personMode === 'new') {
      const { personId: _unused, ...rest } = v;
      return form.attempt(async (o) => (await saveConversationWithNewPerson(personDraftFrom(value.newPerson), rest, o)).entry, v);
    }
    if (!v.personId) {
      problems.report([{ where: 'personId', message: 'Choose who you talked to, or add a new person' }]);
      return Promise.resolve(null);
    }
    return form.attempt((o) => saveEntry(v, o), v);
  };
  const switchMode = (personMode: 'existing' | 'new') => {
    form.set({ personMode });
    // The control that replaces the button should get focus, not the page.
    requestAnimationFrame(() => personSelect.current?.querySelector<HTMLElement>('input')?.focus());
  };

  return (
    <EntryFormFrame
      form={form}
      heading={isNew ? 'New conversation' : 'Edit conversation'}
      claimed={CLAIMED}
      saveLabel="Save conversation"
      onSave={save}
    >
      <div className="field-row">
        <EntryDateField form={form} where="date" label="Date" required value={v.date} onChange={(date) => set({ date })} />
        <SelectField
          label="Kind of conversation"
          value={v.conversationKind}
          options={KIND_OPTIONS}
          onChange={(conversationKind) => set({ conversationKind })}
          error={problems.errorFor('conversationKind')}
        />
      </div>
      <fieldset className="person-picker" ref={personSelect}>
        <legend>Who you talked to</legend>
        {value.personMode === 'existing' ? (
          <div className="row person-existing">
            <PersonPicker
              label="Person"
              required
              people={people}
              value={v.personId}
              onChange={(personId) => set({ personId })}
              error={problems.errorFor('personId')}
            />
            <button type="button" onClick={() => switchMode('new')}>
              Add a new person
            </button>
          </div>
        ) : (
          <>
            <PersonFields
              value={value.newPerson}
              onChange={(newPerson) => form.set({ newPerson })}
              errorFor={(k) => problems.errorFor(`person.${k}`)}
            />
            {people.length > 0 && (
              <button type="button" className="link-button" onClick={() => switchMode('existing')}>
                Choose someone already in People instead
              </button>
            )}
          </>
        )}
      </fieldset>
      <MarkdownField
        label="Notes"
        value={v.notes}
        onChange={(notes) => set({ notes })}
        error={problems.errorFor('notes')}
        rows={8}
        hint="What you asked, what they said. Markdown works."
      />
      <MarkdownField
        label="Key takeaways"
        value={v.takeaways}
        onChange={(takeaways) => set({ takeaways })}
        error={problems.errorFor('takeaways')}
        rows={4}
      />
      <EntrySkillsField form={form} legend="Skills discussed" values={v.skills} onChange={(skills) => set({ skills })} />
      <RadioGroup
        legend="How energising was it?"
        value={v.energy}
        options={scaleOptions(ENERGY_LABELS)}
        onChange={(energy) => set({ energy })}
        clearLabel="Not recorded"
        error={problems.errorFor('energy')}
      />
      <fieldset className="follow-up-fields">
        <legend>Follow-up</legend>
        <div className="field-row">
          <EntryDateField
            form={form}
            where="followUpDate"
            label="Follow up by"
            value={v.followUpDate ?? ''}
            onChange={(d) => set({ followUpDate: d || undefined })}
          />
          <TextField
            label="Remind me at"
            type="time"
            value={v.followUpTime ?? ''}
            onChange={(t) => set({ followUpTime: t || undefined })}
            error={problems.errorFor('followUpTime')}
            hint="Optional; otherwise the time in Settings > Reminders."
            className="field-time"
          />
          <TextField
            label="What to follow up on"
            value={v.followUpNote ?? ''}
            onChange={(n) => set({ followUpNote: n || undefined })}
            error={problems.errorFor('followUpNote')}
            className="field-grow"
            placeholder="e.g. Send the article we talked about"
          />
        </div>
        <label className="choice">
          <input type="checkbox" checked={v.followUpDone} onChange={(e) => set({ followUpDone: e.target.checked })} />
          <span>Follow-up done</span>
        </label>
      </fieldset>
      <EntryTagsField form={form} tags={v.tags} onChange={(t) => set({ tags: t })} />
    </EntryFormFrame>
  );
}
