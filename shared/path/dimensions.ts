import type { PathId } from '../domain/framework';

/** The dimensions on which the two paths differ; ids are stable (stored in PathAnswers). */
export const DIMENSION_IDS = ['relationships', 'risk', 'success-metric'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export interface PathDimension {
  id: DimensionId;
  name: string;
  /** The question the person answers, in our own words. */
  question: string;
  /** What this dimension looks like on each side. */
  sides: Record<PathId, string>;
}

export const DIMENSIONS: readonly PathDimension[] = [
  {
    id: 'relationships',
    name: 'Who you work with',
    question: 'Whose trust would you rather spend your days earning?',
    sides: { internal: 'Colleagues: engineers, designers, sales', external: 'Clients and paying customers' },
  },
  {
    id: 'risk',
    name: 'What you worry about',
    question: 'Which kind of risk would you rather own?',
    sides: { internal: 'Systems architecture and running costs', external: 'How the brand looks to the market' },
  },
  {
    id: 'success-metric',
    name: 'How you are judged',
    question: 'Which number would you rather move?',
    sides: { internal: 'Money and effort saved', external: 'Revenue earned' },
  },
];

/** The five points of a dimension answer, from -2 (strongly internal) to 2 (strongly external). */
export const LEAN_OPTIONS: readonly { value: -2 | -1 | 0 | 1 | 2; label: string }[] = [
  { value: -2, label: 'Strongly internal' },
  { value: -1, label: 'Somewhat internal' },
  { value: 0, label: 'Either suits me' },
  { value: 1, label: 'Somewhat external' },
  { value: 2, label: 'Strongly external' },
];

/** The display name of a dimension id. */
export function dimensionName(id: DimensionId): string {
  return DIMENSIONS.find((d) => d.id === id)?.name ?? id;
}
