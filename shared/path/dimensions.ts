import type { PathId } from '../domain/framework';

/** The dimensions on which the two paths differ; ids are stable (stored in PathAnswers). */
export const DIMENSION_IDS = ['relationships', 'risk', 'success-metric'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** One side of a dimension, in words. */
export interface DimensionSide {
  /** What the dimension looks like on this side. */
  looks: string;
  /** What preferring this side means, for sentences: "You said you prefer …". */
  prefer: string;
}

export interface PathDimension {
  id: DimensionId;
  name: string;
  /** The question the person answers, in our own words. */
  question: string;
  /** The question as a topic, with {you} for the pronoun: "either side suits you on …". */
  topic: string;
  sides: Record<PathId, DimensionSide>;
}

/** A dimension from its wording; each side is given as [what it looks like, what preferring it means]. */
function dimension(
  id: DimensionId,
  name: string,
  question: string,
  topic: string,
  sides: Record<PathId, readonly [looks: string, prefer: string]>,
): PathDimension {
  const side = ([looks, prefer]: readonly [string, string]): DimensionSide => ({ looks, prefer });
  return { id, name, question, topic, sides: { internal: side(sides.internal), external: side(sides.external) } };
}

export const DIMENSIONS: readonly PathDimension[] = [
  dimension('relationships', 'Who you work with', 'Whose trust would you rather spend your days earning?', 'whose trust {you} earn', {
    internal: [
      'Colleagues: engineers, designers, sales',
      'earning the trust of colleagues (engineers, designers, sales) over that of clients',
    ],
    external: ['Clients and paying customers', 'earning the trust of clients and paying customers over that of colleagues'],
  }),
  dimension('risk', 'What you worry about', 'Which kind of risk would you rather own?', 'which risk {you} own', {
    internal: ['Systems architecture and running costs', 'owning the risk in systems and running costs'],
    external: ['How the brand looks to the market', 'owning the risk of how the brand looks to the market'],
  }),
  dimension('success-metric', 'How you are judged', 'Which number would you rather move?', 'which number {you} move', {
    internal: ['Money and effort saved', 'being judged on money and effort saved'],
    external: ['Revenue earned', 'being judged on revenue earned'],
  }),
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
