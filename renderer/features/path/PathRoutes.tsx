import { useMemo } from 'react';
import { Link, Route, Routes } from 'react-router';
import { fitHistory, pathFit, stepProgress } from '../../../shared/path';
import { useAfterPaint } from '../../components/useAfterPaint';
import { Contributions } from './Contributions';
import { FitHistory } from './FitHistory';
import { ProsCons } from './ProsCons';
import { Questionnaire } from './Questionnaire';
import { StepTracker } from './StepTracker';
import { UnratedList } from './UnratedList';
import { PATH_DATA, readPathData, usePathData, type PathData } from './usePathData';
import { liveAtStart } from '../../app/startReads';
import { VerdictCard } from './VerdictCard';
import '../../components/path/scale.css';
import './path.css';

/** As the app opens on the path's overview or its questionnaire (`rest`: the path below /path), reads what their first render shows. */
export function warmPathScreen(rest: string): Promise<unknown> | undefined {
  return rest === '' || rest === 'questionnaire' ? liveAtStart(PATH_DATA, readPathData) : undefined;
}

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
  // The verdict first; the history (a fit a month) and the step tracker once it is on screen.
  // Each is worked out once per change of the data, not on every render.
  const fit = useMemo(() => data && pathFit(data.answers, data.entries, data.people, data.today), [data]);
  const [painted] = useAfterPaint(!!fit);
  const later = useMemo(
    () =>
      data &&
      painted && {
        history: fitHistory(data.answers, data.entries, data.people, data.today),
        steps: stepProgress(data.entries, data.people, data.today),
      },
    [data, painted],
  );
  if (!fit) return <h1>Path fit</h1>;
  return (
    <>
      <h1>Path fit</h1>
      <p className="muted">Internal or external product management? This page weighs your own answers against what your journal shows.</p>
      <VerdictCard fit={fit} />
      <UnratedList items={fit.unrated} />
      <Contributions fit={fit} />
      {later ? (
        <>
          <FitHistory points={later.history} />
          <ProsCons />
          <StepTracker steps={later.steps} />
        </>
      ) : (
        <p className="muted" role="status">
          Working out your history and the five steps…
        </p>
      )}
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
