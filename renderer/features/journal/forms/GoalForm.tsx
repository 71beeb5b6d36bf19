import { GOAL_STATUSES, GOAL_STATUS_LABELS, type LearningGoal } from '../../../../shared/schemas';
import { saveEntry } from '../../../data/repositories/entries';
import type { Draft } from '../../../data/records';
import { RadioGroup } from '../../../components/form/ChoiceGroups';
import { localDate } from '../../../../shared/dates';
import { TextField } from '../../../components/form/Field';
import { pastTargetDateWarning } from '../../../../shared/domain/entryChecks';
import { EntryDateField, EntryFormFrame, EntrySkillsField, EntryTagsField } from './EntryFields';
import { MarkdownField } from '../../../components/form/MarkdownField';
import { today } from '../../../data/clock';
import { MilestonesEditor } from './MilestonesEditor';
import { ResourcesEditor } from './ResourcesEditor';
import { useEntryForm } from './useEntryForm';

const CLAIMED = ['title', 'date', 'why', 'skills', 'targetDate', 'status', 'milestones', 'resources', 'progressNotes', 'tags'];
const STATUS_OPTIONS = GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }));

/** Create or edit a learning goal. */
export function GoalForm({ initial, isNew }: { initial: Draft<LearningGoal>; isNew: boolean }) {
  const form = useEntryForm(initial, isNew ? '/journal' : `/journal/${initial.id}`);
  const { value: v, set, problems } = form;
  return (
    <EntryFormFrame
      form={form}
      heading={isNew ? 'New learning goal' : 'Edit learning goal'}
      claimed={CLAIMED}
      saveLabel="Save goal"
      onSave={() => form.attempt((o) => saveEntry(v, o), v)}
    >
      <TextField
        label="Goal"
        required
        value={v.title}
        onChange={(title) => set({ title })}
        error={problems.errorFor('title')}
        placeholder="e.g. Get comfortable reading market research"
      />
      <MarkdownField label="Why it matters" value={v.why} onChange={(why) => set({ why })} error={problems.errorFor('why')} rows={4} />
      <EntrySkillsField
        form={form}
        legend="Skills it builds"
        values={v.skills}
        onChange={(skills) => set({ skills })}
        hint="Pick at least one."
      />
      <div className="field-row">
        <EntryDateField form={form} where="date" label="Started on" required value={v.date} onChange={(date) => set({ date })} />
        <EntryDateField
          form={form}
          where="targetDate"
          label="Target date"
          value={v.targetDate ?? ''}
          onChange={(d) => set({ targetDate: d || undefined })}
          hint={pastTargetDateWarning(v, localDate(new Date())) ?? undefined}
        />
      </div>
      <RadioGroup
        legend="Status"
        value={v.status}
        options={STATUS_OPTIONS}
        onChange={(status) => set({ status: status ?? 'planned' })}
        error={problems.errorFor('status')}
      />
      <MilestonesEditor
        milestones={v.milestones}
        onChange={(milestones) => set({ milestones })}
        errorFor={problems.errorFor}
        today={today()}
      />
      <ResourcesEditor resources={v.resources} onChange={(resources) => set({ resources })} errorFor={problems.errorFor} />
      <MarkdownField
        label="Progress notes"
        value={v.progressNotes}
        onChange={(progressNotes) => set({ progressNotes })}
        error={problems.errorFor('progressNotes')}
        rows={5}
      />
      <EntryTagsField form={form} tags={v.tags} onChange={(t) => set({ tags: t })} />
    </EntryFormFrame>
  );
}
