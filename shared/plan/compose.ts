/** Builds the career plan from the person's data. Pure: `now` (YYYY-MM-DD) is passed in. */
import { compareDates } from '../dates';
import { skillName, type SkillId } from '../domain/framework';
import type { PathFitTop } from '../path/fit';
import { nextSteps } from '../path/nextSteps';
import { confidenceSentence, contributionSentence } from '../path/sentences';
import type { StepProgress } from '../path/steps';
import { GOAL_STATUS_LABELS, type Conversation, type LearningGoal, type Profile } from '../schemas';
import { selectPlanGoals } from './goals';
import {
  PLAN_SECTION_IDS,
  type CareerPlan,
  type PlanFollowUp,
  type PlanGoal,
  type PlanSection,
  type PlanSectionId,
  type PlanSectionOf,
} from './types';

/** One skill's standing (a `SkillProgress` from shared/skills fits). */
export interface PlanSkillInput {
  skill: SkillId;
  current: number | null;
  target: number | null;
  targetDate?: string | null;
}

/** A skill to focus on (a `FocusSuggestion` from shared/skills fits). */
export interface PlanFocusInput {
  skill: SkillId;
  reason: string;
}

export interface PlanInput {
  profile: Pick<Profile, 'name' | 'currentRole' | 'targetRole' | 'targetDate' | 'personalStatement'>;
  /** The fit (a full `PathFit`, or `pathFitTop` with at least PLAN_CONTRIBUTION_LIMIT contributions), or null. */
  fit: PathFitTop | null;
  steps: readonly StepProgress[];
  skills: readonly PlanSkillInput[];
  focus: readonly PlanFocusInput[];
  goals: readonly LearningGoal[];
  /** Open follow-ups with the name of the person they are with. */
  followUps: readonly { conversation: Pick<Conversation, 'followUpDate' | 'followUpNote' | 'followUpDone'>; personName: string }[];
  /** Conversations with takeaways (any order), with the name of the person they were with. */
  conversations: readonly PlanConversationInput[];
  /** The sections to include (any order; the plan uses the standard order). */
  include: readonly PlanSectionId[];
  /** Ids of the conversations whose takeaways the person chose to share. */
  takeaways: readonly string[];
  /** List overdue follow-ups too (off by default: a plan is read by someone else). */
  includeOverdue: boolean;
  /** List every learning goal, older finished and long-overdue ones too (off by default: see `selectPlanGoals`). */
  allGoals?: boolean;
  now: string;
}

/** A conversation the person may share the takeaways of. */
export interface PlanConversationInput {
  conversation: Pick<Conversation, 'id' | 'date' | 'takeaways'>;
  personName: string;
}

function planGoal(g: LearningGoal): PlanGoal {
  return {
    title: g.title,
    status: g.status,
    statusLabel: GOAL_STATUS_LABELS[g.status],
    targetDate: g.targetDate ?? null,
    skills: g.skills.map(skillName),
    why: g.why.trim(),
    milestones: g.milestones.map((m) => ({ title: m.title, done: m.done, doneDate: m.doneDate ?? null })),
    resources: g.resources.map((r) => ({ title: r.title, url: r.url ?? null })),
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

/**
 * The open follow-ups a plan could list, whether or not overdue ones are asked for: the
 * `limit` soonest upcoming and the `limit` most recently overdue. A screen reads the notes of
 * these only (a journal of years has hundreds of open follow-ups; the plan counts the rest).
 */
export function followUpCandidates<F extends { followUpDate?: string; followUpDone: boolean }>(
  conversations: readonly F[],
  now: string,
  limit = PLAN_FOLLOW_UP_LIMIT,
): F[] {
  const open = conversations.filter((c) => c.followUpDate && !c.followUpDone);
  const upcoming = open
    .filter((c) => compareDates(c.followUpDate!, now) >= 0)
    .sort((a, b) => compareDates(a.followUpDate!, b.followUpDate!));
  const overdue = open.filter((c) => compareDates(c.followUpDate!, now) < 0).sort((a, b) => compareDates(b.followUpDate!, a.followUpDate!));
  return [...upcoming.slice(0, limit), ...overdue.slice(0, limit)];
}

/** The open follow-ups as the plan lists them (overdue ones only when asked for), and how many are left out. */
function planFollowUps(input: PlanInput): { followUps: PlanFollowUp[]; leftOut: number } {
  const open: PlanFollowUp[] = [];
  for (const f of input.followUps) {
    const date = f.conversation.followUpDate;
    if (!date || f.conversation.followUpDone) continue;
    const overdue = compareDates(date, input.now) < 0;
    if (overdue && !input.includeOverdue) continue;
    open.push({ personName: f.personName, date, note: f.conversation.followUpNote ?? '', overdue });
  }
  const followUps = nearestFollowUps(open, PLAN_FOLLOW_UP_LIMIT);
  return { followUps, leftOut: open.length - followUps.length };
}

/** The largest contributions a plan lists (the screen lists them all). */
export const PLAN_CONTRIBUTION_LIMIT = 8;

/** The path section: the fit's verdict, or "undecided" before any answers or evidence. */
function planPath(fit: PathFitTop | null): PlanSectionOf<'path'> {
  if (!fit)
    return {
      id: 'path',
      path: {
        lean: 'undecided',
        label: 'Undecided',
        position: 0,
        confidence: 'low',
        confidenceReason: 'No questionnaire answers or journal evidence yet.',
        contributions: [],
        nextStep: '',
      },
    };
  // The plan is the person's own document: the same sentences as the screen, in the first person.
  const mine = { confidenceReason: confidenceSentence(fit.facts.confidence, 'i'), nextSteps: nextSteps(fit.facts.steps, 'i') };
  return {
    id: 'path',
    path: {
      lean: fit.lean,
      label: fit.positionLabel,
      position: fit.position,
      confidence: fit.confidence,
      confidenceReason: mine.confidenceReason,
      // Neutral items explain nothing in a shared plan, and years of journal are thousands of
      // items: the largest few (the screen shows them all).
      contributions: fit.contributions
        .filter((c) => c.points !== 0)
        .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
        .slice(0, PLAN_CONTRIBUTION_LIMIT)
        .map((c) => ({ source: c.source, label: c.label, points: c.points, reason: contributionSentence(c.facts, 'i') })),
      nextStep: mine.nextSteps[0]?.text ?? '',
    },
  };
}

/** One section's data, or null when it has nothing to say and is left out (no statement, no target role, no takeaways chosen). */
function composeSection(id: PlanSectionId, input: PlanInput): PlanSection | null {
  switch (id) {
    case 'statement': {
      const statement = input.profile.personalStatement?.trim() ?? '';
      return statement ? { id, statement } : null;
    }
    case 'path':
      return planPath(input.fit);
    case 'target': {
      const role = input.profile.targetRole.trim();
      return role ? { id, role, date: input.profile.targetDate ?? null } : null;
    }
    case 'skills':
      return {
        id,
        skills: input.skills.map((s) => ({
          skill: s.skill,
          name: skillName(s.skill),
          current: s.current,
          target: s.target,
          targetDate: s.target !== null ? (s.targetDate ?? null) : null,
        })),
      };
    case 'focus':
      return {
        id,
        focus: input.focus.map((f) => {
          const name = skillName(f.skill);
          // Reasons from shared/skills start with the skill's name; the plan already shows it.
          const reason = f.reason.startsWith(`${name}: `) ? f.reason.slice(name.length + 2) : f.reason;
          return { skill: f.skill, name, reason };
        }),
      };
    case 'goals': {
      const { goals, leftOut } = selectPlanGoals(input.goals, input.now, input.allGoals ?? false);
      return { id, goals: goals.map(planGoal), leftOut };
    }
    case 'takeaways': {
      const chosen = new Set(input.takeaways);
      const takeaways = input.conversations
        .filter((c) => chosen.has(c.conversation.id) && c.conversation.takeaways.trim() !== '')
        .slice()
        .sort((a, b) => compareDates(a.conversation.date, b.conversation.date))
        .map((c) => ({ date: c.conversation.date, personName: c.personName, text: c.conversation.takeaways.trim() }));
      return takeaways.length ? { id, takeaways } : null;
    }
    case 'follow-ups':
      return { id, ...planFollowUps(input), withOverdue: input.includeOverdue };
    case 'next-steps':
      return { id, steps: input.steps.map((s) => ({ step: s.step, name: s.name, action: s.nextAction })) };
  }
}

/** Composes the plan: the included sections in the standard order, each left out when it has nothing to say. */
export function composePlan(input: PlanInput): CareerPlan {
  const want = new Set(input.include);
  return {
    generatedOn: input.now,
    person: { name: input.profile.name.trim(), currentRole: input.profile.currentRole.trim() },
    sections: PLAN_SECTION_IDS.filter((id) => want.has(id))
      .map((id) => composeSection(id, input))
      .filter((s): s is PlanSection => s !== null),
  };
}

/**
 * True when the journal has nothing a plan could say yet (no name, statement, target, rating,
 * goal, path evidence, follow-up or takeaway): the plan screen then guides the person instead of
 * offering an empty document.
 */
export function planIsEmpty(input: Omit<PlanInput, 'include' | 'takeaways' | 'includeOverdue' | 'allGoals'>): boolean {
  const p = input.profile;
  return (
    !p.name.trim() &&
    !p.targetRole.trim() &&
    !(p.personalStatement ?? '').trim() &&
    input.skills.every((s) => s.current === null && s.target === null) &&
    input.goals.every((g) => g.status === 'dropped') &&
    (input.fit === null || input.fit.contributions.every((c) => c.points === 0)) &&
    input.followUps.every((f) => !f.conversation.followUpDate || f.conversation.followUpDone) &&
    input.conversations.every((c) => !c.conversation.takeaways.trim())
  );
}

/** The plan's section with the given id, with its data typed, or undefined when it is not in the plan. */
export function findSection<K extends PlanSectionId>(plan: CareerPlan, id: K): PlanSectionOf<K> | undefined {
  return plan.sections.find((s): s is PlanSectionOf<K> => s.id === id);
}
