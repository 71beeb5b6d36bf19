import './charts.css';
/** How each series looks, so the radar, the history chart and their legends agree. */
export type SeriesId = 'current' | 'target' | 'earlier';
export type MarkerShape = 'circle' | 'square' | 'triangle';

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
  marker: MarkerShape;
  /** How the line is described in words (for people who can't tell the colours apart). */
  lineWord: string;
}

export const SERIES: Readonly<Record<SeriesId, SeriesStyle>> = {
  current: { color: 'var(--series-current)', marker: 'circle', lineWord: 'solid line, circles' },
  target: { color: 'var(--series-target)', dash: '7 4', marker: 'square', lineWord: 'dashed line, squares' },
  earlier: { color: 'var(--series-earlier)', dash: '2 3', marker: 'triangle', lineWord: 'dotted line, triangles' },
};

/** A marker drawn at (cx, cy): the shape tells series apart without colour. */
export function Marker({ shape, cx, cy, color, size = 4.5 }: { shape: MarkerShape; cx: number; cy: number; color: string; size?: number }) {
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={size} fill={color} stroke={color} />;
  if (shape === 'square') return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} fill={color} stroke={color} />;
  const h = size * 1.2;
  return <polygon points={`${cx},${cy - h} ${cx - h},${cy + h * 0.8} ${cx + h},${cy + h * 0.8}`} fill={color} stroke={color} />;
}

/** A legend in HTML (readable by screen readers), each item showing the line's dash, marker and colour. */
export function ChartLegend({ items }: { items: readonly { series: SeriesId; label: string; lineOnly?: boolean }[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {items.map(({ series, label, lineOnly }) => {
        const s = SERIES[series];
        return (
          <li key={series}>
            <svg width="36" height="14" aria-hidden="true" focusable="false">
              <line x1="2" y1="7" x2="34" y2="7" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash} />
              {!lineOnly && <Marker shape={s.marker} cx={18} cy={7} color={s.color} size={4} />}
            </svg>
            <span>
              {label} <span className="visually-hidden">({lineOnly ? s.lineWord.split(',')[0] : s.lineWord})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
