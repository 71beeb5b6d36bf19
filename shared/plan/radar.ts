/**
 * Radar chart geometry for the plan (drawn as vector shapes in the PDF): one axis per skill,
 * clockwise from the top, a level of `max` on the outer ring. Pure numbers, no drawing.
 */
import type { PlanSkill } from './types';

export interface RadarGeometry {
  axes: { name: string; x: number; y: number; labelX: number; labelY: number; anchor: 'start' | 'middle' | 'end' }[];
  /** One closed polygon per level 1..max, as "x,y x,y ..." strings. */
  rings: string[];
  /** Current levels (an unrated skill sits at the centre). */
  current: string;
  /** Target levels (a skill without a target sits at the centre). */
  target: string;
}

function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

function pointAt(cx: number, cy: number, radius: number, i: number, n: number): [number, number] {
  // Start at 12 o'clock and go clockwise, as people read a clock.
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [r2(cx + radius * Math.cos(angle)), r2(cy + radius * Math.sin(angle))];
}

function polygon(values: readonly number[], cx: number, cy: number, radius: number, max: number): string {
  return values.map((v, i) => pointAt(cx, cy, (radius * Math.max(0, Math.min(max, v))) / max, i, values.length).join(',')).join(' ');
}

/** The radar's axes, rings and the current and target polygons, centred on (cx, cy). */
export function radarGeometry(skills: readonly PlanSkill[], cx: number, cy: number, radius: number, max = 5, labelGap = 8): RadarGeometry {
  const n = skills.length;
  const axes = skills.map((s, i) => {
    const [x, y] = pointAt(cx, cy, radius, i, n);
    const [labelX, labelY] = pointAt(cx, cy, radius + labelGap, i, n);
    // Labels left of centre end at the axis tip, right of it start there; top and bottom centre.
    const anchor: 'start' | 'middle' | 'end' = Math.abs(labelX - cx) < 1 ? 'middle' : labelX < cx ? 'end' : 'start';
    return { name: s.name, x, y, labelX, labelY, anchor };
  });
  const rings = Array.from({ length: max }, (_, k) =>
    polygon(
      skills.map(() => k + 1),
      cx,
      cy,
      radius,
      max,
    ),
  );
  return {
    axes,
    rings,
    current: polygon(
      skills.map((s) => s.current ?? 0),
      cx,
      cy,
      radius,
      max,
    ),
    target: polygon(
      skills.map((s) => s.target ?? 0),
      cx,
      cy,
      radius,
      max,
    ),
  };
}
