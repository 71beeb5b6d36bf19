import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../../shared/dates';
import type { RatedLevel } from '../../../shared/skills/progress';
import { levelLabel } from '../../../shared/skills/levels';
import { ChartTable } from '../../components/charts/ChartTable';
import { ChartLegend, Marker, SERIES } from '../../components/charts/series';

/** One skill's level at each check-in (solid line, circles) against its target (dashed), with a table alternative. */
export function LevelHistoryChart({
  name,
  history,
  target,
  width = 620,
  height = 260,
}: {
  name: string;
  history: readonly RatedLevel[];
  target: number | null;
  width?: number;
  height?: number;
}) {
  const data = history.map((h) => ({ date: formatDate(h.date), level: h.level }));
  const summary = `Line chart of ${name} over time: ${history.map((h) => `${formatDate(h.date)} level ${h.level}`).join(', ')}.${target !== null ? ` Target ${target}.` : ''}`;
  return (
    <div className="radar-layout">
      <figure className="chart-figure chart-figure-fixed">
        <div role="img" aria-label={summary}>
          <LineChart
            width={width}
            height={height}
            data={data}
            margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid className="chart-grid" strokeDasharray="3 3" />
            <XAxis dataKey="date" tick={{ className: 'chart-axis-number' }} padding={{ left: 24, right: 24 }} />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} width={32} tick={{ className: 'chart-axis-number' }} />
            {target !== null && (
              <ReferenceLine y={target} stroke={SERIES.target.color} strokeDasharray={SERIES.target.dash} strokeWidth={2} />
            )}
            <Line
              dataKey="level"
              name="Level"
              stroke={SERIES.current.color}
              strokeWidth={2.5}
              isAnimationActive={false}
              dot={(p: { cx?: number; cy?: number; index?: number }) => (
                <Marker key={p.index} shape="circle" cx={p.cx ?? 0} cy={p.cy ?? 0} color={SERIES.current.color} />
              )}
            />
          </LineChart>
        </div>
        <figcaption>
          <ChartLegend
            items={[
              { series: 'current', label: 'Level at each check-in' },
              ...(target !== null ? [{ series: 'target' as const, label: `Target (${target})`, lineOnly: true }] : []),
            ]}
          />
        </figcaption>
      </figure>
      <ChartTable
        caption="Level history as a table"
        headings={
          <>
            <th scope="col">Check-in</th>
            <th scope="col">Level</th>
          </>
        }
        rows={[...history].reverse().map((h) => ({
          key: h.checkInId,
          heading: formatDate(h.date),
          cells: <td>{levelLabel(h.level)}</td>,
        }))}
      />
    </div>
  );
}
