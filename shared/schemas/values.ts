/**
 * The schemas' plain values (limits, lists of allowed values, the time-of-day pattern), without
 * zod: the quick checks (./quick.ts) and the search worker read them without loading zod, whose
 * code the search worker loads only for a row its quick checks refuse (issue 12). The schema
 * modules re-export them under the same names.
 */

/** Limits on stored text, so a form or an imported file can't fill the disk with one field. */
export const LIMITS = {
  shortText: 200,
  longText: 100_000,
  tags: 50,
  tag: 60,
  listItems: 200,
  url: 2_000,
} as const;

export const PATH_LEANS = ['internal', 'external', 'unsure'] as const;
export const CONVERSATION_KINDS = ['informational', 'mentorship', 'shadowing', 'other'] as const;
export const GOAL_STATUSES = ['planned', 'active', 'done', 'dropped'] as const;
export const PERSON_PATHS = ['internal', 'external', 'other', 'unknown'] as const;

/** A wall-clock time of day, 'HH:MM' (24-hour): TimeOfDay's pattern. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
