import { useMemo } from 'react';
import { Link, Route, Routes } from 'react-router';
import { fitHistory, pathFit, stepProgress } from '../../../shared/path';
import { Contributions } from './Contributions';
import { FitHistory } from './FitHistory';
import { ProsCons } from './ProsCons';
import { Questionnaire } from './Questionnaire';
import { StepTracker } from './StepTracker';
import { UnratedList } from './UnratedList';
import { usePathData, type PathData } from './usePathData';
import { VerdictCard } from './VerdictCard';
import '../../components/path/scale.css';
import './path.css';

/** Path fit: the verdict first, then what is not counted yet, the history, the side-by-side, the five steps and every item; the questionnaire has its own route. */
export function PathRoutes() {
  const data = usePathData();
  return (
    <Routes>
      <Route index element={<PathOverview data={data} />} />
      <Route path="questionnaire" element={<QuestionnairePage data={data} />} />
    </Routes>
  );
}

function PathOverview({ data }: { data: PathData | undefined }) {
  // Worked out once per change of the data, not on every render.
  const derived = useMemo(
    () =>
      data && {
        fit: pathFit(data.answers, data.entries, data.people, data.today),
        history: fitHistory(data.answers, data.entries, data.people, data.today),
        steps: stepProgress(data.entries, data.people, data.today),
      },
    [data],
  );
  if (!derived) return <h1>Path fit</h1>;
  const { fit, history, steps } = derived;
  return (
    <>
      <h1>Path fit</h1>
      <p className="muted">Internal or external product management? This page weighs your own answers against what your journal shows.</p>
      <VerdictCard fit={fit} />
      <UnratedList items={fit.unrated} />
      <Contributions fit={fit} />
      <FitHistory points={history} />
      <ProsCons />
      <StepTracker steps={steps} />
    </>
  );
}

function QuestionnairePage({ data }: { data: PathData | undefined }) {
  if (!data) return <h1>Path questionnaire</h1>;
  const latest = data.answers[data.answers.length - 1];
  return (
    <>
      <h1>Path questionnaire</h1>
      <p>
        <Link to="/path">Back to your path fit</Link>
      </p>
      <ProsCons />
      {/* Keyed on the last save so the form refills from the newest answers. */}
      <Questionnaire key={latest?.id ?? 'none'} latest={latest} count={data.answers.length} today={data.today} />
    </>
  );
}
