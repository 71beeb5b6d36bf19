import { z } from 'zod';
import { IsoDate, IsoDateTime, Level, RecordMeta, ShortText, SkillIdSchema } from './common';
import { built, lazySchema } from './lazy';

/** A level on one skill: the shared part of a check-in's rating and a target. */
const skillLevel = () => ({ skill: built(SkillIdSchema), level: built(Level) });

/**
 * One dated self-assessment of the six skills (usually all six). A mistaken one can be corrected
 * (its id and createdAt kept, updatedAt set) or deleted.
 */
export const CheckIn = lazySchema(() =>
  z.strictObject({
    ...RecordMeta,
    date: built(IsoDate),
    ratings: z
      .array(
        z.strictObject({
          ...skillLevel(),
          note: z.string().max(2_000).optional(),
        }),
      )
      .min(1, 'rate at least one skill')
      .max(6)
      .refine((rs) => new Set(rs.map((r) => r.skill)).size === rs.length, { message: 'each skill can be rated only once' }),
    /** Whether earlier ratings were hidden while it was taken. */
    blind: z.boolean(),
  }),
);
export type CheckIn = z.infer<typeof CheckIn>;

/** The level a person aims for on one skill (one row per skill; the skill id is the key). */
export const SkillTarget = lazySchema(() =>
  z.strictObject({
    ...skillLevel(),
    targetDate: built(IsoDate).optional(),
    note: built(ShortText).optional(),
    updatedAt: built(IsoDateTime),
  }),
);
export type SkillTarget = z.infer<typeof SkillTarget>;
