import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../../shared/dates';
import type { FitPoint } from '../../../shared/path';

// The chart is hidden from assistive technology (and unfocusable); the table carries the same data.

/** The fit over time: a small line chart (internal at the bottom, external at the top) and the same data as a table. */
export function FitHistory({ points }: { points: readonly FitPoint[] }) {
  if (points.length === 0) return null;
  const data = points.map((p) => ({ ...p, label: formatDate(p.date) }));
  return (
    <section aria-labelledby="fit-history-heading">
      <h2 id="fit-history-heading">How your fit has moved</h2>
      {points.length > 1 && (
        <figure className="fit-history-chart" aria-hidden="true">
          <LineChart accessibilityLayer={false} width={560} height={200} data={data} margin={{ top: 10, right: 20, bottom: 5, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" className="chart-grid" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis
              domain={[-1, 1]}
              ticks={[-1, 0, 1]}
              tickFormatter={(v: number) => (v === -1 ? 'Internal' : v === 1 ? 'External' : 'Undecided')}
              width={75}
              tick={{ fontSize: 11 }}
            />
            <ReferenceLine y={0} stroke="currentColor" strokeOpacity={0.4} />
            <Tooltip formatter={(v) => String(v)} />
            <Line type="monotone" dataKey="position" name="Position" stroke="var(--accent)" strokeWidth={2} dot isAnimationActive={false} />
          </LineChart>
        </figure>
      )}
      <details open={points.length === 1}>
        <summary>Fit history as a table</summary>
        <table>
          <caption className="visually-hidden">Path fit by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Fit</th>
              <th scope="col">Position</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <td>{formatDate(p.date)}</td>
                <td>{p.positionLabel}</td>
                <td>{p.position}</td>
                <td>{p.confidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
