import { formatPoints, formatPosition } from '../../../shared/plan';
import type { FitContribution, PathFit } from '../../../shared/path';

const SOURCE_LABELS: Record<FitContribution['source'], string> = {
  dimension: 'Your answer',
  factor: 'What matters to you',
  reflections: 'Journal',
  conversations: 'Journal',
  shadowing: 'Journal',
};

/** Where the fit points, in words and on a scale, how sure it is, and every contribution behind it. */
export function FitView({ fit }: { fit: PathFit }) {
  // The marker sits at 0% (strongly internal) .. 100% (strongly external).
  const left = `${((fit.position + 1) / 2) * 100}%`;
  return (
    <section aria-labelledby="fit-heading" className="card path-fit">
      <h2 id="fit-heading">Your path fit</h2>
      <p className="fit-position">
        <strong>{fit.positionLabel}</strong> <span className="muted">· {formatPosition(fit.position)}</span>
      </p>
      <div className="fit-scale" aria-hidden="true">
        <div className="fit-track">
          <span className="fit-marker" style={{ left }} />
        </div>
        <div className="fit-scale-labels">
          <span>Strongly internal</span>
          <span>Undecided</span>
          <span>Strongly external</span>
        </div>
      </div>
      <p>
        <strong>Confidence: {fit.confidence}.</strong> {fit.confidenceReason}
      </p>
      <p className="fit-next">
        <strong>Next step:</strong> {fit.nextStep}
      </p>
      <h3>What the fit rests on</h3>
      {fit.contributions.length === 0 ? (
        <p className="muted">Nothing yet: answer the questionnaire below, and log reflections and conversations in the journal.</p>
      ) : (
        <table className="fit-contributions">
          <caption className="visually-hidden">
            Contributions to the path fit: points toward internal are negative, toward external positive
          </caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Item</th>
              <th scope="col">Effect</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {fit.contributions.map((c) => (
              <tr key={c.id}>
                <td>{SOURCE_LABELS[c.source]}</td>
                <td>{c.label}</td>
                <td className={`fit-effect fit-${c.direction}`}>
                  {c.direction === 'neither' ? 'none' : `${formatPoints(c.points)} toward ${c.direction}`}
                </td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
