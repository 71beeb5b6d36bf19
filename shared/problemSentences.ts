/**
 * The one mapping from zod's issues to plain sentences, for every file Sextant reads (imports and
 * backups): no validator wording ("Invalid discriminator value…", "expected string, received
 * number") reaches the screen. Each problem says where (a row of the file, an entry, a record of a
 * backup, in words) and what is wrong with which field, quoting the value when that helps:
 * "Row 14" + "the email address “bob@” is not complete".
 */
import type { z } from 'zod';
import type { InputProblem } from './errors';

/** Where a problem is, in words, and the words for the field it is about. */
export interface ProblemPlace {
  /** "Row 14", "Entry 3", "Journal entry 2 of the backup", "The file". */
  where: string;
  /** "the email address", "the title"; empty when the issue is about the whole item. */
  field: string;
}

/** Turns a zod path (as the schema saw it) into a place in the file. */
export type Locate = (path: readonly PropertyKey[]) => ProblemPlace;

/** Words for the fields Sextant's files hold, by their key (the last key of the path). */
const FIELD_WORDS: Record<string, string> = {
  id: 'the id',
  kind: 'the kind of entry',
  name: 'the name',
  role: 'the role',
  company: 'the company',
  email: 'the email address',
  profileUrl: 'the profile link',
  connectedOn: 'the date connected',
  path: 'the path',
  notes: 'the notes',
  title: 'the title',
  body: 'the text',
  text: 'the text',
  date: 'the date',
  createdAt: 'the time it was created',
  updatedAt: 'the time it was last changed',
  creationDate: 'the date it was written',
  modifiedDate: 'the date it was last changed',
  timeZone: 'the time zone',
  starred: 'the star',
  tags: 'the tags',
  skills: 'the skills',
  skill: 'the skill',
  level: 'the level',
  levels: 'the levels',
  rev: 'the revision number',
  uuid: 'the Day One id',
  entries: 'the list of entries',
  format: 'the file format',
  formatVersion: 'the format version',
  appVersion: 'the app version',
  exportedAt: 'the export time',
  counts: 'the record counts',
  data: 'the data',
  key: 'the setting name',
  value: 'the value',
  mood: 'the mood',
  lean: 'the path lean',
  followUp: 'the follow-up',
  stayInTouchWeeks: 'the stay-in-touch interval',
};

/** A field key in words: a known one, else its camelCase split ("targetDate" -> "the target date"). */
export function fieldWords(key: PropertyKey | undefined): string {
  if (key === undefined || typeof key === 'number') return '';
  const k = String(key);
  return FIELD_WORDS[k] ?? `the ${k.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

/** The value at a path of the raw input (what the person's file holds there), if any. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A value of the file as the person would recognise it: short text quoted, other kinds named. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') {
    if (v === '') return 'empty text';
    return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  }
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return v ? 'yes (true)' : 'no (false)';
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return v.length ? `a list of ${v.length}` : 'an empty list';
  if (typeof v === 'object') return 'a group of fields';
  return 'missing';
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};
const kindWords = (k: string) => KINDS[k] ?? k;

const FORMATS: Record<string, string> = {
  email: 'is not complete (an email address looks like name@example.com)',
  url: 'is not a web address',
  datetime: 'is not a date and time like 2026-03-14T09:30:00Z',
  date: 'is not a date like 2026-03-14',
  uuid: 'is not a valid id',
  guid: 'is not a valid id',
};

/** zod's own wording begins like this; any other message was written by Sextant's schemas. */
const ZOD_WORDING = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)/;

const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `“${v}”` : String(v))).join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What is wrong, as the end of a sentence about the field ("the title is empty"). `value` is the file's value there. */
export function issueSentence(issue: z.core.$ZodIssue, field: string, value: unknown): string {
  const subject = field || 'it';
  const custom = !ZOD_WORDING.test(issue.message) ? issue.message : null;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${subject} ${field ? 'is' : 'are'} missing`;
      return `${subject} should be ${kindWords(issue.expected)} but is ${describeValue(value)}`;
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof value === 'string')
        return `${subject} is ${plural(value.length, 'character', 'characters')} long; at most ${max} fit`;
      if (issue.origin === 'array' && Array.isArray(value)) return `${value.length} items in ${subject}; at most ${max} are allowed`;
      if (issue.origin === 'number' || issue.origin === 'int') return `${subject} is ${String(value)}; the most allowed is ${max}`;
      return `${subject} is too large (at most ${max})`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? `${subject} is empty` : `${subject} is shorter than ${min} characters`;
      if (issue.origin === 'array') return min <= 1 ? `${subject} is an empty list` : `${subject} has fewer than ${min} items`;
      if (issue.origin === 'number' || issue.origin === 'int') return `${subject} is ${String(value)}; the least allowed is ${min}`;
      return `${subject} is too small (at least ${min})`;
    }
    case 'invalid_format': {
      const what =
        FORMATS[issue.format] ??
        (custom ? (/^(must|should|is)\b/.test(custom) ? custom : `should be ${custom}`) : 'is not in the expected form');
      return `${subject} ${describeValue(value)} ${what}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `${subject} is ${describeValue(value)}; it should be ${list(issue.values)}`
        : `${subject} is ${describeValue(value)}, which Sextant does not know; it should be one of ${list(issue.values)}`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options)
        return `${subject} is ${describeValue(value)}, a kind Sextant does not know; it should be one of ${list(issue.options)}`;
      return `${subject} (${describeValue(value)}) matches none of the forms Sextant accepts`;
    case 'unrecognized_keys':
      return `${field ? `${subject} has` : 'it has'} ${issue.keys.length === 1 ? 'a field' : 'fields'} Sextant does not know: ${list(issue.keys)}`;
    case 'not_multiple_of':
      return `${subject} is ${String(value)}; it should be a multiple of ${issue.divisor}`;
    case 'invalid_key':
    case 'invalid_element':
      return `${subject} holds a key or item Sextant does not accept`;
    case 'custom':
    default: {
      const message = custom ?? 'is not valid';
      if (/^(must|should|is|are|has|have|says|also|cannot|can't)\b/.test(message)) {
        // A rule of the schema about the value: quote the value first, so the person can find it.
        const shown = value === undefined || typeof value === 'object' ? '' : ` ${describeValue(value)}`;
        return /^(must|should)\b/.test(message)
          ? `${subject}${shown} ${message.replace(/^must be/, 'is not').replace(/^should be/, 'is not')}`
          : `${subject} ${message}`;
      }
      return field ? `${subject}: ${message}` : message;
    }
  }
}

/**
 * Turns a zod error into located, plain problems: `where` names the place in words and `message`
 * says what is wrong with which field. `input` is the value that was parsed (to quote what the
 * file holds); `locate` maps each issue's path to a place.
 */
export function plainProblems(error: z.ZodError, input: unknown, locate: Locate): InputProblem[] {
  return error.issues.map((issue) => {
    const { where, field } = locate(issue.path);
    return { where, message: issueSentence(issue, field, valueAt(input, issue.path)) };
  });
}

/** A place inside a list of items: "Entry 3" for ['entries', 2, 'title'], with the field in words; `The file` above the list. */
export function listPlace(listKey: string, noun: string, whole = 'The file'): Locate {
  return (path) => {
    if (path[0] === listKey && typeof path[1] === 'number') return { where: `${noun} ${path[1] + 1}`, field: fieldWords(path.at(-1)) };
    return { where: whole, field: fieldWords(path.at(-1)) };
  };
}

/** One problem as a sentence: "Row 14: the email address “bob@” is not complete." */
export function problemSentence({ where, message }: InputProblem): string {
  const text = `${where}: ${message}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
}
