/** The six core PM skills, the two paths and the five steps: ids are stable (stored in the database, backups and exports). */

export const SKILL_IDS = ['strategy', 'communication', 'research', 'leadership', 'problem-solving', 'adaptability'] as const;
export type SkillId = (typeof SKILL_IDS)[number];

export interface SkillDefinition {
  id: SkillId;
  name: string;
  /** One sentence on what growing in this skill looks like, in our own words. */
  summary: string;
}

export const SKILLS: readonly SkillDefinition[] = [
  {
    id: 'strategy',
    name: 'Product strategy & roadmapping',
    summary: 'Sets a direction people can repeat back, and turns it into a roadmap others can act on.',
  },
  { id: 'communication', name: 'Communication & collaboration', summary: 'Keeps stakeholders informed and earns trust across teams.' },
  { id: 'research', name: 'Market research & analysis', summary: 'Collects market data and customer insight and uses it to make calls.' },
  {
    id: 'leadership',
    name: 'Leadership & influence',
    summary: 'Gets cross-functional teams moving toward a goal, with or without formal authority.',
  },
  {
    id: 'problem-solving',
    name: 'Problem solving & decision making',
    summary: 'Notices problems early, compares options and decides well and on time.',
  },
  { id: 'adaptability', name: 'Adaptability & resilience', summary: 'Keeps delivering when plans, teams or markets shift.' },
];

/** The display name of a skill id. */
export function skillName(id: SkillId): string {
  return SKILLS.find((s) => s.id === id)?.name ?? id;
}

export const PATH_IDS = ['internal', 'external'] as const;
export type PathId = (typeof PATH_IDS)[number];

export const PATHS: Readonly<Record<PathId, { name: string; summary: string }>> = {
  internal: { name: 'Internal PM', summary: 'Builds for people inside the company: platforms, core services and internal tools.' },
  external: { name: 'External PM', summary: 'Builds for customers outside the company: a feature area and the people who buy it.' },
};

export const STEP_IDS = ['self-reflection', 'networking', 'shadowing', 'mentorship', 'learning'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEPS: readonly { id: StepId; name: string; summary: string }[] = [
  {
    id: 'self-reflection',
    name: 'Reflect on yourself',
    summary: 'Take stock of strengths, interests and goals, and notice whether you prefer working with colleagues or with clients.',
  },
  {
    id: 'networking',
    name: 'Talk to people in both roles',
    summary: 'Hold informational conversations with internal and external PMs about their days, struggles and rewards.',
  },
  { id: 'shadowing', name: 'Try the work first-hand', summary: 'Shadow or intern alongside PMs on each side to see the work up close.' },
  { id: 'mentorship', name: 'Find a mentor', summary: 'Ask experienced PMs for guidance on the choice and on how to grow.' },
  { id: 'learning', name: 'Keep learning', summary: 'Set learning goals for the skills both roles rely on.' },
];

export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
