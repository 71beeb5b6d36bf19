import { isIsoDate } from '../dates';
import { SKILL_IDS } from '../domain/framework';
import { Conversation, CONVERSATION_KINDS, Entry, Id, IsoDateTime, LIMITS, Reflection } from '../schemas';
import { TimeOfDay } from '../schemas/reminders';

/**
 * Entry.safeParse for the search index, quicker on the rows an app writes: a reflection or a
 * conversation whose values the schema would keep as they are (text already trimmed, tags already
 * lower case, every value within its limits, no other keys) is checked field by field here and
 * copied with its keys in the schema's order, which is what the schema gives back for it, so its
 * documents and fingerprint are the same. Any other row (a learning goal, a row the schema would
 * change or refuse) goes through the schema. At 10,000 entries the schema was about a fifth of the
 * search worker's build (issue 12).
 */
export function parseStoredEntry(row: unknown): Entry | undefined {
  const quick = quickEntry(row);
  if (quick) return quick;
  const parsed = Entry.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

type Check = (value: unknown) => boolean;

// The formats as the schemas check them (their own regular expressions, the same date test).
const UUID = patternOf(Id);
const DATE_TIME = patternOf(IsoDateTime);
const SKILLS = new Set<unknown>(SKILL_IDS);
const KINDS = new Set<unknown>(CONVERSATION_KINDS);
const LEANS = new Set<unknown>(['internal', 'external', 'unsure']);

function patternOf(schema: unknown): RegExp {
  const pattern = (schema as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) throw new Error('A schema format has no plain pattern.');
  return pattern;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const uuid: Check = (v) => isString(v) && UUID.test(v);
const dateTime: Check = (v) => isString(v) && DATE_TIME.test(v);
const date: Check = (v) => isString(v) && isIsoDate(v);
/** ShortText (trimmed, at most 200), already trimmed; `min` 1 for RequiredText. */
const shortText =
  (min: number): Check =>
  (v) =>
    isString(v) && v.length >= min && v.length <= LIMITS.shortText && v === v.trim();
const longText: Check = (v) => isString(v) && v.length <= LIMITS.longText;
const level: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;
const boolean: Check = (v) => typeof v === 'boolean';
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const oneOf =
  (values: Set<unknown>): Check =>
  (v) =>
    values.has(v);
const literal =
  (value: string): Check =>
  (v) =>
    v === value;
const skills: Check = (v) => Array.isArray(v) && v.length <= 6 && v.every((s) => SKILLS.has(s));
/** Tags as the schema leaves them: trimmed, lower case, 1 to 60 characters, at most 50. */
const tags: Check = (v) =>
  Array.isArray(v) &&
  v.length <= LIMITS.tags &&
  v.every((t) => isString(t) && t.length >= 1 && t.length <= LIMITS.tag && t === t.trim() && t === t.toLowerCase());

const META: Record<string, Check> = {
  id: uuid,
  createdAt: dateTime,
  updatedAt: dateTime,
  rev: optional((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1),
  date,
  skills,
  tags,
};

/** Per kind: each field's check, in the schema's key order. */
const SHAPES: Record<string, [key: string, check: Check][]> = {
  reflection: inSchemaOrder(Reflection.shape, {
    ...META,
    kind: literal('reflection'),
    title: shortText(1),
    body: longText,
    mood: optional(level),
    lean: optional(oneOf(LEANS)),
    promptId: optional(shortText(0)),
    starred: optional(boolean),
  }),
  conversation: inSchemaOrder(Conversation.shape, {
    ...META,
    kind: literal('conversation'),
    personId: uuid,
    conversationKind: oneOf(KINDS),
    notes: longText,
    takeaways: longText,
    energy: optional(level),
    followUpDate: optional(date),
    followUpTime: optional((v) => TimeOfDay.safeParse(v).success), // rarely set: the schema itself
    followUpNote: optional(shortText(0)),
    followUpDone: boolean,
  }),
};

/** The checks in the order of the schema's keys; throws if they do not name exactly those keys (the schema changed). */
function inSchemaOrder(shape: Record<string, unknown>, checks: Record<string, Check>): [string, Check][] {
  const keys = Object.keys(shape);
  if (keys.length !== Object.keys(checks).length || keys.some((k) => !checks[k]))
    throw new Error('The quick entry check does not match the schema.');
  return keys.map((k) => [k, checks[k]!]);
}

/** The entry the schema gives for a reflection or conversation whose values it keeps as they are; undefined for any other row. */
export function quickEntry(row: unknown): Entry | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || Object.getPrototypeOf(row) !== Object.prototype) return undefined;
  const record = row as Record<string, unknown>;
  const shape = SHAPES[record.kind as string];
  if (!shape) return undefined;
  // As the schema builds its result: the schema's keys in its order, those the row has (an optional
  // one set to undefined included); a key outside the schema is refused.
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const [key, check] of shape) {
    const value = record[key];
    if (!check(value)) return undefined;
    if (value !== undefined || Object.hasOwn(record, key)) {
      out[key] = value;
      kept++;
    }
  }
  let keys = 0;
  for (const key in record) if (Object.hasOwn(record, key)) keys++;
  return keys === kept ? (out as Entry) : undefined;
}
