import { describe, expect, it } from 'vitest';
import { pointsAttr, radarAxes, radarPoints, radarRings } from '../../../shared/plan';

const FRAME = { cx: 100, cy: 100, radius: 50, max: 5 };

describe('radar geometry', () => {
  it("puts the first axis at 12 o'clock and anchors labels away from the centre", () => {
    // Four axes: up, right, down, left.
    expect(radarAxes(['A', 'B', 'C', 'D'], FRAME).map((a) => [a.x, a.y, a.anchor])).toEqual([
      [100, 50, 'middle'],
      [150, 100, 'start'],
      [100, 150, 'middle'],
      [50, 100, 'end'],
    ]);
  });

  it('draws rings for levels 1 to 5 only (no 0)', () => {
    const rings = radarRings({ ...FRAME, n: 4 });
    expect(rings.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    // Level 1 is a fifth of the radius (10 px); level 5 is the radius.
    expect(rings[0]!.points).toBe('100,90 110,100 100,110 90,100');
    expect(rings[4]!.points).toBe('100,50 150,100 100,150 50,100');
  });

  it('gives a missing value no point, so the outline joins only the skills that have one', () => {
    const points = radarPoints([5, null, 3, 1], FRAME);
    expect(points.map((p) => p.index)).toEqual([0, 2, 3]);
    // 5 → 50 px up, 3 → 30 px down, 1 → 10 px left; nothing sits at the centre (100,100).
    expect(pointsAttr(points)).toBe('100,50 100,130 90,100');
    expect(radarPoints([null, null, null, null], FRAME)).toEqual([]);
  });
});

describe('radar ring labels', () => {
  it('sit on their ring halfway between the first two axes, away from the markers on the axes', () => {
    // Four axes: halfway between up and right is 45°; ring 5 (radius 50) → (100 + 35.36 + 3, 100 - 35.36).
    const five = radarRings({ ...FRAME, n: 4 })[4]!;
    expect([five.labelX, five.labelY]).toEqual([138.36, 64.64]);
  });
});
