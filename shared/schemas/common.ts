import { z } from 'zod';
import { SKILL_IDS } from '../domain/framework';
import { isIsoDate } from '../dates';

/** Limits on stored text, so a form or an imported file can't fill the disk with one field. */
export const LIMITS = {
  shortText: 200,
  longText: 100_000,
  tags: 50,
  tag: 60,
  listItems: 200,
  url: 2_000,
} as const;

export const Id = z.uuid({ message: 'must be a UUID' });
export const IsoDate = z.string().refine(isIsoDate, { message: 'must be a date like 2026-03-14' });
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be a date-time like 2026-03-14T09:30:00Z' });
export const SkillIdSchema = z.enum(SKILL_IDS, { message: 'must be one of the six skill ids' });
export const Level = z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5');
export const PathLean = z.enum(['internal', 'external', 'unsure']);

export const ShortText = z.string().trim().max(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`);
export const RequiredText = ShortText.min(1, 'is required');
export const LongText = z.string().max(LIMITS.longText, `must be at most ${LIMITS.longText} characters`);
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'tags cannot be empty')
  .max(LIMITS.tag, `tags must be at most ${LIMITS.tag} characters`);
export const Tags = z.array(Tag).max(LIMITS.tags, `at most ${LIMITS.tags} tags`);
export const Skills = z.array(SkillIdSchema).max(6);

/** A web link a person typed or imported: only http(s), so it is safe to open externally. */
export const WebUrl = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'must be a web address starting with http:// or https://' },
  );

/**
 * A record's revision: 1 when created, one more on every save. A save names the revision it was
 * based on and is refused when the stored one moved on. Missing on records written before
 * revisions existed (and in older backups): such a record counts as revision 1.
 */
export const Revision = z.number().int().min(1, 'must be 1 or more');

/** Every stored record has these. */
export const RecordMeta = {
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  rev: Revision.optional(),
};
