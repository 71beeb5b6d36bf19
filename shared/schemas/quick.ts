/**
 * Quick checks of stored records, for reading hundreds or thousands of them: in the app zod runs
 * without code generation (the page's security policy forbids eval), so parsing 500 people and 200
 * goals cost a cold start 20-30 ms and the search worker's build a fifth of its time. A record
 * whose values the schema would keep as they are (texts already trimmed, tags already lower case,
 * every value within its limits, no other keys) is checked field by field here and copied with
 * its keys in the schema's order: what the schema gives back for it. Any other record (one the
 * schema would change or refuse) gets undefined, and its reader parses it with the schema, which
 * keeps or reports it as before. Property tests compare each check with its schema.
 */
import { isIsoDate } from '../dates';
import { SKILL_IDS } from '../domain/framework';
import { Id, IsoDateTime, LIMITS } from './common';
import { GOAL_STATUSES, LearningGoal, Milestone, Resource } from './entry';
import { Person, PERSON_PATHS } from './person';

/** Whether a value is one the schema keeps as it is, for one field. */
export type Check = (value: unknown) => boolean;

// The formats as the schemas check them (their own regular expressions, the same date test),
// taken from the schemas on first use (the schemas are built on first use: ./lazy.ts).
let UUID: RegExp | undefined;
let DATE_TIME: RegExp | undefined;
const SKILLS = new Set<unknown>(SKILL_IDS);
// z.email()'s pattern (Person's email is z.email().max(320)).
let EMAIL: RegExp | undefined;

function patternOf(schema: unknown): RegExp {
  const pattern = (schema as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) throw new Error('A schema format has no plain pattern.');
  return pattern;
}

const isString = (v: unknown): v is string => typeof v === 'string';
export const uuid: Check = (v) => isString(v) && (UUID ??= patternOf(Id)).test(v);
export const dateTime: Check = (v) => isString(v) && (DATE_TIME ??= patternOf(IsoDateTime)).test(v);
export const date: Check = (v) => isString(v) && isIsoDate(v);
/** ShortText (trimmed, at most 200), already trimmed; `min` 1 for RequiredText. */
export const shortText =
  (min: number): Check =>
  (v) =>
    isString(v) && v.length >= min && v.length <= LIMITS.shortText && v === v.trim();
export const longText: Check = (v) => isString(v) && v.length <= LIMITS.longText;
/** A whole number from `min` to `max` (Level is 1-5). */
export const whole =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
export const level: Check = whole(1, 5);
export const boolean: Check = (v) => typeof v === 'boolean';
export const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
export const oneOf = (values: Iterable<unknown>): Check => {
  const set = new Set(values);
  return (v) => set.has(v);
};
export const literal =
  (value: string): Check =>
  (v) =>
    v === value;
export const skills: Check = (v) => Array.isArray(v) && v.length <= 6 && v.every((s) => SKILLS.has(s));
/** Tags as the schema leaves them: trimmed, lower case, 1 to 60 characters, at most 50. */
export const tags: Check = (v) =>
  Array.isArray(v) &&
  v.length <= LIMITS.tags &&
  v.every((t) => isString(t) && t.length >= 1 && t.length <= LIMITS.tag && t === t.trim() && t === t.toLowerCase());
/** A web link as WebUrl keeps it: already trimmed, at most 2,000 characters, http(s) only. */
export const webUrl: Check = (v) => {
  if (!isString(v) || v.length > LIMITS.url || v !== v.trim()) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/** RecordMeta and the fields every entry has. */
export const META: Record<string, Check> = {
  id: uuid,
  createdAt: dateTime,
  updatedAt: dateTime,
  rev: optional((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1),
};
export const ENTRY_META: Record<string, Check> = { ...META, date, skills, tags };

/** A record's fields in the schema's key order, each with its check (and, for an array of records, their shape). */
export type Shape = [key: string, check: Check, items?: Shape][];

/** The checks in the order of the schema's keys; throws if they do not name exactly those keys (the schema changed). */
export function inSchemaOrder(shape: Record<string, unknown>, checks: Record<string, Check>, nested: Record<string, Shape> = {}): Shape {
  const keys = Object.keys(shape);
  if (keys.length !== Object.keys(checks).length || keys.some((k) => !checks[k]))
    throw new Error('A quick record check does not match its schema.');
  return keys.map((k) => (Object.hasOwn(nested, k) ? [k, checks[k]!, nested[k]!] : [k, checks[k]!]));
}

/**
 * The record the schema gives for `row` when every field passes its check: the shape's keys in
 * its order, those the row has (an optional one set to undefined included), the records of a
 * nested array copied by their own shape; undefined when a check fails or the row has a key
 * outside the shape.
 */
export function quickRecord(shape: Shape, row: unknown): Record<string, unknown> | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || Object.getPrototypeOf(row) !== Object.prototype) return undefined;
  const record = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const [key, check, items] of shape) {
    let value = record[key];
    if (!check(value)) return undefined;
    if (items && Array.isArray(value)) {
      const copies: unknown[] = [];
      for (const item of value) {
        const copy = quickRecord(items, item);
        if (!copy) return undefined;
        copies.push(copy);
      }
      value = copies;
    }
    if (value !== undefined || Object.hasOwn(record, key)) {
      out[key] = value;
      kept++;
    }
  }
  let keys = 0;
  for (const key in record) if (Object.hasOwn(record, key)) keys++;
  return keys === kept ? out : undefined;
}

// Each shape is worked out on first use.
let personShape: Shape | undefined;
const PERSON_SHAPE = (): Shape =>
  (personShape ??= inSchemaOrder(Person.shape, {
    ...META,
    name: shortText(1),
    role: shortText(0),
    company: shortText(0),
    path: oneOf(PERSON_PATHS),
    profileUrl: optional(webUrl),
    email: optional((v) => isString(v) && v.length <= 320 && (EMAIL ??= patternOf(Person.shape.email.unwrap())).test(v)),
    connectedOn: optional(date),
    notes: optional(longText),
    stayInTouchWeeks: optional(whole(1, 104)),
  }));

/** The person the schema gives for a stored row it keeps as it is; undefined for any other row (see the module's note). */
export function quickPerson(row: unknown): Person | undefined {
  return quickRecord(PERSON_SHAPE(), row) as Person | undefined;
}

const list =
  (max: number, min = 0): Check =>
  (v) =>
    Array.isArray(v) && v.length >= min && v.length <= max;

let goalShape: Shape | undefined;
const GOAL_SHAPE = (): Shape =>
  (goalShape ??= inSchemaOrder(
    LearningGoal.shape,
    {
      ...ENTRY_META,
      kind: literal('goal'),
      title: shortText(1),
      why: longText,
      skills: (v) => list(6, 1)(v) && skills(v),
      targetDate: optional(date),
      status: oneOf(GOAL_STATUSES),
      milestones: list(LIMITS.listItems),
      resources: list(LIMITS.listItems),
      progressNotes: longText,
    },
    {
      milestones: inSchemaOrder(Milestone.shape, {
        id: uuid,
        title: shortText(1),
        done: boolean,
        doneDate: optional(date),
        dueDate: optional(date),
      }),
      resources: inSchemaOrder(Resource.shape, { title: shortText(1), url: optional(webUrl) }),
    },
  ));

/** The learning goal the schema (Entry's 'goal' kind) gives for a stored row it keeps as it is; undefined for any other row. */
export function quickGoal(row: unknown): LearningGoal | undefined {
  return quickRecord(GOAL_SHAPE(), row) as LearningGoal | undefined;
}
