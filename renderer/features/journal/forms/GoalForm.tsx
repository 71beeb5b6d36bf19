import { useLiveQuery } from '../../../data/live';
import { GOAL_STATUSES, GOAL_STATUS_LABELS, type LearningGoal } from '../../../../shared/schemas';
import { allTags, saveEntry } from '../../../data/repositories/entries';
import type { Draft } from '../../../data/records';
import { CheckboxGroup, RadioGroup } from '../../../components/form/ChoiceGroups';
import { TextField } from '../../../components/form/Field';
import { localDate } from '../../../../shared/dates';
import { pastTargetDateWarning } from '../../../../shared/domain/entryChecks';
import { DateFix } from './DateFix';
import { FormFrame } from '../../../components/form/FormFrame';
import { MarkdownField } from '../../../components/form/MarkdownField';
import { TagInput } from '../../../components/form/TagInput';
import { SKILL_OPTIONS } from '../labels';
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
  const tags = useLiveQuery(allTags, []) ?? [];
  return (
    <FormFrame
      heading={isNew ? 'New learning goal' : 'Edit learning goal'}
      problems={problems}
      claimed={CLAIMED}
      dirty={form.dirty}
      onCancel={form.cancel}
      saveLabel="Save goal"
      onSave={() => form.attempt((o) => saveEntry(v, o), v)}
      safety={form.safety}
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
      <CheckboxGroup
        legend="Skills it builds"
        values={v.skills}
        options={SKILL_OPTIONS}
        onChange={(skills) => set({ skills })}
        error={problems.errorUnder('skills')}
        hint="Pick at least one."
      />
      <div className="field-row">
        <TextField
          label="Started on"
          type="date"
          required
          value={v.date}
          onChange={(date) => set({ date })}
          error={problems.errorFor('date')}
          className="field-date"
          after={<DateFix suggestion={form.suggestionFor('date')} onUse={(date) => set({ date })} />}
        />
        <TextField
          label="Target date"
          type="date"
          value={v.targetDate ?? ''}
          onChange={(d) => set({ targetDate: d || undefined })}
          error={problems.errorFor('targetDate')}
          hint={pastTargetDateWarning(v, localDate(new Date())) ?? undefined}
          className="field-date"
          after={<DateFix suggestion={form.suggestionFor('targetDate')} onUse={(targetDate) => set({ targetDate })} />}
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
