import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { InputError } from '../../../shared/errors';
import { PATHS } from '../../../shared/domain/framework';
import { DIMENSIONS, FACTORS, LEAN_OPTIONS, WEIGHT_OPTIONS, type DimensionId, type FactorId } from '../../../shared/path';
import type { PathAnswers } from '../../../shared/schemas';
import { RadioGroup } from '../../components/form/ChoiceGroups';
import { useToast } from '../../components/Toast';
import { addPathAnswers } from '../../data/repositories/path';

type Dims = Partial<Record<DimensionId, number>>;
type Factors = Partial<Record<FactorId, number>>;

/** The path questionnaire: each visit saves a new dated set of answers, prefilled from the last one. */
export function Questionnaire({
  latest,
  count,
  today,
  onSaved,
}: {
  latest: PathAnswers | undefined;
  count: number;
  today: string;
  /** Called after a save instead of going back to Path fit (first-run setup moves on to its next step). */
  onSaved?: () => void;
}) {
  const toast = useToast();
  const navigate = useNavigate();
  const [dims, setDims] = useState<Dims>(() => ({ ...latest?.dimensions }));
  const [factors, setFactors] = useState<Factors>(() => ({ ...latest?.factors }));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const answered = Object.keys(dims).length + Object.keys(factors).length;

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (answered === 0) {
      setProblem('Answer at least one question before saving.');
      return;
    }
    setSaving(true);
    try {
      await addPathAnswers({ date: today, dimensions: dims, factors });
      setProblem(null);
      toast(`Answers saved for ${formatDate(today)}. Your fit is updated.`);
      // First-run setup moves on to its next step; otherwise back to the fit.
      if (onSaved) onSaved();
      else void navigate('/path');
    } catch (err) {
      setProblem(err instanceof InputError ? err.problems.map((p) => `${p.where}: ${p.message}`).join('; ') : String(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="path-questionnaire" onSubmit={save} noValidate aria-labelledby="questionnaire-heading">
      <h2 id="questionnaire-heading">Questionnaire</h2>
      <p className="muted">
        {latest
          ? `You have answered ${count} time${count === 1 ? '' : 's'}; the last answers (${formatDate(latest.date)}) are filled in. Saving keeps them and adds today's.`
          : 'Answer what you can; you can come back and answer again as you learn more. Each visit is kept.'}
      </p>
      <h3>Which side suits you?</h3>
      {DIMENSIONS.map((d) => (
        <RadioGroup
          key={d.id}
          legend={`${d.name}: ${d.question}`}
          hint={`${PATHS.internal.name}: ${d.sides.internal.looks}. ${PATHS.external.name}: ${d.sides.external.looks}.`}
          value={dims[d.id]}
          options={LEAN_OPTIONS}
          onChange={(v) => setDims((old) => withValue(old, d.id, v))}
        />
      ))}
      <h3>How much does each of these matter to you?</h3>
      {FACTORS.map((f) => (
        <RadioGroup
          key={f.id}
          legend={f.label}
          value={factors[f.id]}
          options={WEIGHT_OPTIONS}
          onChange={(v) => setFactors((old) => withValue(old, f.id, v))}
        />
      ))}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={saving}>
        Save answers
      </button>
    </form>
  );
}

/** A copy of the record with `key` set to `value`, or removed when `value` is undefined. */
function withValue<K extends string>(record: Partial<Record<K, number>>, key: K, value: number | undefined): Partial<Record<K, number>> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
