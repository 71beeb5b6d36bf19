/**
 * Radar chart geometry for the skills (drawn as SVG on the Skills screen, in the plan preview and
 * in the plan PDF): one axis per skill, clockwise from the top, a level of `max` on the outer
 * ring. Pure numbers, no drawing.
 */

export interface RadarPoint {
  /** The axis (skill) index. */
  index: number;
  level: number;
  x: number;
  y: number;
}

export interface RadarAxis {
  name: string;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarRing {
  level: number;
  points: string;
  /** Where the level's number is written: on the ring, halfway between the first two axes (clear of the markers). */
  labelX: number;
  labelY: number;
}

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

function pointAt(cx: number, cy: number, radius: number, i: number, n: number): [number, number] {
  // Start at 12 o'clock and go clockwise, as people read a clock.
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [r2(cx + radius * Math.cos(angle)), r2(cy + radius * Math.sin(angle))];
}

export interface RadarFrame {
  cx: number;
  cy: number;
  radius: number;
  /** Highest level (outer ring); the scale runs from 1 to max, with no 0 ring. */
  max: number;
  /** Axis count. */
  n: number;
}

/** The axes with their label positions; labels left of centre end at the tip, right of it start there. */
export function radarAxes(names: readonly string[], f: Omit<RadarFrame, 'n'>, labelGap = 8): RadarAxis[] {
  const n = names.length;
  return names.map((name, i) => {
    const [x, y] = pointAt(f.cx, f.cy, f.radius, i, n);
    const [labelX, labelY] = pointAt(f.cx, f.cy, f.radius + labelGap, i, n);
    const anchor: RadarAxis['anchor'] = Math.abs(labelX - f.cx) < 1 ? 'middle' : labelX < f.cx ? 'end' : 'start';
    return { name, x, y, labelX, labelY, anchor };
  });
}

/** One ring per level 1..max (no ring and no number for 0). */
export function radarRings(f: RadarFrame): RadarRing[] {
  return Array.from({ length: f.max }, (_, k) => {
    const level = k + 1;
    const r = (f.radius * level) / f.max;
    const points = Array.from({ length: f.n }, (_, i) => pointAt(f.cx, f.cy, r, i, f.n).join(',')).join(' ');
    const angle = -Math.PI / 2 + Math.PI / f.n;
    return { level, points, labelX: r2(f.cx + r * Math.cos(angle) + 3), labelY: r2(f.cy + r * Math.sin(angle)) };
  });
}

/**
 * The points of one series: only the axes with a value (a missing level is not a 0, so it gets no
 * point; the outline joins the skills that have one). Values are clamped to 1..max.
 */
export function radarPoints(values: readonly (number | null)[], f: Omit<RadarFrame, 'n'>): RadarPoint[] {
  const n = values.length;
  const out: RadarPoint[] = [];
  values.forEach((v, index) => {
    if (v === null) return;
    const level = Math.max(1, Math.min(f.max, v));
    const [x, y] = pointAt(f.cx, f.cy, (f.radius * level) / f.max, index, n);
    out.push({ index, level: v, x, y });
  });
  return out;
}

/** "x,y x,y ..." for an SVG polygon or polyline. */
export function pointsAttr(points: readonly RadarPoint[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}
