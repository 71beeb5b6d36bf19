import { useState } from 'react';
import { today } from '../../data/clock';
import { formatDate, isIsoDate } from '../../../shared/dates';
import { SKILLS, SKILL_LEVELS, type SkillId } from '../../../shared/domain/framework';
import type { InputProblem } from '../../../shared/errors';
import { LEVEL_NAMES, levelDescription, levelLabel } from '../../../shared/skills/levels';
import { levelsAt } from '../../../shared/skills/progress';
import { FormFrame } from '../../components/form/FormFrame';
import { RadioGroup } from '../../components/form/ChoiceGroups';
import { TextAreaField, TextField } from '../../components/form/Field';
import { addCheckIn } from '../../data/repositories/skills';
import { saveWithProblems, useSkillsForm } from './skillsForm';

const LEVEL_CHOICES = (skill: SkillId) =>
  SKILL_LEVELS.map((l) => ({ value: l, label: `${l} · ${LEVEL_NAMES[l]}: ${levelDescription(skill, l)}` }));

/** Problems a person can fix before anything is sent to the store: a rating missing, a bad or future date. */
export function checkInFormProblems(date: string, levels: Partial<Record<SkillId, number>>, today: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!isIsoDate(date)) problems.push({ where: 'date', message: 'Enter the date of this check-in, like 2026-03-14' });
  else if (date > today) problems.push({ where: 'date', message: 'A check-in cannot be dated in the future' });
  SKILLS.forEach((s, i) => {
    if (levels[s.id] === undefined) problems.push({ where: `ratings[${i}].level`, message: `Pick a level for ${s.name}` });
  });
  return problems;
}

/** A new self-assessment: a level 1-5 for each skill with the level descriptions in view, and an optional note each. */
export function CheckInForm() {
  const { data, navigate, toast, problems, fromOnboarding } = useSkillsForm();
  const [date, setDate] = useState(() => today());
  const [blind, setBlind] = useState(false);
  const [levels, setLevels] = useState<Partial<Record<SkillId, number>>>({});
  const [notes, setNotes] = useState<Partial<Record<SkillId, string>>>({});
  const dirty = Object.keys(levels).length > 0 || Object.values(notes).some((n) => n?.trim());
  const previous = data ? levelsAt(data.checkIns) : null;

  const onSave = () =>
    saveWithProblems(problems, checkInFormProblems(date, levels, today()), async () => {
      const saved = await addCheckIn({
        date,
        blind,
        ratings: SKILLS.map((s) => ({ skill: s.id, level: levels[s.id]!, ...(notes[s.id]?.trim() ? { note: notes[s.id]!.trim() } : {}) })),
      });
      return () => {
        toast(`Check-in of ${formatDate(saved.date)} saved`);
        void navigate(fromOnboarding ? '/skills/targets?from=onboarding' : '/skills');
      };
    });

  return (
    <FormFrame
      heading="New check-in"
      intro={
        <p className="muted">
          Rate where you stand today on each skill. The descriptions say what each level looks like; pick the one that fits most of the
          time.
        </p>
      }
      problems={problems}
      claimed={['date', 'ratings', 'blind']}
      dirty={dirty}
      onSave={onSave}
      onCancel={() => navigate(fromOnboarding ? '/' : '/skills')}
      saveLabel="Save check-in"
    >
      <TextField label="Date" type="date" value={date} onChange={setDate} error={problems.errorFor('date')} required />
      {previous && Object.values(previous).some(Boolean) && (
        <div className="field blind-option">
          <label className="choice">
            <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
            <span> Blind check-in: hide my earlier ratings until this one is saved</span>
          </label>
        </div>
      )}
      {SKILLS.map((s, i) => {
        const last = previous?.[s.id];
        return (
          <div key={s.id} className="checkin-skill card">
            <RadioGroup
              legend={s.name}
              hint={!blind && last ? `Last time (${formatDate(last.date)}): ${levelLabel(last.level)}` : s.summary}
              value={levels[s.id]}
              options={LEVEL_CHOICES(s.id)}
              onChange={(v) => setLevels((ls) => ({ ...ls, [s.id]: v }))}
              error={problems.errorUnder(`ratings[${i}].level`)}
            />
            <TextAreaField
              label={`Note on ${s.name} (optional)`}
              rows={2}
              value={notes[s.id] ?? ''}
              onChange={(v) => setNotes((ns) => ({ ...ns, [s.id]: v }))}
              error={problems.errorUnder(`ratings[${i}].note`)}
            />
          </div>
        );
      })}
    </FormFrame>
  );
}
