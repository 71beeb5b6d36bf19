/** Builds the career plan from the person's data. Pure: `now` (YYYY-MM-DD) is passed in. */
import { compareDates } from '../dates';
import { skillName, type SkillId } from '../domain/framework';
import type { PathFit } from '../path/fit';
import type { StepProgress } from '../path/steps';
import { GOAL_STATUS_LABELS, type Conversation, type LearningGoal, type Profile } from '../schemas';
import { PLAN_SECTION_IDS, type CareerPlan, type PlanFollowUp, type PlanGoal, type PlanSectionId } from './types';

/** One skill's standing (a `SkillProgress` from shared/skills fits). */
export interface PlanSkillInput {
  skill: SkillId;
  current: number | null;
  target: number | null;
}

/** A skill to focus on (a `FocusSuggestion` from shared/skills fits). */
export interface PlanFocusInput {
  skill: SkillId;
  reason: string;
}

export interface PlanInput {
  profile: Pick<Profile, 'name' | 'currentRole' | 'targetRole' | 'targetDate' | 'personalStatement'>;
  fit: PathFit | null;
  steps: readonly StepProgress[];
  skills: readonly PlanSkillInput[];
  focus: readonly PlanFocusInput[];
  goals: readonly LearningGoal[];
  /** Open follow-ups with the name of the person they are with. */
  followUps: readonly { conversation: Pick<Conversation, 'followUpDate' | 'followUpNote' | 'followUpDone'>; personName: string }[];
  /** The sections to include (any order; the plan uses the standard order). */
  include: readonly PlanSectionId[];
  now: string;
}

// Open goals come first (what is being worked on), then finished ones; dropped goals are left out
// because a shared plan should show commitments, not abandoned ideas.
const GOAL_ORDER: Record<LearningGoal['status'], number> = { active: 0, planned: 1, done: 2, dropped: 3 };

function planGoal(g: LearningGoal): PlanGoal {
  return {
    title: g.title,
    status: g.status,
    statusLabel: GOAL_STATUS_LABELS[g.status],
    targetDate: g.targetDate ?? null,
    skills: g.skills.map(skillName),
    why: g.why.trim(),
    milestones: g.milestones.map((m) => ({ title: m.title, done: m.done, doneDate: m.doneDate ?? null })),
  };
}

/**
 * Follow-ups a plan lists at most: a plan is read by someone else, and years of journal can hold
 * hundreds of open follow-ups. The rest are counted, not listed.
 */
export const PLAN_FOLLOW_UP_LIMIT = 10;

/**
 * The `limit` follow-ups nearest to now, in date order: the upcoming ones (soonest first) before
 * the overdue ones (most recently due first), since a follow-up years overdue matters least.
 */
function nearestFollowUps(open: readonly PlanFollowUp[], limit: number): PlanFollowUp[] {
  const upcoming = open.filter((f) => !f.overdue).sort((a, b) => compareDates(a.date, b.date));
  const overdue = open.filter((f) => f.overdue).sort((a, b) => compareDates(b.date, a.date));
  return [...upcoming, ...overdue].slice(0, limit).sort((a, b) => compareDates(a.date, b.date));
}

/** Sorts by target date, goals without one last, then by title. */
function byTargetDate(a: LearningGoal, b: LearningGoal): number {
  if (a.targetDate && b.targetDate) return compareDates(a.targetDate, b.targetDate) || a.title.localeCompare(b.title);
  if (a.targetDate) return -1;
  if (b.targetDate) return 1;
  return a.title.localeCompare(b.title);
}

/** Composes the plan: only the included sections are filled; the statement is left out when empty. */
export function composePlan(input: PlanInput): CareerPlan {
  const want = new Set(input.include);
  const statement = input.profile.personalStatement?.trim() ?? '';
  const sections = PLAN_SECTION_IDS.filter((id) => want.has(id) && (id !== 'statement' || statement !== ''));
  const plan: CareerPlan = {
    generatedOn: input.now,
    person: { name: input.profile.name.trim(), currentRole: input.profile.currentRole.trim() },
    sections,
  };
  for (const id of sections) {
    switch (id) {
      case 'path': {
        const f = input.fit;
        plan.path = f
          ? {
              lean: f.lean,
              label: f.positionLabel,
              position: f.position,
              confidence: f.confidence,
              confidenceReason: f.confidenceReason,
              // Neutral items explain nothing in a shared plan; the screen shows them all.
              contributions: f.contributions
                .filter((c) => c.points !== 0)
                .map((c) => ({ source: c.source, label: c.label, points: c.points, reason: c.reason })),
              nextStep: f.nextStep,
            }
          : {
              lean: 'undecided',
              label: 'Undecided',
              position: 0,
              confidence: 'low',
              confidenceReason: 'No questionnaire answers or journal evidence yet.',
              contributions: [],
              nextStep: '',
            };
        break;
      }
      case 'target':
        plan.target = { role: input.profile.targetRole.trim(), date: input.profile.targetDate ?? null };
        break;
      case 'skills':
        plan.skills = input.skills.map((s) => ({ skill: s.skill, name: skillName(s.skill), current: s.current, target: s.target }));
        break;
      case 'focus':
        plan.focus = input.focus.map((f) => {
          const name = skillName(f.skill);
          // Reasons from shared/skills start with the skill's name; the plan already shows it.
          const reason = f.reason.startsWith(`${name}: `) ? f.reason.slice(name.length + 2) : f.reason;
          return { skill: f.skill, name, reason };
        });
        break;
      case 'goals':
        plan.goals = input.goals
          .filter((g) => g.status !== 'dropped')
          .slice()
          .sort((a, b) => GOAL_ORDER[a.status] - GOAL_ORDER[b.status] || byTargetDate(a, b))
          .map(planGoal);
        break;
      case 'follow-ups': {
        const open = input.followUps
          .filter((f) => f.conversation.followUpDate && !f.conversation.followUpDone)
          .map((f) => ({
            personName: f.personName,
            date: f.conversation.followUpDate!,
            note: f.conversation.followUpNote ?? '',
            overdue: compareDates(f.conversation.followUpDate!, input.now) < 0,
          }));
        plan.followUps = nearestFollowUps(open, PLAN_FOLLOW_UP_LIMIT);
        plan.followUpsLeftOut = open.length - plan.followUps.length;
        break;
      }
      case 'next-steps':
        plan.nextSteps = input.steps.map((s) => ({ step: s.step, name: s.name, action: s.nextAction }));
        break;
      case 'statement':
        plan.statement = statement;
        break;
    }
  }
  return plan;
}
