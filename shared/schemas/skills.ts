import { z } from 'zod';
import { IsoDate, Level, RecordMeta, ShortText, SkillIdSchema } from './common';

/**
 * One dated self-assessment of the six skills (usually all six). A mistaken one can be corrected
 * (its id and createdAt kept, updatedAt set) or deleted.
 */
export const CheckIn = z.strictObject({
  ...RecordMeta,
  date: IsoDate,
  ratings: z
    .array(
      z.strictObject({
        skill: SkillIdSchema,
        level: Level,
        note: z.string().max(2_000).optional(),
      }),
    )
    .min(1, 'rate at least one skill')
    .max(6)
    .refine((rs) => new Set(rs.map((r) => r.skill)).size === rs.length, { message: 'each skill can be rated only once' }),
  /** Whether earlier ratings were hidden while it was taken. */
  blind: z.boolean(),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** The level a person aims for on one skill (one row per skill; the skill id is the key). */
export const SkillTarget = z.strictObject({
  skill: SkillIdSchema,
  level: Level,
  targetDate: IsoDate.optional(),
  note: ShortText.optional(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SkillTarget = z.infer<typeof SkillTarget>;
