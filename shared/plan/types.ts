/** The career plan as plain data: what `composePlan` builds and every renderer (screen and PDF, Markdown) reads. */
import type { SkillId, StepId } from '../domain/framework';
import type { GoalStatus } from '../schemas';
import type { Confidence, FitLean, FitSource } from '../path/fit';

/**
 * The sections a person can include or leave out, in the plan's order: the personal statement
 * opens it. Ids are stable (the choice is remembered in settings).
 */
export const PLAN_SECTION_IDS = [
  'statement',
  'path',
  'target',
  'skills',
  'focus',
  'goals',
  'takeaways',
  'follow-ups',
  'next-steps',
] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

export const PLAN_SECTION_LABELS: Readonly<Record<PlanSectionId, string>> = {
  statement: 'Personal statement',
  path: 'Path I lean to',
  target: 'Target role',
  skills: 'Skills: current and target',
  focus: 'Skills to focus on',
  goals: 'Learning goals',
  takeaways: 'What I took away from conversations',
  'follow-ups': 'Upcoming follow-ups',
  'next-steps': 'Next steps',
};

export interface PlanPath {
  lean: FitLean;
  label: string;
  /** -1 strongly internal .. 1 strongly external. */
  position: number;
  confidence: Confidence;
  confidenceReason: string;
  contributions: { source: FitSource; label: string; points: number; reason: string }[];
  nextStep: string;
}

export interface PlanSkill {
  skill: SkillId;
  name: string;
  current: number | null;
  target: number | null;
  /** When the person wants to reach the target, if they said. */
  targetDate: string | null;
}

export interface PlanGoal {
  title: string;
  status: GoalStatus;
  statusLabel: string;
  targetDate: string | null;
  skills: string[];
  /** Markdown, as the person wrote it. */
  why: string;
  milestones: { title: string; done: boolean; doneDate: string | null }[];
  resources: { title: string; url: string | null }[];
}

export interface PlanFollowUp {
  personName: string;
  date: string;
  note: string;
  overdue: boolean;
}

/** Learning goals a plan does not list, counted by reason (see `selectPlanGoals`). */
export interface GoalsLeftOut {
  /** Done goals with no activity since `since`. */
  finished: number;
  /** Open goals whose target date passed before `since`, with no activity since. */
  overdue: number;
  /** Current goals beyond `limit`. */
  beyondLimit: number;
  /** The start of the window the plan looks at (YYYY-MM-DD). */
  since: string;
  /** The most goals the plan lists. */
  limit: number;
}

/** A conversation's takeaways the person chose to share. */
export interface PlanTakeaway {
  date: string;
  personName: string;
  /** Markdown, as the person wrote it. */
  text: string;
}

/**
 * One included section with its data: the `id` says which, so a renderer that switches on it
 * has the data without assertions ("section present, data present" is checked by the compiler).
 */
export type PlanSection =
  | { id: 'statement'; statement: string }
  | { id: 'path'; path: PlanPath }
  | { id: 'target'; role: string; date: string | null }
  | { id: 'skills'; skills: PlanSkill[] }
  | { id: 'focus'; focus: { skill: SkillId; name: string; reason: string }[] }
  | {
      id: 'goals';
      goals: PlanGoal[];
      /** The goals not listed and why (see selectPlanGoals), or null when every goal is. */
      leftOut: GoalsLeftOut | null;
    }
  | { id: 'takeaways'; takeaways: PlanTakeaway[] }
  | {
      id: 'follow-ups';
      followUps: PlanFollowUp[];
      /** Open follow-ups not listed (beyond PLAN_FOLLOW_UP_LIMIT); 0 when all are. */
      leftOut: number;
      /** Whether overdue follow-ups were asked for (off by default: a plan is read by someone else). */
      withOverdue: boolean;
    }
  | { id: 'next-steps'; steps: { step: StepId; name: string; action: string }[] };

/** The section with a given id. */
export type PlanSectionOf<K extends PlanSectionId> = Extract<PlanSection, { id: K }>;

/** A composed plan: the included sections, in display order, each with its own data. */
export interface CareerPlan {
  generatedOn: string;
  person: { name: string; currentRole: string };
  sections: PlanSection[];
}

/** The paper sizes a plan prints on. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
