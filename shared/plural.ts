/**
 * Counted nouns through Intl.PluralRules, so "1 conversation", "2 conversations", "0 people".
 * English forms are given by the caller (the app's language); the rule picks which one applies.
 */
const RULES = new Intl.PluralRules('en-GB');

/** The noun form for `n`: `one` for the singular, `other` (default: one + "s") otherwise. */
export function pluralForm(n: number, one: string, other = `${one}s`): string {
  return RULES.select(n) === 'one' ? one : other;
}

/** "1 conversation", "3 conversations", "1 person", "2 people" (`other` for irregular plurals). */
export function plural(n: number, one: string, other?: string): string {
  return `${n} ${pluralForm(n, one, other)}`;
}

/** "today", "yesterday", "3 days ago" (and "in 2 days" for a date after `now`), from whole days between. */
export function daysAgo(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  return days > 0 ? `${plural(days, 'day')} ago` : `in ${plural(-days, 'day')}`;
}
