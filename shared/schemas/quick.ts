/**
 * Quick looks at stored people and learning goals, for screens that read hundreds of them on
 * arrival (Home, Plan). In the app zod runs without code generation (the page's security policy
 * forbids eval), so parsing 500 people and 200 goals costs a cold start 20-30 ms. Each check here
 * says true only for a record the schema accepts and gives back unchanged (texts already trimmed,
 * tags already lower case, no key the schema does not know); anything else, valid or not, goes to the schema, which keeps or reports it as before.
 * A property test checks both halves on random and damaged records.
 */
import { z } from 'zod';
import { SKILL_IDS } from '../domain/framework';
import { isIsoDate } from '../dates';
import { LIMITS } from './common';
import { GOAL_STATUSES } from './entry';
import { PERSON_PATHS } from './person';

// The schema's own patterns (z.uuid(), z.iso.datetime({ offset: true }), z.email()): a test checks they are the ones it uses.
const UUID = z.regexes.uuid();
const DATE_TIME = z.regexes.datetime({ offset: true });
const EMAIL = z.regexes.email;
const SKILLS: readonly unknown[] = SKILL_IDS;
const PATHS: readonly unknown[] = PERSON_PATHS;
const STATUSES: readonly unknown[] = GOAL_STATUSES;

type Row = Record<string, unknown>;

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'string' && UUID.test(v);
const isDateTime = (v: unknown) => typeof v === 'string' && DATE_TIME.test(v);
const isDate = (v: unknown) => typeof v === 'string' && isIsoDate(v);
const isLevelInt = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
/** A text as ShortText (min 0) or RequiredText (min 1) gives it back: trimmed already, within the limit. */
const isShort = (v: unknown, min: 0 | 1) => typeof v === 'string' && v.length >= min && v.length <= LIMITS.shortText && v.trim() === v;
const isLong = (v: unknown) => typeof v === 'string' && v.length <= LIMITS.longText;
const isTag = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.tag && v.trim().toLowerCase() === v;
const isWebUrl = (v: unknown): boolean => {
  if (typeof v !== 'string' || v.length > LIMITS.url || v.trim() !== v) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/** An optional key: absent or undefined (a form's draft can store it so; the schema gives it back so), or a value `check` accepts. */
function optional(r: Row, key: string, check: (v: unknown) => boolean): boolean {
  const v = r[key];
  return v === undefined || check(v);
}

/** Whether every own key of `r` is in `keys`. */
function onlyKeys(r: Row, keys: ReadonlySet<string>): boolean {
  for (const k in r) if (Object.hasOwn(r, k) && !keys.has(k)) return false;
  return true;
}

/** id, createdAt, updatedAt and the optional rev, as RecordMeta. */
function hasMeta(r: Row): boolean {
  return (
    isId(r.id) && isDateTime(r.createdAt) && isDateTime(r.updatedAt) && optional(r, 'rev', (v) => Number.isInteger(v) && (v as number) >= 1)
  );
}

function isArrayOf(v: unknown, min: number, max: number, each: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (const item of v) if (!each(item)) return false;
  return true;
}

const PERSON_KEYS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'rev',
  'name',
  'role',
  'company',
  'path',
  'profileUrl',
  'email',
  'connectedOn',
  'notes',
  'stayInTouchWeeks',
]);

/** True when `row` is a `Person` the schema would give back as it is (see the module's note). */
export function looksLikePerson(row: unknown): boolean {
  if (!isRow(row)) return false;
  return (
    hasMeta(row) &&
    isShort(row.name, 1) &&
    isShort(row.role, 0) &&
    isShort(row.company, 0) &&
    PATHS.includes(row.path) &&
    optional(row, 'profileUrl', isWebUrl) &&
    optional(row, 'email', (v) => typeof v === 'string' && v.length <= 320 && EMAIL.test(v)) &&
    optional(row, 'connectedOn', isDate) &&
    optional(row, 'notes', isLong) &&
    optional(row, 'stayInTouchWeeks', (v) => isLevelInt(v, 1, 104)) &&
    onlyKeys(row, PERSON_KEYS)
  );
}

const GOAL_KEYS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'rev',
  'date',
  'skills',
  'tags',
  'kind',
  'title',
  'why',
  'targetDate',
  'status',
  'milestones',
  'resources',
  'progressNotes',
]);
const MILESTONE_KEYS = new Set(['id', 'title', 'done', 'doneDate', 'dueDate']);
const RESOURCE_KEYS = new Set(['title', 'url']);

const isMilestone = (v: unknown): boolean =>
  isRow(v) &&
  isId(v.id) &&
  isShort(v.title, 1) &&
  typeof v.done === 'boolean' &&
  optional(v, 'doneDate', isDate) &&
  optional(v, 'dueDate', isDate) &&
  onlyKeys(v, MILESTONE_KEYS);

const isResource = (v: unknown): boolean => isRow(v) && isShort(v.title, 1) && optional(v, 'url', isWebUrl) && onlyKeys(v, RESOURCE_KEYS);

/** True when `row` is a learning goal (an `Entry` of kind 'goal') the schema would give back as it is. */
export function looksLikeGoal(row: unknown): boolean {
  if (!isRow(row) || row.kind !== 'goal') return false;
  return (
    hasMeta(row) &&
    isDate(row.date) &&
    isArrayOf(row.skills, 1, 6, (s) => SKILLS.includes(s)) &&
    isArrayOf(row.tags, 0, LIMITS.tags, isTag) &&
    isShort(row.title, 1) &&
    isLong(row.why) &&
    optional(row, 'targetDate', isDate) &&
    STATUSES.includes(row.status) &&
    isArrayOf(row.milestones, 0, LIMITS.listItems, isMilestone) &&
    isArrayOf(row.resources, 0, LIMITS.listItems, isResource) &&
    isLong(row.progressNotes) &&
    onlyKeys(row, GOAL_KEYS)
  );
}
