import type { PathId } from '../domain/framework';

/**
 * The named pros and cons of each path, as factors a person weights 0-3. Each factor favours
 * one path: a pro of that path, or a con of the other one (a con of internal work is a reason
 * to prefer external, and the reverse). Ids are stable (stored in PathAnswers).
 */
export const FACTOR_IDS = [
  'job-security',
  'vertical-growth',
  'long-term-strategy',
  'market-exposure',
  'broad-network',
  'independence',
  'avoid-bureaucracy',
  'work-life-balance',
  'avoid-client-pressure',
  'control-over-decisions',
  'single-focus',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export interface PathFactor {
  id: FactorId;
  /** Phrased as what the person may value, in our own words. */
  label: string;
  /** The path that valuing this factor points to. */
  favours: PathId;
  /** 'pro': a strength of `favours`; 'con-of-other': a drawback of the other path. */
  kind: 'pro' | 'con-of-other';
}

export const FACTORS: readonly PathFactor[] = [
  { id: 'job-security', label: 'A stable job inside an established company', favours: 'internal', kind: 'pro' },
  { id: 'vertical-growth', label: 'Climbing the ladder within one organisation', favours: 'internal', kind: 'pro' },
  { id: 'long-term-strategy', label: "Shaping the company's long-term direction", favours: 'internal', kind: 'pro' },
  { id: 'market-exposure', label: 'Seeing many industries, markets and clients', favours: 'external', kind: 'pro' },
  { id: 'broad-network', label: 'Building a wide professional network', favours: 'external', kind: 'pro' },
  { id: 'independence', label: 'Running customer relationships my own way', favours: 'external', kind: 'pro' },
  { id: 'avoid-bureaucracy', label: 'Less bureaucracy and internal politics', favours: 'external', kind: 'con-of-other' },
  { id: 'work-life-balance', label: 'Predictable hours (no always-on infrastructure)', favours: 'external', kind: 'con-of-other' },
  { id: 'avoid-client-pressure', label: 'Less pressure from client expectations and deadlines', favours: 'internal', kind: 'con-of-other' },
  { id: 'control-over-decisions', label: 'A say in internal processes and decisions', favours: 'internal', kind: 'con-of-other' },
  { id: 'single-focus', label: "Not juggling many customers' competing demands", favours: 'internal', kind: 'con-of-other' },
];

/** How much a factor matters, 0-3, as the questionnaire labels it. */
export const WEIGHT_OPTIONS: readonly { value: 0 | 1 | 2 | 3; label: string }[] = [
  { value: 0, label: "Doesn't matter" },
  { value: 1, label: 'Matters a little' },
  { value: 2, label: 'Matters' },
  { value: 3, label: 'Matters a lot' },
];

/** One factor by id. */
export function factorById(id: FactorId): PathFactor | undefined {
  return FACTORS.find((f) => f.id === id);
}
