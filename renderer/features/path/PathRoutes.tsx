import { useMemo } from 'react';
import { fitHistory, pathFit, stepProgress } from '../../../shared/path';
import { FitHistory } from './FitHistory';
import { FitView } from './FitView';
import { Questionnaire } from './Questionnaire';
import { StepTracker } from './StepTracker';
import { usePathData } from './usePathData';
import './path.css';

/** Path fit: the fit and why, its history, the five-step tracker and the questionnaire. */
export function PathRoutes() {
  const data = usePathData();
  // Worked out once per change of the data, not on every render (the history re-runs the fit
  // once a month of journal).
  const derived = useMemo(
    () =>
      data && {
        fit: pathFit(data.answers, data.entries, data.people, data.today),
        history: fitHistory(data.answers, data.entries, data.people, data.today),
        steps: stepProgress(data.entries, data.people, data.today),
      },
    [data],
  );
  if (!data || !derived) return <h1>Path fit</h1>;
  const { answers, today } = data;
  const { fit, history, steps } = derived;
  const latest = answers[answers.length - 1];
  return (
    <>
      <h1>Path fit</h1>
      <p className="muted">Internal or external product management? This page weighs your own answers against what your journal shows.</p>
      <FitView fit={fit} />
      <FitHistory points={history} />
      <StepTracker steps={steps} />
      {/* Keyed on the last save so the form refills from the newest answers. */}
      <Questionnaire key={latest?.id ?? 'none'} latest={latest} count={answers.length} today={today} />
    </>
  );
}
