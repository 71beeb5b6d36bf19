import { Link } from 'react-router';
import type { PathFit } from '../../../shared/path';
import { NextSteps } from '../../components/path/NextSteps';
import { ScaleBar, SignedPosition } from '../../components/path/ScaleBar';

/** The verdict first: where the fit points, how sure, the top reasons, what pulls against it, and what to do next. */
export function VerdictCard({ fit }: { fit: PathFit }) {
  return (
    <section aria-labelledby="fit-heading" className="card path-fit">
      <h2 id="fit-heading">Your path fit</h2>
      <p className="fit-position">
        <strong>{fit.positionLabel}</strong> <SignedPosition value={fit.position} />
      </p>
      <p className="fit-verdict">{fit.verdict}</p>
      <ScaleBar position={fit.position} />
      <p className="muted fit-scale-note">
        One scale on this page: -1 is all internal (left), +1 all external (right), 0 undecided. The history and every effect below use it,
        and the effects add up to the position.
      </p>
      <p>
        <strong>Why {fit.confidence} confidence.</strong> {fit.confidenceReason.replace(/^[A-Z][a-z]+ confidence: /, '')}
      </p>
      {fit.reasons.length > 0 && (
        <>
          <h3>{fit.lean === 'undecided' ? 'What weighs most' : 'Top reasons'}</h3>
          <ol className="fit-reasons">
            {fit.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ol>
        </>
      )}
      {fit.tensions.length > 0 && (
        <>
          <h3>Pulling the other way</h3>
          <ul className="fit-tensions">
            {fit.tensions.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      <h3>What to do next</h3>
      <NextSteps steps={fit.nextSteps} />
      {fit.dataNote && (
        <p className="fit-data-note" role="note">
          <strong>Data check:</strong> {fit.dataNote}
        </p>
      )}
      <p>
        <Link to="/path/questionnaire">{fit.answersDate ? 'Answer the questionnaire again' : 'Answer the questionnaire'}</Link>
      </p>
    </section>
  );
}
