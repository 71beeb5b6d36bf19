import { describe, expect, it } from 'vitest';
import { composePlan, planToMarkdown, formatPoints, formatPosition, planHeading, radarGeometry } from '../../../shared/plan';
import { NOW, planInput } from './fixture';

describe('composePlan', () => {
  it('fills every included section in the standard order', () => {
    const plan = composePlan(
      planInput({ include: ['statement', 'goals', 'path', 'target', 'skills', 'focus', 'follow-ups', 'next-steps'] }),
    );
    expect(plan.sections).toEqual(['path', 'target', 'skills', 'focus', 'goals', 'follow-ups', 'next-steps', 'statement']);
    expect(plan.person).toEqual({ name: 'Zoë Ångström-Müller', currentRole: 'Product manager, payments' });
    expect(plan.generatedOn).toBe(NOW);
    expect(plan.target).toEqual({ role: 'Senior external PM', date: '2026-12-31' });
    expect(plan.statement).toBe('I want to work closer to customers.\n\nMy next year is about pricing.');
  });

  it('leaves out sections that were not chosen, and the statement when it is empty', () => {
    const plan = composePlan(
      planInput({ include: ['skills', 'statement'], profile: { name: 'A', currentRole: '', targetRole: '', personalStatement: '   ' } }),
    );
    expect(plan.sections).toEqual(['skills']);
    expect(plan.path).toBeUndefined();
    expect(plan.goals).toBeUndefined();
    expect(plan.statement).toBeUndefined();
    expect(plan.skills!.map((s) => [s.name, s.current, s.target])[5]).toEqual(['Adaptability & resilience', null, 3]);
  });

  it('lists open goals first by target date, then finished ones, and drops dropped goals', () => {
    const plan = composePlan(planInput());
    expect(plan.goals!.map((g) => [g.title, g.statusLabel, g.targetDate])).toEqual([
      ['Run a pricing study with 山田太郎', 'Active', '2026-05-01'],
      ['Présenter la feuille de route', 'Planned', null],
      ['Learn SQL basics', 'Done', '2025-12-01'],
    ]);
    expect(plan.goals![0]!.skills).toEqual(['Market research & analysis', 'Product strategy & roadmapping']);
    expect(plan.goals![0]!.milestones).toEqual([
      { title: 'Read two pricing books', done: true, doneDate: '2026-02-01' },
      { title: 'Interview five customers', done: false, doneDate: null },
    ]);
  });

  it('orders follow-ups by date and marks the overdue ones', () => {
    const plan = composePlan(planInput());
    expect(plan.followUps).toEqual([
      { personName: '山田太郎', date: '2026-02-20', note: 'Ask about on-call', overdue: true },
      { personName: '王小明', date: '2026-03-10', note: 'Send the pricing deck', overdue: false },
    ]);
  });

  it('lists at most 10 follow-ups, the nearest to now (upcoming first, then the most recently overdue), and counts the rest', () => {
    // Now is 2026-03-01. Four upcoming (March 2-5) and nine overdue (February 1-9).
    const due = ['2026-03-05', '2026-03-02', '2026-03-04', '2026-03-03', ...Array.from({ length: 9 }, (_, i) => `2026-02-0${i + 1}`)];
    const followUps = due.map((date, i) => ({
      conversation: { followUpDate: date, followUpNote: `n${i}`, followUpDone: false },
      personName: `P${i}`,
    }));
    const plan = composePlan(planInput({ now: '2026-03-01', followUps }));
    // All four upcoming, then the six most recently overdue (9 down to 4 February); 1-3 February are left out.
    expect(plan.followUps!.map((f) => [f.date, f.overdue])).toEqual([
      ['2026-02-04', true],
      ['2026-02-05', true],
      ['2026-02-06', true],
      ['2026-02-07', true],
      ['2026-02-08', true],
      ['2026-02-09', true],
      ['2026-03-02', false],
      ['2026-03-03', false],
      ['2026-03-04', false],
      ['2026-03-05', false],
    ]);
    expect(plan.followUpsLeftOut).toBe(3);
    expect(planToMarkdown(plan)).toContain('And 3 more open follow-ups, not listed here.');
    // The fixture's two fit, so nothing is said.
    const short = composePlan(planInput());
    expect(short.followUpsLeftOut).toBe(0);
    expect(planToMarkdown(short)).not.toContain('more open follow-up');
  });

  it('carries the fit with only the contributions that moved it', () => {
    const plan = composePlan(planInput());
    // Answers: relationships +2, risk +1, broad-network 2 → +1; journal: external talk energy 5 → +1,
    // internal talk energy 2 → +0.5. Total 5.5 / 6 = 0.92: strongly external.
    expect(plan.path!.label).toBe('Strongly external');
    expect(plan.path!.position).toBe(0.92);
    expect(plan.path!.contributions.map((c) => [c.label, c.points])).toEqual([
      ['Who you work with', 2],
      ['What you worry about', 1],
      ['Building a wide professional network', 1],
      ['Talking with internal PMs', 0.5],
      ['Talking with external PMs', 1],
    ]);
    expect(plan.nextSteps!.map((s) => s.step)).toEqual(['self-reflection', 'networking', 'shadowing', 'mentorship', 'learning']);
  });

  it('says undecided when there is no fit at all', () => {
    const plan = composePlan(planInput({ fit: null, include: ['path'] }));
    expect(plan.path).toMatchObject({ lean: 'undecided', label: 'Undecided', confidence: 'low', contributions: [] });
  });
});

describe('plan wording', () => {
  it('formats points with a sign and positions in words', () => {
    expect([2, -0.5, 0].map(formatPoints)).toEqual(['+2', '-0.5', '0']);
    expect(formatPosition(-0.33)).toBe('0.33 toward internal, on a scale of 0 to 1');
    expect(formatPosition(0)).toBe('exactly between the two paths');
  });

  it('titles the plan with the person and their role', () => {
    expect(planHeading(composePlan(planInput({ include: [] })))).toEqual({
      title: 'Career plan: Zoë Ångström-Müller',
      subtitle: 'Product manager, payments \u00b7 Prepared on 1 Mar 2026',
    });
  });
});

describe('radarGeometry', () => {
  it("puts the first axis at 12 o'clock and scales levels to the radius", () => {
    const skills = [
      { skill: 'strategy' as const, name: 'A', current: 5, target: 5 },
      { skill: 'communication' as const, name: 'B', current: 0, target: 5 },
      { skill: 'research' as const, name: 'C', current: null, target: 5 },
      { skill: 'leadership' as const, name: 'D', current: 1, target: null },
    ];
    const g = radarGeometry(skills, 100, 100, 50);
    // Four axes: up, right, down, left. Level 5 of 5 reaches the radius; level 1 is a fifth of it.
    expect(g.axes.map((a) => [a.x, a.y, a.anchor])).toEqual([
      [100, 50, 'middle'],
      [150, 100, 'start'],
      [100, 150, 'middle'],
      [50, 100, 'end'],
    ]);
    expect(g.current).toBe('100,50 100,100 100,100 90,100');
    expect(g.target).toBe('100,50 150,100 100,150 100,100');
    expect(g.rings).toHaveLength(5);
    expect(g.rings[0]).toBe('100,90 110,100 100,110 90,100');
  });
});
