import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { SkillId } from '../../../shared/domain/framework';
import { ChartLegend, Marker, SERIES, type SeriesId } from './series';

/** One axis of the radar: a skill with its three values (null when missing). */
export interface RadarRow {
  skill: SkillId;
  name: string;
  current: number | null;
  target: number | null;
  earlier: number | null;
}

const SERIES_LABELS: Record<SeriesId, string> = { current: 'Current level', target: 'Target', earlier: 'Earlier check-in' };

/** "3", or "not set" for a missing value (used in the table and the summary). */
function valueText(v: number | null): string {
  return v === null ? 'not set' : String(v);
}

/** The chart's text alternative in one sentence per series. */
export function radarSummary(rows: readonly RadarRow[], series: readonly SeriesId[], earlierLabel: string): string {
  const parts = series.map(
    (s) => `${s === 'earlier' ? earlierLabel : SERIES_LABELS[s]}: ${rows.map((r) => `${r.name} ${valueText(r[s])}`).join(', ')}.`,
  );
  return `Radar chart of the six skills on a scale of 1 to 5. ${parts.join(' ')}`;
}

/** Splits a long skill name at " & " so axis labels fit on two lines. */
function AxisTick({ x, y, textAnchor, payload }: { x?: number; y?: number; textAnchor?: string; payload?: { value: string } }) {
  const name = payload?.value ?? '';
  const [first, ...rest] = name.split(' & ');
  const lines = rest.length ? [`${first} &`, rest.join(' & ')] : [name];
  const top = (y ?? 0) < 200 ? -(lines.length - 1) * 14 : 0;
  return (
    <text x={x} y={(y ?? 0) + top} textAnchor={textAnchor as 'start' | 'middle' | 'end'} className="chart-tick">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 4 : 14}>
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The six skills as a radar: current level (solid, circles), target (dashed, squares) and an
 * earlier check-in (dotted, triangles), with an HTML legend and the same numbers as a table.
 * Fixed size, because Recharts draws nothing in a container it cannot measure.
 */
export function SkillRadar({
  rows,
  earlierLabel = 'Earlier check-in',
  width = 560,
  height = 420,
}: {
  rows: readonly RadarRow[];
  earlierLabel?: string;
  width?: number;
  height?: number;
}) {
  const series = (['current', 'target', 'earlier'] as const).filter((s) => rows.some((r) => r[s] !== null));
  // A missing value sits at the centre; its marker is left out so it does not read as a level.
  const data = rows.map((r) => ({ name: r.name, current: r.current ?? 0, target: r.target ?? 0, earlier: r.earlier ?? 0 }));
  const hasEarlier = series.includes('earlier');
  const label = (s: SeriesId) => (s === 'earlier' ? earlierLabel : SERIES_LABELS[s]);
  return (
    <div className="radar-layout">
      <figure className="chart-figure">
        <div role="img" aria-label={radarSummary(rows, series, earlierLabel)}>
          <RadarChart width={width} height={height} data={data} outerRadius={Math.min(width, height) / 2 - 90} accessibilityLayer={false}>
            <PolarGrid className="chart-grid" />
            <PolarAngleAxis dataKey="name" tick={<AxisTick />} />
            <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ className: 'chart-axis-number' }} axisLine={false} />
            {series.map((s) => (
              <Radar
                key={s}
                name={label(s)}
                dataKey={s}
                stroke={SERIES[s].color}
                strokeWidth={2.5}
                strokeDasharray={SERIES[s].dash}
                fill={SERIES[s].color}
                fillOpacity={s === 'current' ? 0.15 : 0}
                isAnimationActive={false}
                dot={(p: { cx?: number; cy?: number; index?: number }) =>
                  rows[p.index ?? 0]?.[s] === null ? (
                    <g key={`${s}-${p.index}`} />
                  ) : (
                    <Marker key={`${s}-${p.index}`} shape={SERIES[s].marker} cx={p.cx ?? 0} cy={p.cy ?? 0} color={SERIES[s].color} />
                  )
                }
              />
            ))}
          </RadarChart>
        </div>
        <figcaption>
          <ChartLegend items={series.map((s) => ({ series: s, label: label(s) }))} />
        </figcaption>
      </figure>
      <div className="chart-side">
        <table className="data-table">
          <caption>The chart as a table</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col" className="num">
                Current
              </th>
              <th scope="col" className="num">
                Target
              </th>
              {hasEarlier && (
                <th scope="col" className="num">
                  {earlierLabel}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.skill}>
                <th scope="row">{r.name}</th>
                <td className="num">{r.current ?? '—'}</td>
                <td className="num">{r.target ?? '—'}</td>
                {hasEarlier && <td className="num">{r.earlier ?? '—'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
