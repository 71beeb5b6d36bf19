/**
 * What each level 1-5 means for each of the six skills, written for this app. Shown beside the
 * choices in a check-in so a rating means the same thing every time it is given.
 */
import { SKILL_LEVELS, type SkillId, type SkillLevel } from '../domain/framework';

/** The short name of each level, the same for every skill. */
export const LEVEL_NAMES: Readonly<Record<SkillLevel, string>> = {
  1: 'New to it',
  2: 'Developing',
  3: 'Capable',
  4: 'Strong',
  5: 'Could teach it',
};

/** One sentence per skill and level: what a person at that level typically does. */
export const LEVEL_DESCRIPTIONS: Readonly<Record<SkillId, Readonly<Record<SkillLevel, string>>>> = {
  strategy: {
    1: 'Knows the product has a direction, but has not yet helped to shape one.',
    2: 'Can explain the current strategy and connect their own work to it.',
    3: 'Writes a roadmap for an area that the team follows, and can defend its priorities.',
    4: 'Sets the vision for a product line and keeps the roadmap honest as things change.',
    5: 'Shapes strategy across several products and coaches others to build their own roadmaps.',
  },
  communication: {
    1: 'Shares updates when asked; still working out who needs to hear what.',
    2: 'Keeps the immediate team informed and asks for their input.',
    3: 'Runs clear meetings and written updates; stakeholders know what is happening and why.',
    4: 'Builds trust across teams, brings disagreement into the open and sees commitments kept.',
    5: 'Is the one people ask to mend strained working relationships; teaches clear communication.',
  },
  research: {
    1: "Relies on other people's summaries of customers and the market.",
    2: 'Reads the data that exists and sits in on customer calls to learn.',
    3: 'Plans and runs their own research and uses what it finds to back decisions.',
    4: 'Combines market data, usage numbers and interviews into insight that changes plans.',
    5: 'Builds research habits for a whole team and shows others how to weigh evidence.',
  },
  leadership: {
    1: 'Concentrates on their own tasks and follows the lead of others.',
    2: 'Leads small pieces of work inside their own team.',
    3: 'Gets a cross-functional team behind a goal without formal authority.',
    4: 'Sways senior people and other teams; people follow because of trust, not title.',
    5: 'Grows other leaders and shapes how the organisation works together.',
  },
  'problem-solving': {
    1: 'Raises problems when they appear, but needs help to frame them.',
    2: 'Breaks a known problem into parts and lists the options.',
    3: 'Frames problems clearly, compares options with evidence and decides on time.',
    4: 'Catches problems before they grow, makes hard trade-offs and explains them well.',
    5: 'Handles unclear, high-stakes calls and helps others decide better.',
  },
  adaptability: {
    1: 'Finds a change of plan unsettling and needs time to adjust.',
    2: 'Adjusts to change with some support and keeps their own work on track.',
    3: 'Re-plans calmly when priorities shift and helps the team refocus.',
    4: 'Steadies the team through reorganisations or market shifts and learns from setbacks.',
    5: 'Expects change, plans for it, and helps others stay effective through it.',
  },
};

/** True when `n` is a whole level from 1 to 5. */
export function isSkillLevel(n: number): n is SkillLevel {
  return (SKILL_LEVELS as readonly number[]).includes(n);
}

/** "3 · Capable": a level with its short name, for labels and tables. */
export function levelLabel(level: number): string {
  return isSkillLevel(level) ? `${level} · ${LEVEL_NAMES[level]}` : String(level);
}

/** What `level` means for `skill`. */
export function levelDescription(skill: SkillId, level: SkillLevel): string {
  return LEVEL_DESCRIPTIONS[skill][level];
}
