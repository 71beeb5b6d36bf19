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
  'customer-contact',
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
  /** For 'con-of-other': the drawback of the other path, as the side-by-side lists it. */
  drawback?: string;
}

/** Each path has six factors in its favour (three strengths, three drawbacks of the other), so equal ratings cancel. */
export const FACTORS_PER_SIDE = 6;

export const FACTORS: readonly PathFactor[] = [
  { id: 'job-security', label: 'A stable job inside an established company', favours: 'internal', kind: 'pro' },
  { id: 'vertical-growth', label: 'Climbing the ladder within one organisation', favours: 'internal', kind: 'pro' },
  { id: 'long-term-strategy', label: "Shaping the company's long-term direction", favours: 'internal', kind: 'pro' },
  { id: 'market-exposure', label: 'Seeing many industries, markets and clients', favours: 'external', kind: 'pro' },
  { id: 'broad-network', label: 'Building a wide professional network', favours: 'external', kind: 'pro' },
  { id: 'independence', label: 'Running customer relationships my own way', favours: 'external', kind: 'pro' },
  {
    id: 'avoid-bureaucracy',
    label: 'Less bureaucracy and internal politics',
    favours: 'external',
    kind: 'con-of-other',
    drawback: 'Layers of approval and internal politics',
  },
  {
    id: 'work-life-balance',
    label: 'Predictable hours (no always-on infrastructure)',
    favours: 'external',
    kind: 'con-of-other',
    drawback: 'On-call hours, since the systems run day and night',
  },
  {
    id: 'customer-contact',
    label: 'Working face to face with outside customers',
    favours: 'external',
    kind: 'con-of-other',
    drawback: 'Little contact with outside customers and markets',
  },
  {
    id: 'avoid-client-pressure',
    label: 'Less pressure from client expectations and deadlines',
    favours: 'internal',
    kind: 'con-of-other',
    drawback: 'Client expectations and deadlines to meet',
  },
  {
    id: 'control-over-decisions',
    label: 'A say in internal processes and decisions',
    favours: 'internal',
    kind: 'con-of-other',
    drawback: 'Little say in how the company itself works',
  },
  {
    id: 'single-focus',
    label: "Not juggling many customers' competing demands",
    favours: 'internal',
    kind: 'con-of-other',
    drawback: "Many customers' demands to balance",
  },
];

/** The side-by-side of one path: its strengths, and its drawbacks (the other side's 'con-of-other' factors). */
export function prosAndCons(side: PathId): { pros: string[]; cons: string[] } {
  return {
    pros: FACTORS.filter((f) => f.favours === side && f.kind === 'pro').map((f) => f.label),
    cons: FACTORS.filter((f) => f.favours !== side && f.kind === 'con-of-other').map((f) => f.drawback ?? f.label),
  };
}

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
