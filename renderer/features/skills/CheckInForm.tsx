import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { today } from '../../data/clock';
import { formatDate, isIsoDate } from '../../../shared/dates';
import { SKILLS, SKILL_LEVELS, type SkillId } from '../../../shared/domain/framework';
import type { InputProblem } from '../../../shared/errors';
import type { CheckIn } from '../../../shared/schemas';
import { LEVEL_NAMES, levelDescription, levelLabel } from '../../../shared/skills/levels';
import { levelsAt, levelsThrough, previousCheckIn } from '../../../shared/skills/progress';
import { FormFrame } from '../../components/form/FormFrame';
import { RadioGroup } from '../../components/form/ChoiceGroups';
import { TextAreaField, TextField } from '../../components/form/Field';
import { addCheckIn, updateCheckIn } from '../../data/repositories/skills';
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

/** Correcting a saved check-in: the same form, filled with what was saved. */
export function CheckInEditPage() {
  const { id } = useParams();
  const { data } = useSkillsForm();
  if (!data) return <h1>Correct check-in</h1>;
  const existing = data.checkIns.find((c) => c.id === id);
  if (!existing) {
    return (
      <>
        <h1>Check-in not found</h1>
        <p>
          It may have been deleted. <Link to="/skills/check-ins">See all check-ins</Link>.
        </p>
      </>
    );
  }
  return <CheckInForm key={existing.id} existing={existing} />;
}

/**
 * A self-assessment: a level 1-5 for each skill with the level descriptions in view, and an
 * optional note each. With `existing`, corrects that check-in; `onDone` (after saving or
 * cancelling) replaces the usual navigation: first-run setup goes on to its next step.
 */
export function CheckInForm({ existing, onDone }: { existing?: CheckIn; onDone?: () => void }) {
  const { data, navigate, toast, problems, fromOnboarding } = useSkillsForm();
  const [date, setDate] = useState(() => existing?.date ?? today());
  const [blind, setBlind] = useState(existing?.blind ?? false);
  const [levels, setLevels] = useState<Partial<Record<SkillId, number>>>(() =>
    Object.fromEntries((existing?.ratings ?? []).map((r) => [r.skill, r.level])),
  );
  const [notes, setNotes] = useState<Partial<Record<SkillId, string>>>(() =>
    Object.fromEntries((existing?.ratings ?? []).flatMap((r) => (r.note ? [[r.skill, r.note]] : []))),
  );
  const dirty = existing
    ? SKILLS.some((s) => {
        const r = existing.ratings.find((x) => x.skill === s.id);
        return levels[s.id] !== r?.level || (notes[s.id] ?? '') !== (r?.note ?? '');
      }) || date !== existing.date
    : Object.keys(levels).length > 0 || Object.values(notes).some((n) => n?.trim());
  // "Last time": the levels before this check-in (for a correction, as the one before it left them).
  const before = existing && data ? previousCheckIn(data.checkIns, existing.id) : null;
  const previous = data ? (existing ? (before ? levelsThrough(data.checkIns, before.id) : null) : levelsAt(data.checkIns)) : null;
  const leave =
    onDone ??
    (() => void navigate(existing ? `/skills/check-ins/${existing.id}` : fromOnboarding ? '/skills/targets?from=onboarding' : '/skills'));

  const onSave = () =>
    saveWithProblems(problems, checkInFormProblems(date, levels, today()), async () => {
      const draft = {
        date,
        blind,
        ratings: SKILLS.map((s) => ({ skill: s.id, level: levels[s.id]!, ...(notes[s.id]?.trim() ? { note: notes[s.id]!.trim() } : {}) })),
      };
      const saved = existing ? await updateCheckIn(existing.id, draft) : await addCheckIn(draft);
      return () => {
        toast(existing ? `Check-in of ${formatDate(saved.date)} corrected` : `Check-in of ${formatDate(saved.date)} saved`);
        leave();
      };
    });

  return (
    <FormFrame
      heading={existing ? `Correct the check-in of ${formatDate(existing.date)}` : 'New check-in'}
      intro={
        <p className="muted">
          {existing
            ? 'Fix what was entered by mistake. The check-in keeps its place in your history and shows that it was corrected.'
            : 'Rate where you stand today on each skill. The descriptions say what each level looks like; pick the one that fits most of the time.'}
        </p>
      }
      problems={problems}
      claimed={['date', 'ratings', 'blind']}
      dirty={dirty}
      onSave={onSave}
      onCancel={() => (onDone ? onDone() : navigate(existing ? `/skills/check-ins/${existing.id}` : fromOnboarding ? '/' : '/skills'))}
      saveLabel={existing ? 'Save correction' : 'Save check-in'}
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
