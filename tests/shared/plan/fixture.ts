// A fixture plan input: a person with an accented name, contacts with Chinese and Japanese names,
// goals with milestones. Used by the compose, Markdown and PDF tests.
import { pathFit, stepProgress } from '../../../shared/path';
import { PLAN_SECTION_IDS, type PlanInput } from '../../../shared/plan';
import type { Entry } from '../../../shared/schemas';
import { answers, goal, person, talk } from '../path/builders';

export const NOW = '2026-03-01';
export const wang = person('王小明', 'external');
export const yamada = person('山田太郎', 'internal');
const ms = (title: string, done: boolean, doneDate?: string) => ({
  id: crypto.randomUUID(),
  title,
  done,
  ...(doneDate ? { doneDate } : {}),
});

export const GOALS = [
  goal('2026-01-10', 'Run a pricing study with 山田太郎', {
    targetDate: '2026-05-01',
    skills: ['research', 'strategy'],
    why: 'Understand how customers **value** the product.',
    milestones: [ms('Read two pricing books', true, '2026-02-01'), ms('Interview five customers', false)],
    resources: [{ title: 'Pricing primer', url: 'https://example.com/pricing' }, { title: 'Notes from the sales team' }],
  }),
  goal('2026-01-15', 'Présenter la feuille de route', {
    status: 'planned',
    skills: ['communication'],
    milestones: [ms('Draft the roadmap', false)],
  }),
  goal('2025-10-01', 'Learn SQL basics', {
    status: 'done',
    targetDate: '2025-12-01',
    skills: ['problem-solving'],
    milestones: [ms('Finish the course', true, '2025-11-20')],
  }),
  goal('2025-09-01', 'Abandoned idea', { status: 'dropped' }),
];

export const ENTRIES: Entry[] = [
  ...GOALS,
  talk('2026-02-03', wang, 5, 'informational', {
    followUpDate: '2026-03-10',
    followUpNote: 'Send the pricing deck',
    followUpDone: false,
    takeaways: 'Price on **outcomes**, not seats.',
  }),
  talk('2026-02-05', yamada, 2, 'informational', {
    followUpDate: '2026-02-20',
    followUpNote: 'Ask about on-call',
    followUpDone: false,
    takeaways: 'On-call is *the* price of platform work.',
  }),
];

/** The two conversations, which both have takeaways. */
export const TALKS = ENTRIES.slice(4) as Extract<Entry, { kind: 'conversation' }>[];

/** Every section included, both takeaways chosen, overdue follow-ups left out (the app's default); `extra` overrides. */
export function planInput(extra: Partial<PlanInput> = {}): PlanInput {
  const people = [wang, yamada];
  return {
    profile: {
      name: 'Zoë Ångström-Müller',
      currentRole: 'Product manager, payments',
      targetRole: 'Senior external PM',
      targetDate: '2026-12-31',
      personalStatement: 'I want to work closer to customers.\n\nMy next year is about pricing.',
    },
    fit: pathFit([answers('2026-01-05', { relationships: 2, risk: 1 }, { 'broad-network': 2 })], ENTRIES, people, NOW),
    steps: stepProgress(ENTRIES, people, NOW),
    skills: [
      { skill: 'strategy', current: 2, target: 4 },
      { skill: 'communication', current: 3, target: 4 },
      { skill: 'research', current: 2, target: 3 },
      { skill: 'leadership', current: 3, target: 3, targetDate: '2026-10-31' },
      { skill: 'problem-solving', current: 4, target: 4 },
      { skill: 'adaptability', current: null, target: 3 },
    ],
    focus: [{ skill: 'strategy', reason: 'Product strategy & roadmapping: 2 below target, nothing logged in 90 days' }],
    goals: GOALS,
    followUps: [
      { conversation: TALKS[0]!, personName: wang.name },
      { conversation: TALKS[1]!, personName: yamada.name },
    ],
    conversations: [
      { conversation: TALKS[1]!, personName: yamada.name },
      { conversation: TALKS[0]!, personName: wang.name },
    ],
    include: PLAN_SECTION_IDS,
    takeaways: TALKS.map((t) => t.id),
    includeOverdue: false,
    now: NOW,
    ...extra,
  };
}
