import { useState } from 'react';
import { compareDates, isIsoDate } from '../../../shared/dates';
import { targetBelowCurrentRemark } from '../../../shared/domain/entryChecks';
import { SKILLS, SKILL_LEVELS, type SkillId } from '../../../shared/domain/framework';
import type { InputProblem } from '../../../shared/errors';
import { levelLabel } from '../../../shared/skills/levels';
import { currentLevels } from '../../../shared/skills/progress';
import { FormFrame } from '../../components/form/FormFrame';
import { SelectField, TextField } from '../../components/form/Field';
import { today } from '../../data/clock';
import { saveTargets, type TargetDraft } from '../../data/repositories/skills';
import { saveWithProblems, useSkillsForm } from './skillsForm';

interface Row {
  level: string;
  targetDate: string;
}
type Rows = Record<SkillId, Row>;

const LEVEL_OPTIONS = [{ value: '', label: 'No target' }, ...SKILL_LEVELS.map((l) => ({ value: String(l), label: levelLabel(l) }))];

/** Checks the rows and turns them into drafts; problems are keyed `<skill>.level` / `<skill>.targetDate`. */
export function targetDrafts(rows: Rows): { drafts: TargetDraft[]; problems: InputProblem[] } {
  const drafts: TargetDraft[] = [];
  const problems: InputProblem[] = [];
  for (const s of SKILLS) {
    const { level, targetDate } = rows[s.id];
    const date = targetDate.trim();
    if (date && !isIsoDate(date))
      problems.push({ where: `${s.id}.targetDate`, message: 'Enter a date like 2026-12-31, or leave it empty' });
    if (!level) {
      if (date) problems.push({ where: `${s.id}.level`, message: 'Pick a target level for this date, or clear the date' });
      continue;
    }
    drafts.push({ skill: s.id, level: Number(level), ...(date ? { targetDate: date } : {}) });
  }
  return { drafts, problems };
}

/** The level the person aims for on each skill, each with an optional date. Saving replaces the whole set. */
export function TargetsForm() {
  const { data, navigate, toast, problems, fromOnboarding } = useSkillsForm();
  const [rows, setRows] = useState<Rows | null>(null);
  const [dirty, setDirty] = useState(false);

  // Fill the form once from what is stored (during render, not in an effect, so the first
  // painted form is already filled); later store changes don't overwrite typing.
  if (data && !rows) {
    const start = Object.fromEntries(
      SKILLS.map((s) => {
        const t = data.targets.find((x) => x.skill === s.id);
        return [s.id, { level: t ? String(t.level) : '', targetDate: t?.targetDate ?? '' }];
      }),
    ) as Rows;
    setRows(start);
  }

  if (!data || !rows) return <h1>Targets</h1>;
  const current = currentLevels(data.checkIns);
  const set = (skill: SkillId, patch: Partial<Row>) => {
    setRows((r) => (r ? { ...r, [skill]: { ...r[skill], ...patch } } : r));
    setDirty(true);
  };

  const onSave = () => {
    const { drafts, problems: found } = targetDrafts(rows);
    return saveWithProblems(problems, found, async () => {
      await saveTargets(drafts);
      return () => {
        toast(drafts.length ? `Targets saved for ${drafts.length} skill${drafts.length === 1 ? '' : 's'}` : 'All targets cleared');
        void navigate('/skills');
      };
    });
  };

  return (
    <FormFrame
      heading="Targets"
      intro={
        <p className="muted">
          Choose the level you want to reach on each skill, and by when if you have a date in mind. Leave a skill at "No target" to leave it
          out of the focus suggestions.
        </p>
      }
      problems={problems}
      claimed={SKILLS.map((s) => s.id)}
      dirty={dirty}
      onSave={onSave}
      onCancel={() => navigate(fromOnboarding ? '/' : '/skills')}
      saveLabel="Save targets"
    >
      {SKILLS.map((s) => (
        <fieldset key={s.id} className="card">
          <legend>{s.name}</legend>
          <p className="hint muted">{current[s.id] === null ? 'Not rated yet.' : `Now: ${levelLabel(current[s.id]!)}`}</p>
          <div className="row">
            <SelectField
              label={`Target level for ${s.name}`}
              value={rows[s.id].level}
              options={LEVEL_OPTIONS}
              onChange={(v) => set(s.id, { level: v })}
              error={problems.errorFor(`${s.id}.level`)}
              hint={rows[s.id].level ? (targetBelowCurrentRemark(s.name, Number(rows[s.id].level), current[s.id]) ?? undefined) : undefined}
            />
            <TextField
              label={`Target date for ${s.name} (optional)`}
              type="date"
              value={rows[s.id].targetDate}
              onChange={(v) => set(s.id, { targetDate: v })}
              error={problems.errorFor(`${s.id}.targetDate`)}
              hint={
                isIsoDate(rows[s.id].targetDate) && compareDates(rows[s.id].targetDate, today()) < 0
                  ? 'This date has already passed.'
                  : undefined
              }
            />
          </div>
        </fieldset>
      ))}
    </FormFrame>
  );
}
