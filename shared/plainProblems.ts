import type { InputProblem } from './errors';

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
  undefined: 'missing',
  null: 'empty (null)',
};
const kind = (k: string) => KIND_WORDS[k] ?? k;

// zod's messages for stored data, rewritten as sentences about the field (checked in order).
const REWRITES: readonly [RegExp, (...m: string[]) => string][] = [
  [/^Invalid input: expected (\w+), received undefined$/, () => 'is missing'],
  [/^Invalid input: expected (\w+), received (\w+)$/, (a, b) => `should be ${kind(a)} but is ${kind(b)}`],
  [
    /^Invalid option: expected one of (.+)$/,
    (list) => `has a value Sextant does not know (it should be one of ${list.replaceAll('|', ', ')})`,
  ],
  [/^Unrecognized keys?: (.+)$/, (keys) => `has fields Sextant does not know: ${keys}`],
  [/^Too big: expected string to have <=(\d+) characters$/, (n) => `is longer than ${n} characters`],
  [/^Too small: expected string to have >=(\d+) characters?$/, (n) => (n === '1' ? 'is empty' : `is shorter than ${n} characters`)],
  [/^Too big: expected number to be <=(\S+)$/, (n) => `is more than ${n}`],
  [/^Too small: expected number to be >=(\S+)$/, (n) => `is less than ${n}`],
  [/^Too big: expected array to have <=(\d+) items$/, (n) => `has more than ${n} items`],
  [/^Invalid discriminator value\. Expected (.+)$/, () => 'is of a kind Sextant does not know'],
];

/** One problem of a stored record in plain words: "The field “date” is missing." */
export function plainProblem({ where, message }: InputProblem): string {
  const subject = where === '(root)' ? 'The record' : `The field “${where}”`;
  for (const [pattern, say] of REWRITES) {
    const m = pattern.exec(message);
    if (m) return `${subject} ${say(...m.slice(1))}.`;
  }
  return `${subject}: ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
}
