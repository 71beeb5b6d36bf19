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
  /** What preferring each side means, for sentences: "You said you prefer …". */
  prefer: Record<PathId, string>;
  /** The question as a topic, with {you} for the pronoun: "either side suits you on …". */
  topic: string;
}

export const DIMENSIONS: readonly PathDimension[] = [
  {
    id: 'relationships',
    name: 'Who you work with',
    question: 'Whose trust would you rather spend your days earning?',
    sides: { internal: 'Colleagues: engineers, designers, sales', external: 'Clients and paying customers' },
    prefer: {
      internal: 'earning the trust of colleagues (engineers, designers, sales) over that of clients',
      external: 'earning the trust of clients and paying customers over that of colleagues',
    },
    topic: 'whose trust {you} earn',
  },
  {
    id: 'risk',
    name: 'What you worry about',
    question: 'Which kind of risk would you rather own?',
    sides: { internal: 'Systems architecture and running costs', external: 'How the brand looks to the market' },
    prefer: { internal: 'owning the risk in systems and running costs', external: 'owning the risk of how the brand looks to the market' },
    topic: 'which risk {you} own',
  },
  {
    id: 'success-metric',
    name: 'How you are judged',
    question: 'Which number would you rather move?',
    sides: { internal: 'Money and effort saved', external: 'Revenue earned' },
    prefer: { internal: 'being judged on money and effort saved', external: 'being judged on revenue earned' },
    topic: 'which number {you} move',
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
