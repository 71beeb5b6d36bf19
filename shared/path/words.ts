/** Small wording helpers shared by the path explanations. */

/** "1 reflection", "3 reflections". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "an internal" / "an external", for "talk to an internal PM". */
export function article(side: 'internal' | 'external'): string {
  return side === 'internal' ? 'an internal' : 'an external';
}
