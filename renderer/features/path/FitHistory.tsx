import { formatDate } from '../../../shared/dates';
import type { FitPoint } from '../../../shared/path';
import { ScaleBar, SignedPosition } from '../../components/path/ScaleBar';

/** Months shown before the rest is folded away. */
const RECENT_POINTS = 12;

function Rows({ points }: { points: readonly FitPoint[] }) {
  return (
    <>
      {points.map((p) => (
        <tr key={p.date}>
          <td>{formatDate(p.date)}</td>
          <td className="fit-history-bar">
            <ScaleBar position={p.position} small />
          </td>
          <td>
            <SignedPosition value={p.position} />
          </td>
          <td>{p.positionLabel}</td>
          <td>{p.confidence}</td>
        </tr>
      ))}
    </>
  );
}

function Table({ points, caption }: { points: readonly FitPoint[]; caption: string }) {
  return (
    <table className="fit-history">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Month ending</th>
          <th scope="col">
            <span aria-hidden="true">Internal · External</span>
            <span className="visually-hidden">Scale</span>
          </th>
          <th scope="col">Position</th>
          <th scope="col">Fit</th>
          <th scope="col">Confidence</th>
        </tr>
      </thead>
      <tbody>
        <Rows points={points} />
      </tbody>
    </table>
  );
}

/** The fit as each month ended, newest first, on the same scale as the verdict (the same model, re-run as of each month). */
export function FitHistory({ points }: { points: readonly FitPoint[] }) {
  if (points.length === 0) return null;
  const newestFirst = [...points].reverse();
  const recent = newestFirst.slice(0, RECENT_POINTS);
  const older = newestFirst.slice(RECENT_POINTS);
  return (
    <section aria-labelledby="fit-history-heading">
      <h2 id="fit-history-heading">How your fit has moved</h2>
      <p className="muted">Each month re-weighed as it was then: older evidence had not yet faded.</p>
      <Table points={recent} caption="Path fit as each month ended, newest first" />
      {older.length > 0 && (
        <details>
          <summary>{older.length} earlier months</summary>
          <Table points={older} caption="Earlier months, newest first" />
        </details>
      )}
    </section>
  );
}
