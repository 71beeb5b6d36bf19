import { describe, expect, it } from 'vitest';
import {
  composePlan,
  findSection,
  formatPoints,
  formatPosition,
  planHeading,
  planIsEmpty,
  planToMarkdown,
  type CareerPlan,
  type PlanSectionId,
  type PlanSectionOf,
} from '../../../shared/plan';
import { DEFAULT_PROFILE } from '../../../shared/schemas';
import { NOW, planInput } from './fixture';

/** The section, which the test expects to be there. */
function section<K extends PlanSectionId>(plan: CareerPlan, id: K): PlanSectionOf<K> {
  const s = findSection(plan, id);
  if (!s) throw new Error(`no ${id} section in ${plan.sections.map((x) => x.id).join(', ')}`);
  return s;
}

describe('composePlan', () => {
  it('fills every included section in the standard order, the personal statement first', () => {
    const plan = composePlan(
      planInput({ include: ['goals', 'path', 'target', 'skills', 'focus', 'follow-ups', 'next-steps', 'takeaways', 'statement'] }),
    );
    expect(plan.sections.map((s) => s.id)).toEqual([
      'statement',
      'path',
      'target',
      'skills',
      'focus',
      'goals',
      'takeaways',
      'follow-ups',
      'next-steps',
    ]);
    expect(plan.person).toEqual({ name: 'Zoë Ångström-Müller', currentRole: 'Product manager, payments' });
    expect(plan.generatedOn).toBe(NOW);
    expect(section(plan, 'target')).toEqual({ id: 'target', role: 'Senior external PM', date: '2026-12-31' });
    expect(section(plan, 'statement').statement).toBe('I want to work closer to customers.\n\nMy next year is about pricing.');
  });

  it('leaves out sections that were not chosen, and the statement and target when they are empty', () => {
    const plan = composePlan(
      planInput({
        include: ['skills', 'statement', 'target'],
        profile: { name: 'A', currentRole: '', targetRole: ' ', personalStatement: '   ' },
      }),
    );
    expect(plan.sections.map((s) => s.id)).toEqual(['skills']);
    expect(
      section(plan, 'skills')
        .skills.map((s) => [s.name, s.current, s.target, s.targetDate])
        .slice(3),
    ).toEqual([
      ['Leadership & influence', 3, 3, '2026-10-31'],
      ['Problem solving & decision making', 4, 4, null],
      ['Adaptability & resilience', null, 3, null],
    ]);
  });

  it('lists open goals first by target date, then finished ones, with milestones and resources, and drops dropped goals', () => {
    const goals = section(composePlan(planInput()), 'goals').goals;
    expect(goals.map((g) => [g.title, g.statusLabel, g.targetDate])).toEqual([
      ['Run a pricing study with 山田太郎', 'Active', '2026-05-01'],
      ['Présenter la feuille de route', 'Planned', null],
      ['Learn SQL basics', 'Done', '2025-12-01'],
    ]);
    expect(goals[0]!.skills).toEqual(['Market research & analysis', 'Product strategy & roadmapping']);
    expect(goals[0]!.why).toBe('Understand how customers **value** the product.');
    expect(goals[0]!.milestones).toEqual([
      { title: 'Read two pricing books', done: true, doneDate: '2026-02-01' },
      { title: 'Interview five customers', done: false, doneDate: null },
    ]);
    expect(goals[0]!.resources).toEqual([
      { title: 'Pricing primer', url: 'https://example.com/pricing' },
      { title: 'Notes from the sales team', url: null },
    ]);
  });

  it('shares only the chosen takeaways, oldest first, and leaves the section out when none is chosen', () => {
    const both = section(composePlan(planInput()), 'takeaways').takeaways;
    expect(both).toEqual([
      { date: '2026-02-03', personName: '王小明', text: 'Price on **outcomes**, not seats.' },
      { date: '2026-02-05', personName: '山田太郎', text: 'On-call is *the* price of platform work.' },
    ]);
    const input = planInput();
    const one = composePlan({ ...input, takeaways: [input.conversations[0]!.conversation.id] });
    expect(section(one, 'takeaways').takeaways.map((t) => t.personName)).toEqual(['山田太郎']);
    expect(findSection(composePlan(planInput({ takeaways: [] })), 'takeaways')).toBeUndefined();
  });

  it('lists upcoming follow-ups only, unless overdue ones are asked for', () => {
    const plain = section(composePlan(planInput()), 'follow-ups');
    expect(plain).toEqual({
      id: 'follow-ups',
      followUps: [{ personName: '王小明', date: '2026-03-10', note: 'Send the pricing deck', overdue: false }],
      leftOut: 0,
      withOverdue: false,
    });
    const all = section(composePlan(planInput({ includeOverdue: true })), 'follow-ups');
    expect(all.followUps).toEqual([
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
    const plan = composePlan(planInput({ now: '2026-03-01', followUps, includeOverdue: true }));
    const f = section(plan, 'follow-ups');
    // All four upcoming, then the six most recently overdue (9 down to 4 February); 1-3 February are left out.
    expect(f.followUps.map((x) => [x.date, x.overdue])).toEqual([
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
    expect(f.leftOut).toBe(3);
    expect(planToMarkdown(plan)).toContain('And 3 more open follow-ups, not listed here.');
    // Without the overdue ones, the four upcoming fit and nothing is said.
    const upcoming = composePlan(planInput({ now: '2026-03-01', followUps }));
    expect(section(upcoming, 'follow-ups').followUps).toHaveLength(4);
    expect(section(upcoming, 'follow-ups').leftOut).toBe(0);
    expect(planToMarkdown(upcoming)).not.toContain('more open follow-up');
  });

  it('carries the fit with its largest contributions, in the first person', () => {
    const plan = composePlan(planInput());
    // Answers: relationships +2 (1 point), risk +1 (0.5), broad-network 2 (2/3 of a sixth: 0.111); journal:
    // external talk energy 5 on 3 Feb (26 days: 0.906), internal talk energy 2 on 5 Feb (drained: 0.25 x 0.913 = 0.228).
    // All external: 2.745 / (6 + 2.745) = 0.31.
    const p = section(plan, 'path').path;
    expect(p.label).toBe('Leans external');
    expect(p.position).toBe(0.31);
    expect(p.contributions.map((c) => [c.label, c.points])).toEqual([
      ['Who you work with', 0.114],
      ['Conversation with 王小明 (external PM)', 0.104],
      ['What you worry about', 0.057],
      ['Conversation with 山田太郎 (internal PM)', 0.026],
      ['Building a wide professional network', 0.013],
    ]);
    expect(p.contributions[0]!.reason).toBe(
      'I said I strongly prefer earning the trust of clients and paying customers over that of colleagues.',
    );
    expect(p.confidenceReason).toBe(
      'Low confidence: 2 journal entries count, worth 1.1 points once older ones are discounted; it agrees with my answers; I have heard from both sides.',
    );
    expect(p.nextStep).toBe('Shadow an external PM for a day to test my lean first-hand.');
    expect(section(plan, 'next-steps').steps.map((s) => s.step)).toEqual([
      'self-reflection',
      'networking',
      'shadowing',
      'mentorship',
      'learning',
    ]);
  });

  it('says undecided when there is no fit at all', () => {
    const plan = composePlan(planInput({ fit: null, include: ['path'] }));
    expect(section(plan, 'path').path).toMatchObject({ lean: 'undecided', label: 'Undecided', confidence: 'low', contributions: [] });
  });
});

describe('planIsEmpty', () => {
  const nothing = {
    ...planInput(),
    profile: DEFAULT_PROFILE,
    fit: null,
    skills: planInput().skills.map((s) => ({ ...s, current: null, target: null })),
    focus: [],
    goals: [],
    followUps: [],
    conversations: [],
  };

  it('is true for a new journal and false as soon as one thing is there', () => {
    expect(planIsEmpty(nothing)).toBe(true);
    expect(planIsEmpty({ ...nothing, profile: { ...DEFAULT_PROFILE, name: 'Ada' } })).toBe(false);
    expect(planIsEmpty({ ...nothing, skills: planInput().skills })).toBe(false);
    expect(planIsEmpty({ ...nothing, goals: planInput().goals })).toBe(false);
    expect(planIsEmpty({ ...nothing, conversations: planInput().conversations })).toBe(false);
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
