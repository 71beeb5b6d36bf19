// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { SkillRadar, type RadarRow } from '../../../renderer/features/skills/SkillRadar';

afterEach(cleanup);

const ROWS: RadarRow[] = [
  { skill: 'strategy', name: 'Product strategy & roadmapping', current: 3, target: 4, earlier: 2 },
  { skill: 'communication', name: 'Communication & collaboration', current: 4, target: 4, earlier: 4 },
  { skill: 'research', name: 'Market research & analysis', current: 2, target: 3, earlier: 1 },
  { skill: 'leadership', name: 'Leadership & influence', current: 1, target: 3, earlier: 1 },
  { skill: 'problem-solving', name: 'Problem solving & decision making', current: 5, target: 5, earlier: 3 },
  { skill: 'adaptability', name: 'Adaptability & resilience', current: 3, target: null, earlier: 3 },
];

describe('SkillRadar', () => {
  it('draws six axes labelled with the skill names', () => {
    const { container } = render(<SkillRadar rows={ROWS} earlierLabel="Check-in of 1 Jun 2025" />);
    const ticks = [...container.querySelectorAll('.recharts-polar-angle-axis-tick text')].map((t) =>
      t.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(ticks).toEqual([
      'Product strategy & roadmapping',
      'Communication & collaboration',
      'Market research & analysis',
      'Leadership & influence',
      'Problem solving & decision making',
      'Adaptability & resilience',
    ]);
  });

  it('places the current level of each skill at its distance from the centre', () => {
    const { container } = render(<SkillRadar rows={ROWS} width={500} height={500} />);
    // outerRadius = 500/2 - 90 = 160 for level 5, so each level is 32px; the centre is (250, 250).
    const polygons = container.querySelectorAll('.recharts-radar-polygon path, .recharts-radar-polygon polygon');
    expect(polygons.length).toBeGreaterThanOrEqual(2);
    const circles = [...container.querySelectorAll('.recharts-radar-dots circle')];
    const radii = circles.map((c) => Math.round(Math.hypot(Number(c.getAttribute('cx')) - 250, Number(c.getAttribute('cy')) - 250)));
    expect(radii).toEqual([96, 128, 64, 32, 160, 96]);
    // The first axis points straight up: level 3 -> 96px above the centre.
    expect(Number(circles[0]!.getAttribute('cx'))).toBeCloseTo(250, 5);
    expect(Number(circles[0]!.getAttribute('cy'))).toBeCloseTo(154, 5);
  });

  it('marks the target with squares and leaves out the marker where no target is set', () => {
    const { container } = render(<SkillRadar rows={ROWS} />);
    expect(container.querySelectorAll('.recharts-radar-dots rect')).toHaveLength(5);
    expect(container.querySelectorAll('.recharts-radar-dots polygon')).toHaveLength(6);
  });

  it('offers the same numbers as a table, a legend and a summary for screen readers', () => {
    render(<SkillRadar rows={ROWS} earlierLabel="Check-in of 1 Jun 2025" />);
    const table = screen.getByRole('table', { name: 'The chart as a table' });
    const leadership = within(table).getByRole('row', { name: /Leadership & influence/ });
    expect(
      within(leadership)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '3', '1']);
    const adaptability = within(table).getByRole('row', { name: /Adaptability/ });
    expect(
      within(adaptability)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '—', '3']);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Current level (solid line, circles)', 'Target (dashed line, squares)', 'Check-in of 1 Jun 2025 (dotted line, triangles)']);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain('Current level: Product strategy & roadmapping 3, Communication & collaboration 4,');
    expect(img.getAttribute('aria-label')).toContain('Target: Product strategy & roadmapping 4,');
    expect(img.getAttribute('aria-label')).toContain('Adaptability & resilience not set.');
  });

  it('shows only the series that have values (first check-in, no targets yet)', () => {
    const only = ROWS.map((r) => ({ ...r, target: null, earlier: null }));
    render(<SkillRadar rows={only} />);
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem')).toHaveLength(1);
  });
});
