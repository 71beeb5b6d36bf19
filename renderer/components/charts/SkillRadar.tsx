import type { SkillId } from '../../../shared/domain/framework';
import { LEVELS_NOTE } from '../../../shared/plan/format';
import { pointsAttr, radarAxes, radarPoints, radarRings, type RadarPoint } from '../../../shared/plan/radar';
import { NumCell, NumHeading, SkillLevelHeadings } from '../table/cells';
import { ChartTable } from './ChartTable';
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
const SERIES_ORDER = ['current', 'target', 'earlier'] as const;

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

/**
 * The note under the chart when a drawn series skips skills ("No target for Adaptability &
 * resilience: the target outline joins the skills that have one."), or null.
 */
export function missingNote(rows: readonly RadarRow[], s: SeriesId, label: string): string | null {
  const missing = rows.filter((r) => r[s] === null).map((r) => r.name);
  if (missing.length === 0 || missing.length === rows.length) return null;
  const what = s === 'current' ? 'No rating' : s === 'target' ? 'No target' : `Not rated in the ${label.toLowerCase()}`;
  return `${what} for ${missing.join(', ')}: the ${s === 'earlier' ? 'dotted' : s === 'target' ? 'target' : 'current'} outline joins the skills that have one.`;
}

// The drawing's own coordinate space; the SVG scales to the width of its container.
const W = 640;
const H = 470;
const FRAME = { cx: W / 2, cy: H / 2 + 4, radius: 160, max: 5 };

/** A skill name on two lines when it has " & " ("Leadership &" / "influence"), spaced in em so any font size reads. */
function AxisLabel({ x, y, anchor, name }: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; name: string }) {
  const [first, ...rest] = name.split(' & ');
  const lines = rest.length ? [`${first} &`, rest.join(' & ')] : [name];
  // Labels above the centre grow upwards, so they never cover the chart.
  const up = y < FRAME.cy - 1 ? (lines.length - 1) * 1.15 : 0;
  return (
    <text x={x} y={y + 4} textAnchor={anchor} className="chart-tick">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${-up}em` : '1.15em'}>
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

/** One series: a polygon through its points (a line for two, nothing for one), and a marker at each. */
function SeriesShape({ id, points }: { id: SeriesId; points: RadarPoint[] }) {
  const style = SERIES[id];
  const common = {
    stroke: style.color,
    strokeWidth: 2.5,
    strokeDasharray: style.dash,
    strokeLinejoin: 'round' as const,
  };
  return (
    <g className={`radar-series radar-${id}`} data-series={id}>
      {points.length >= 3 && (
        <polygon points={pointsAttr(points)} fill={style.color} fillOpacity={id === 'current' ? 0.15 : 0} {...common} />
      )}
      {points.length === 2 && <polyline points={pointsAttr(points)} fill="none" {...common} />}
      {points.map((p) => (
        <Marker key={p.index} shape={style.marker} cx={p.x} cy={p.y} color={style.color} />
      ))}
    </g>
  );
}

/**
 * The six skills as a radar drawn in plain SVG (vector on screen and in the plan PDF): current
 * level (solid, circles), target (dashed, squares) and an earlier check-in (dotted, triangles).
 * A missing value has no point (it is not a 0): the outline joins the skills that have one, and
 * a note says so. The scale runs 1 to 5. The chart scales with its container; an HTML legend and
 * the same numbers as a table go with it.
 */
export function SkillRadar({ rows, earlierLabel = 'Earlier check-in' }: { rows: readonly RadarRow[]; earlierLabel?: string }) {
  const series = SERIES_ORDER.filter((s) => rows.some((r) => r[s] !== null));
  const hasEarlier = series.includes('earlier');
  const label = (s: SeriesId) => (s === 'earlier' ? earlierLabel : SERIES_LABELS[s]);
  const axes = radarAxes(
    rows.map((r) => r.name),
    FRAME,
    14,
  );
  const rings = radarRings({ ...FRAME, n: rows.length });
  const notes = series.map((s) => missingNote(rows, s, label(s))).filter((n): n is string => n !== null);
  return (
    <div className="radar-layout">
      <figure className="chart-figure radar-figure">
        <svg
          className="radar-svg"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={radarSummary(rows, series, earlierLabel)}
          preserveAspectRatio="xMidYMid meet"
        >
          <g className="chart-grid">
            {rings.map((r) => (
              <polygon key={r.level} points={r.points} fill="none" />
            ))}
            {axes.map((a) => (
              <line key={a.name} x1={FRAME.cx} y1={FRAME.cy} x2={a.x} y2={a.y} />
            ))}
          </g>
          {rings.map((r) => (
            <text key={r.level} x={r.labelX} y={r.labelY} className="chart-axis-number">
              {r.level}
            </text>
          ))}
          {series.map((s) => (
            <SeriesShape
              key={s}
              id={s}
              points={radarPoints(
                rows.map((r) => r[s]),
                FRAME,
              )}
            />
          ))}
          {axes.map((a) => (
            <AxisLabel key={a.name} x={a.labelX} y={a.labelY} anchor={a.anchor} name={a.name} />
          ))}
        </svg>
        <figcaption>
          <ChartLegend items={series.map((s) => ({ series: s, label: label(s) }))} />
          {notes.map((n) => (
            <p key={n} className="muted chart-note">
              {n}
            </p>
          ))}
        </figcaption>
      </figure>
      <ChartTable
        caption="The chart as a table"
        headings={
          <>
            <SkillLevelHeadings />
            {hasEarlier && <NumHeading>{earlierLabel}</NumHeading>}
          </>
        }
        rows={rows.map((r) => ({
          key: r.skill,
          heading: r.name,
          cells: (
            <>
              <NumCell value={r.current} />
              <NumCell value={r.target} />
              {hasEarlier && <NumCell value={r.earlier} />}
            </>
          ),
        }))}
        note={LEVELS_NOTE}
      />
    </div>
  );
}
