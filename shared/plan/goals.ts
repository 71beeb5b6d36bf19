/**
 * Which learning goals a plan lists in full. A plan is read by someone else: by default it shows
 * what the person is working on and what they finished lately, every word of each, and counts the
 * rest in one line that says why they are not listed. The person can ask for every goal.
 * Pure: `now` (YYYY-MM-DD) is passed in.
 */
import { addDays, compareDates } from '../dates';
import type { LearningGoal } from '../schemas';
import type { GoalsLeftOut } from './types';

/** How far back a plan looks by default, in days (about six months). */
export const PLAN_GOAL_WINDOW_DAYS = 183;

/** The most goals a plan lists in full by default; the rest are counted. */
export const PLAN_GOAL_LIMIT = 25;

// Open goals come first (what is being worked on), then finished ones; dropped goals are left out
// because a shared plan should show commitments, not abandoned ideas.
const GOAL_ORDER: Record<LearningGoal['status'], number> = { active: 0, planned: 1, done: 2, dropped: 3 };

/** Sorts by target date, goals without one last, then by title. */
function byTargetDate(a: LearningGoal, b: LearningGoal): number {
  if (a.targetDate && b.targetDate) return compareDates(a.targetDate, b.targetDate) || a.title.localeCompare(b.title);
  if (a.targetDate) return -1;
  if (b.targetDate) return 1;
  return a.title.localeCompare(b.title);
}

/** The newest day the goal shows any activity: its date, its last edit, a milestone done. */
export function lastActivity(g: Pick<LearningGoal, 'date' | 'updatedAt' | 'milestones'>): string {
  let out = g.date;
  const edited = g.updatedAt.slice(0, 10);
  if (compareDates(edited, out) > 0) out = edited;
  for (const m of g.milestones) if (m.doneDate && compareDates(m.doneDate, out) > 0) out = m.doneDate;
  return out;
}

/**
 * Why a goal is not current on `since`: 'finished' (done, nothing since), 'overdue' (open, its
 * target date long past and nothing since), or null when it is current.
 */
function staleness(g: LearningGoal, since: string): 'finished' | 'overdue' | null {
  if (compareDates(lastActivity(g), since) >= 0) return null;
  if (g.status === 'done') return 'finished';
  return g.targetDate && compareDates(g.targetDate, since) < 0 ? 'overdue' : null;
}

/**
 * The goals a plan lists, in the plan's order (open first by target date, then finished), and
 * what is left out. `all`: every goal but the dropped ones, nothing left out. Otherwise the
 * current ones (open goals, unless their target date passed more than six months ago with no
 * activity since; goals finished within six months), at most PLAN_GOAL_LIMIT.
 */
export function selectPlanGoals(
  goals: readonly LearningGoal[],
  now: string,
  all: boolean,
): { goals: LearningGoal[]; leftOut: GoalsLeftOut | null } {
  const kept = goals.filter((g) => g.status !== 'dropped');
  const sorted = (list: LearningGoal[]) => list.sort((a, b) => GOAL_ORDER[a.status] - GOAL_ORDER[b.status] || byTargetDate(a, b));
  if (all) return { goals: sorted(kept), leftOut: null };
  const since = addDays(now, -PLAN_GOAL_WINDOW_DAYS);
  const current: LearningGoal[] = [];
  let finished = 0;
  let overdue = 0;
  for (const g of kept) {
    const why = staleness(g, since);
    if (why === 'finished') finished++;
    else if (why === 'overdue') overdue++;
    else current.push(g);
  }
  const listed = sorted(current).slice(0, PLAN_GOAL_LIMIT);
  const beyondLimit = current.length - listed.length;
  return {
    goals: listed,
    leftOut: finished + overdue + beyondLimit > 0 ? { finished, overdue, beyondLimit, since, limit: PLAN_GOAL_LIMIT } : null,
  };
}
