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
  if (!data) return <h1>Path fit</h1>;
  const { answers, entries, people, today } = data;
  const fit = pathFit(answers, entries, people, today);
  const latest = answers[answers.length - 1];
  return (
    <>
      <h1>Path fit</h1>
      <p className="muted">Internal or external product management? This page weighs your own answers against what your journal shows.</p>
      <FitView fit={fit} />
      <FitHistory points={fitHistory(answers, entries, people, today)} />
      <StepTracker steps={stepProgress(entries, people, today)} />
      {/* Keyed on the last save so the form refills from the newest answers. */}
      <Questionnaire key={latest?.id ?? 'none'} latest={latest} count={answers.length} today={today} />
    </>
  );
}
