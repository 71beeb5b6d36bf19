/** zod schemas of the aggregate rows kept at write time (checked on read like every stored record). */
import { z } from 'zod';
import { SKILL_IDS } from '../domain/framework';
import {
  ConversationKind,
  CONVERSATION_KINDS,
  Id,
  IsoDate,
  Level,
  PATH_LEANS,
  PathLean,
  RequiredText,
  SkillIdSchema,
  Tag,
} from '../schemas';
import { built, lazySchema } from '../schemas/lazy';

// Built on first use (shared/schemas/lazy.ts).
export const DayCountsSchema = lazySchema(() => z.record(built(IsoDate), z.number().int().positive()));

export const SkillEvidenceRowSchema = lazySchema(() => z.strictObject({ skill: built(SkillIdSchema), days: built(DayCountsSchema) }));

export const PersonSummaryRowSchema = lazySchema(() =>
  z.strictObject({ personId: built(Id), days: built(DayCountsSchema), followUps: built(DayCountsSchema) }),
);

/** The one row of tag counts (in the aggregates' meta table, under the key 'tags'). */
export const TagCountsRowSchema = lazySchema(() =>
  z.strictObject({ key: z.literal('tags'), counts: z.record(built(Tag), z.number().int().positive()) }),
);

export const PathFactSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      id: built(Id),
      kind: z.literal('reflection'),
      date: built(IsoDate),
      title: built(RequiredText),
      lean: built(PathLean).optional(),
    }),
    z.strictObject({
      id: built(Id),
      kind: z.literal('conversation'),
      date: built(IsoDate),
      personId: built(Id),
      conversationKind: built(ConversationKind),
      energy: built(Level).optional(),
      followUpDate: built(IsoDate).optional(),
      followUpDone: z.boolean(),
      hasTakeaways: z.boolean(),
    }),
  ]),
);

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE_SHAPE.test(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const LEANS: readonly unknown[] = PATH_LEANS;
const KINDS: readonly unknown[] = CONVERSATION_KINDS;
const REFLECTION_KEYS = new Set(['id', 'kind', 'date', 'title', 'lean']);
const CONVERSATION_KEYS = new Set([
  'id',
  'kind',
  'date',
  'personId',
  'conversationKind',
  'energy',
  'followUpDate',
  'followUpDone',
  'hasTakeaways',
]);

/**
 * A quick look at a stored path fact, for reading thousands of them: true when it has the shape
 * `PathFactSchema` describes (the same keys, kinds, enums, numbers and date shapes; ids and texts
 * only as non-empty strings, dates by their shape, not their calendar). The app writes these rows
 * itself from validated entries, so a row that passes is used as it is; one that does not is
 * checked by the schema, which keeps it if it is valid after all and reports it if not.
 */
export function looksLikePathFact(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  if (!isText(r.id) || !isDate(r.date)) return false;
  if (r.kind === 'reflection') {
    return isText(r.title) && (r.lean === undefined || LEANS.includes(r.lean)) && onlyKeys(r, REFLECTION_KEYS);
  }
  if (r.kind !== 'conversation') return false;
  return (
    isText(r.personId) &&
    KINDS.includes(r.conversationKind) &&
    (r.energy === undefined || (Number.isInteger(r.energy) && (r.energy as number) >= 1 && (r.energy as number) <= 5)) &&
    (r.followUpDate === undefined || isDate(r.followUpDate)) &&
    typeof r.followUpDone === 'boolean' &&
    typeof r.hasTakeaways === 'boolean' &&
    onlyKeys(r, CONVERSATION_KEYS)
  );
}

const SKILLS: readonly unknown[] = SKILL_IDS;
const SKILL_EVIDENCE_KEYS = new Set(['skill', 'days']);
const PERSON_SUMMARY_KEYS = new Set(['personId', 'days', 'followUps']);

/** Whether `v` has the shape of `DayCountsSchema`: an object of dates (by their shape) to whole counts above 0. */
function looksLikeDayCounts(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const counts = v as Record<string, unknown>;
  for (const day in counts) {
    if (!Object.hasOwn(counts, day)) continue;
    const n = counts[day];
    if (!Number.isInteger(n) || (n as number) <= 0 || !DATE_SHAPE.test(day)) return false;
  }
  return true;
}

/**
 * A quick look at a stored row of skill evidence (as `looksLikePathFact` for the path facts): a
 * skill id and its counts per day, thousands of dates that the schema would each check against
 * the calendar. A row that does not pass goes to the schema.
 */
export function looksLikeSkillEvidenceRow(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return SKILLS.includes(r.skill) && looksLikeDayCounts(r.days) && onlyKeys(r, SKILL_EVIDENCE_KEYS);
}

/** A quick look at a stored person summary row (conversations and follow-ups per day), as `looksLikeSkillEvidenceRow`. */
export function looksLikePersonSummaryRow(row: unknown): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return isText(r.personId) && looksLikeDayCounts(r.days) && looksLikeDayCounts(r.followUps) && onlyKeys(r, PERSON_SUMMARY_KEYS);
}

/** Whether every own key of `r` is in `keys` (without listing them: this runs for every fact read). */
function onlyKeys(r: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const k in r) if (Object.hasOwn(r, k) && !keys.has(k)) return false;
  return true;
}
