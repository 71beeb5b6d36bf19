// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { SkillRadar, type RadarRow } from '../../../renderer/components/charts/SkillRadar';

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
  it('draws six axes labelled with the skill names, and a scale from 1 to 5 (no 0)', () => {
    render(<SkillRadar rows={ROWS} earlierLabel="Check-in of 1 Jun 2025" />);
    const chart = screen.getByRole('img');
    const texts = [...chart.querySelectorAll('text')].map((t) => t.textContent?.replace(/\s+/g, ' ').trim());
    // The skill names of ROWS, in order, each label's two lines joined back.
    expect(texts.slice(5)).toEqual(ROWS.map((r) => r.name));
    expect(texts.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('places the current level of each skill at its distance from the centre', () => {
    render(<SkillRadar rows={ROWS} />);
    // The drawing is 640 x 470 with the centre at (320, 239) and level 5 at radius 160: 32 px a level.
    const current = screen.getByRole('img').querySelector('[data-series="current"]')!;
    const radii = [...current.querySelectorAll('circle')].map((c) =>
      Math.round(Math.hypot(Number(c.getAttribute('cx')) - 320, Number(c.getAttribute('cy')) - 239)),
    );
    expect(radii).toEqual([96, 128, 64, 32, 160, 96]);
    // The first axis points straight up: level 3 -> 96 px above the centre.
    const first = current.querySelector('circle')!;
    expect(Number(first.getAttribute('cx'))).toBeCloseTo(320, 5);
    expect(Number(first.getAttribute('cy'))).toBeCloseTo(143, 5);
  });

  it('gives a skill without a target no target point: the outline joins the others, and a note says so', () => {
    render(<SkillRadar rows={ROWS} />);
    const target = screen.getByRole('img').querySelector('[data-series="target"]')!;
    expect(target.querySelectorAll('rect')).toHaveLength(5);
    const points = target
      .querySelector('polygon')!
      .getAttribute('points')!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(5);
    // No point sits at the centre (a missing target is not a 0).
    for (const [x, y] of points) expect(Math.hypot(x! - 320, y! - 239)).toBeGreaterThan(31);
    expect(screen.getByText('No target for Adaptability & resilience: the target outline joins the skills that have one.')).toBeTruthy();
    // The earlier check-in rated every skill: no note for it.
    expect(screen.queryByText(/dotted outline/)).toBeNull();
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
