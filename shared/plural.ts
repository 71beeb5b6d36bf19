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
  return `${n.toLocaleString('en-GB')} ${pluralForm(n, one, other)}`;
}
