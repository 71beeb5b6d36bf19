/**
 * Quick checks of stored records, for reading hundreds or thousands of them: in the app zod runs
 * without code generation (the page's security policy forbids eval), so parsing 500 people and 200
 * goals cost a cold start 20-30 ms and the search worker's build a fifth of its time. A record
 * whose values the schema would keep as they are (texts already trimmed, tags already lower case,
 * every value within its limits, no other keys) is checked field by field here and copied with
 * its keys in the schema's order: what the schema gives back for it. Any other record (one the
 * schema would change or refuse) gets undefined, and its reader parses it with the schema, which
 * keeps or reports it as before. Property tests compare each check with its schema. Nothing here
 * loads zod (the search worker reads these checks without it: issue 12); tests compare each shape's
 * key order and each format with its schema's.
 */
import { isIsoDate } from '../dates';
import { SKILL_IDS } from '../domain/framework';
import type { LearningGoal } from './entry';
import type { Person } from './person';
import { GOAL_STATUSES, LIMITS, PERSON_PATHS } from './values';

/** Whether a value is one the schema keeps as it is, for one field. */
export type Check = (value: unknown) => boolean;

// The formats as the schemas check them: zod's own patterns for z.uuid(), z.iso.datetime({ offset:
// true }) and z.email(), written out here so that no zod code is loaded for them (the search
// worker loads it only for a row these checks refuse); a test compares each with its schema's.
export const FORMATS = {
  uuid: /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
  dateTime:
    /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/,
  // eslint-disable-next-line no-useless-escape -- zod's pattern as it is written (the test compares the two)
  email: /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
} as const;
const SKILLS = new Set<unknown>(SKILL_IDS);

const isString = (v: unknown): v is string => typeof v === 'string';
export const uuid: Check = (v) => isString(v) && FORMATS.uuid.test(v);
export const dateTime: Check = (v) => isString(v) && FORMATS.dateTime.test(v);
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

/**
 * A record's checks as a Shape: `checks` written in the schema's key order (a test compares each
 * shape's keys with its schema's), `nested` the shapes of the records in an array field.
 */
export function shapeOf(checks: Record<string, Check>, nested: Record<string, Shape> = {}): Shape {
  return Object.entries(checks).map(([k, check]) => (Object.hasOwn(nested, k) ? [k, check, nested[k]!] : [k, check]));
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
  (personShape ??= shapeOf({
    ...META,
    name: shortText(1),
    role: shortText(0),
    company: shortText(0),
    path: oneOf(PERSON_PATHS),
    profileUrl: optional(webUrl),
    email: optional((v) => isString(v) && v.length <= 320 && FORMATS.email.test(v)),
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
  (goalShape ??= shapeOf(
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
      milestones: shapeOf({
        id: uuid,
        title: shortText(1),
        done: boolean,
        doneDate: optional(date),
        dueDate: optional(date),
      }),
      resources: shapeOf({ title: shortText(1), url: optional(webUrl) }),
    },
  ));

/** The shapes of a person and a learning goal (a goal's holds its milestones' and resources'): tests compare them with the schemas. */
export const quickShapes = (): { person: Shape; goal: Shape } => ({ person: PERSON_SHAPE(), goal: GOAL_SHAPE() });

/** The learning goal the schema (Entry's 'goal' kind) gives for a stored row it keeps as it is; undefined for any other row. */
export function quickGoal(row: unknown): LearningGoal | undefined {
  return quickRecord(GOAL_SHAPE(), row) as LearningGoal | undefined;
}
