import { formatDate } from '../../../shared/dates';
import type { FitPoint } from '../../../shared/path';
import { ScaleBar, SignedPosition } from '../../components/path/ScaleBar';
import { DataTable, type Column } from '../../components/table/DataTable';

/** Months shown before the rest is folded away. */
const RECENT_POINTS = 12;

const COLUMNS: readonly Column<FitPoint>[] = [
  { id: 'month', header: 'Month ending', cell: (p) => formatDate(p.date) },
  {
    id: 'scale',
    header: (
      <>
        <span aria-hidden="true">Internal · External</span>
        <span className="visually-hidden">Scale</span>
      </>
    ),
    className: 'fit-history-bar',
    cell: (p) => <ScaleBar position={p.position} small />,
  },
  { id: 'position', header: 'Position', cell: (p) => <SignedPosition value={p.position} /> },
  { id: 'fit', header: 'Fit', cell: (p) => p.positionLabel },
  { id: 'confidence', header: 'Confidence', cell: (p) => p.confidence },
];

function Table({ points, caption }: { points: readonly FitPoint[]; caption: string }) {
  return <DataTable className="fit-history" caption={caption} captionHidden columns={COLUMNS} rows={points} rowKey={(p) => p.date} />;
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
