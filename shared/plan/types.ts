/** The career plan as plain data: what `composePlan` builds and every renderer (screen, PDF, Markdown) reads. */
import type { SkillId, StepId } from '../domain/framework';
import type { GoalStatus } from '../schemas';
import type { Confidence, FitLean, FitSource } from '../path/fit';

/** The sections a person can include or leave out; ids are stable (they may be remembered). */
export const PLAN_SECTION_IDS = ['path', 'target', 'skills', 'focus', 'goals', 'follow-ups', 'next-steps', 'statement'] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

export const PLAN_SECTION_LABELS: Readonly<Record<PlanSectionId, string>> = {
  path: 'Path I lean to',
  target: 'Target role',
  skills: 'Skills: current and target',
  focus: 'Skills to focus on',
  goals: 'Learning goals',
  'follow-ups': 'Upcoming follow-ups',
  'next-steps': 'Next steps',
  statement: 'Personal statement',
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
}

export interface PlanGoal {
  title: string;
  status: GoalStatus;
  statusLabel: string;
  targetDate: string | null;
  skills: string[];
  why: string;
  milestones: { title: string; done: boolean; doneDate: string | null }[];
}

export interface PlanFollowUp {
  personName: string;
  date: string;
  note: string;
  overdue: boolean;
}

/** A composed plan: a section is present only when the person included it. */
export interface CareerPlan {
  generatedOn: string;
  person: { name: string; currentRole: string };
  /** The included sections, in display order. */
  sections: PlanSectionId[];
  path?: PlanPath;
  target?: { role: string; date: string | null };
  skills?: PlanSkill[];
  focus?: { skill: SkillId; name: string; reason: string }[];
  goals?: PlanGoal[];
  followUps?: PlanFollowUp[];
  /** Open follow-ups not listed (beyond PLAN_FOLLOW_UP_LIMIT); 0 when all are. */
  followUpsLeftOut?: number;
  nextSteps?: { step: StepId; name: string; action: string }[];
  statement?: string;
}
