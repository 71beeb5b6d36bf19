/**
 * A suggested path for an imported contact, from the words of their position: teams that build
 * for people inside the company (platform, infrastructure, internal tools, developer experience,
 * core services) suggest the internal path; teams that build for customers (growth, consumer,
 * marketplace, checkout) the external one. Only a suggestion: the person confirms or changes it.
 */
import type { PersonPath } from '../schemas';

/** The suggestion and the words of the position it came from (none when it is "not sure"). */
export interface PathSuggestion {
  path: Extract<PersonPath, 'internal' | 'external' | 'unknown'>;
  /** The matched words as written in the position, e.g. "Internal Tools". */
  because: string | null;
}

const INTERNAL = [
  'platform',
  'platforms',
  'infrastructure',
  'infra',
  'internal tools',
  'internal tooling',
  'internal products?',
  'developer experience',
  'developer productivity',
  'developer tools',
  'devex',
  'core services',
  'design systems?',
  'data platform',
  'tooling',
];
const EXTERNAL = [
  'growth',
  'consumer',
  'customers?',
  'customer experience',
  'marketplace',
  'checkout',
  'monetization',
  'monetisation',
  'e-?commerce',
  'b2c',
  'retention',
  'acquisition',
];

const pattern = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const INTERNAL_RE = pattern(INTERNAL);
const EXTERNAL_RE = pattern(EXTERNAL);

/** Suggests internal, external or not sure from a position such as "Senior PM - Internal Tools"; both kinds of words, or none, give "not sure". */
export function suggestPath(position: string): PathSuggestion {
  const internal = INTERNAL_RE.exec(position);
  const external = EXTERNAL_RE.exec(position);
  if (internal && !external) return { path: 'internal', because: internal[1]! };
  if (external && !internal) return { path: 'external', because: external[1]! };
  return { path: 'unknown', because: null };
}
