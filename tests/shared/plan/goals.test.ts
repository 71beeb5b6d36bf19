import { describe, expect, it } from 'vitest';
import {
  PLAN_GOAL_LIMIT,
  composePlan,
  findSection,
  followUpCandidates,
  goalsLeftOutText,
  emptySectionText,
  lastActivity,
  planToMarkdown,
  selectPlanGoals,
} from '../../../shared/plan';
import type { LearningGoal } from '../../../shared/schemas';
import { goal } from '../path/builders';
import { NOW, planInput } from './fixture';

// NOW is 1 Mar 2026: the plan looks back 183 days, to 30 Aug 2025.
const SINCE = '2025-08-30';
const edited = (date: string) => `${date}T09:00:00.000Z`;
const done = (doneDate: string) => ({ id: crypto.randomUUID(), title: `Step done ${doneDate}`, done: true, doneDate });

/** Six goals, one of each case, every one last touched on the day it was written unless said. */
function mixed(): Record<string, LearningGoal> {
  return {
    overdue: goal('2025-01-10', 'Stale open goal', { targetDate: '2025-03-01', updatedAt: edited('2025-01-10') }),
    revived: goal('2025-01-10', 'Overdue but worked on', {
      targetDate: '2025-03-01',
      updatedAt: edited('2025-01-10'),
      milestones: [done('2025-12-01')],
    }),
    undated: goal('2024-01-01', 'Open goal without a date', { status: 'planned', updatedAt: edited('2024-01-01') }),
    finishedEarlier: goal('2025-05-01', 'Finished the day before', {
      status: 'done',
      updatedAt: edited('2025-05-01'),
      milestones: [done('2025-08-29')],
    }),
    finishedLately: goal('2025-05-01', 'Finished on the first day', {
      status: 'done',
      updatedAt: edited('2025-05-01'),
      milestones: [done(SINCE)],
    }),
    dropped: goal('2026-02-01', 'Dropped lately', { status: 'dropped', updatedAt: edited('2026-02-01') }),
  };
}

describe('which learning goals a plan lists', () => {
  it('takes the newest of the date, the last edit and the milestones done as the last activity', () => {
    const g = goal('2025-01-10', 'x', { updatedAt: edited('2025-02-01'), milestones: [done('2025-03-05'), done('2025-01-20')] });
    expect(lastActivity(g)).toBe('2025-03-05');
    expect(lastActivity({ ...g, milestones: [] })).toBe('2025-02-01');
    expect(lastActivity({ ...g, milestones: [], updatedAt: edited('2024-12-31') })).toBe('2025-01-10');
  });

  it('lists open goals and goals finished within six months, counts the others by reason, and leaves dropped ones out', () => {
    const g = mixed();
    const { goals, leftOut } = selectPlanGoals(Object.values(g), NOW, false);
    expect(goals.map((x) => x.title)).toEqual(['Overdue but worked on', 'Open goal without a date', 'Finished on the first day']);
    expect(leftOut).toEqual({ finished: 1, overdue: 1, beyondLimit: 0, since: SINCE, limit: PLAN_GOAL_LIMIT });
    expect(goalsLeftOutText(leftOut)).toBe(
      'Not listed here, to keep this plan short: 1 goal I finished before 30 Aug 2025 and 1 open goal whose target date passed before then. They are all in my journal.',
    );
  });

  it('lists at most 25 current goals, the soonest due first, and says how many more there are', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      goal('2026-02-01', `Current goal ${String(i + 1).padStart(2, '0')}`, { targetDate: `2026-04-${String(i + 1).padStart(2, '0')}` }),
    );
    const { goals, leftOut } = selectPlanGoals(many.slice().reverse(), NOW, false);
    expect(goals).toHaveLength(25);
    expect(goals[0]!.title).toBe('Current goal 01');
    expect(goals[24]!.title).toBe('Current goal 25');
    expect(leftOut).toEqual({ finished: 0, overdue: 0, beyondLimit: 5, since: SINCE, limit: 25 });
    expect(goalsLeftOutText(leftOut)).toBe(
      'Not listed here, to keep this plan short: 5 more current goals (this plan lists 25 at most). They are all in my journal.',
    );
  });

  it('names a single left-out goal in the singular', () => {
    const { leftOut } = selectPlanGoals([mixed().overdue!], NOW, false);
    expect(goalsLeftOutText(leftOut)).toBe(
      'Not listed here, to keep this plan short: 1 open goal whose target date passed before 30 Aug 2025. It is in my journal.',
    );
  });

  it('lists every goal but the dropped ones, with nothing left out, when the person asks for all', () => {
    const g = mixed();
    const { goals, leftOut } = selectPlanGoals(Object.values(g), NOW, true);
    expect(goals.map((x) => x.title)).toEqual([
      'Overdue but worked on',
      'Stale open goal',
      'Open goal without a date',
      'Finished on the first day',
      'Finished the day before',
    ]);
    expect(leftOut).toBeNull();
    expect(goalsLeftOutText(leftOut)).toBeNull();
  });

  it('says what it left out in the composed plan and the Markdown, and "no current goals" when none is listed', () => {
    const g = mixed();
    const plan = composePlan(planInput({ goals: Object.values(g), include: ['goals'] }));
    const section = findSection(plan, 'goals')!;
    expect(section.goals.map((x) => x.title)).toEqual(['Overdue but worked on', 'Open goal without a date', 'Finished on the first day']);
    const md = planToMarkdown(plan);
    expect(md).toContain('### Overdue but worked on');
    expect(md).not.toContain('Stale open goal');
    expect(md).toContain(
      'Not listed here, to keep this plan short: 1 goal I finished before 30 Aug 2025 and 1 open goal whose target date passed before then. They are all in my journal.',
    );

    const old = composePlan(planInput({ goals: [g.overdue!, g.finishedEarlier!], include: ['goals'] }));
    const oldSection = findSection(old, 'goals')!;
    expect(oldSection.goals).toEqual([]);
    expect(emptySectionText(oldSection)).toBe('No current learning goals.');
    const all = composePlan(planInput({ goals: [g.overdue!, g.finishedEarlier!], include: ['goals'], allGoals: true }));
    expect(findSection(all, 'goals')!.goals.map((x) => x.title)).toEqual(['Stale open goal', 'Finished the day before']);
    expect(planToMarkdown(all)).not.toContain('Not listed here');
  });
});

describe('the follow-ups a plan could list', () => {
  it('are the 10 soonest upcoming and the 10 most recently overdue open ones, whichever the person asks for', () => {
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
    const upcoming = Array.from({ length: 12 }, (_, i) => ({ id: `u${i + 1}`, followUpDate: day(i + 1), followUpDone: false }));
    const overdue = Array.from({ length: 12 }, (_, i) => ({
      id: `o${i + 1}`,
      followUpDate: `2026-02-${String(i + 1).padStart(2, '0')}`,
      followUpDone: false,
    }));
    const closed = { id: 'done', followUpDate: day(2), followUpDone: true };
    const none = { id: 'none', followUpDone: false };
    const picked = followUpCandidates([...overdue, closed, none, ...upcoming.slice().reverse()], NOW).map((c) => c.id);
    // 1 Mar 2026 is today: upcoming from u1; overdue from 12 Feb backwards.
    expect(picked).toEqual([
      ...['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10'],
      ...['o12', 'o11', 'o10', 'o9', 'o8', 'o7', 'o6', 'o5', 'o4', 'o3'],
    ]);
  });
});
