/** Small wording helpers shared by the path explanations. */

/** "1 reflection", "3 reflections": the app's one plural helper (Intl.PluralRules). */
export { plural } from '../plural';

/** "an internal" / "an external", for "talk to an internal PM". */
export function article(side: 'internal' | 'external'): string {
  return side === 'internal' ? 'an internal' : 'an external';
}
