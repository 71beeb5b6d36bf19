import { z } from 'zod';
import { SKILL_IDS } from '../domain/framework';
import { isIsoDate } from '../dates';
import { built, lazySchema } from './lazy';
import { LIMITS, PATH_LEANS } from './values';

// Plain values, kept without zod (./values.ts).
export { LIMITS, PATH_LEANS };

// Built on first use (./lazy.ts): a start that parses nothing does not build them.
export const Id = lazySchema(() => z.uuid({ message: 'must be a UUID' }));
export const IsoDate = lazySchema(() => z.string().refine(isIsoDate, { message: 'must be a date like 2026-03-14' }));
export const IsoDateTime = lazySchema(() => z.iso.datetime({ offset: true, message: 'must be a date-time like 2026-03-14T09:30:00Z' }));
export const SkillIdSchema = lazySchema(() => z.enum(SKILL_IDS, { message: 'must be one of the six skill ids' }));
export const Level = lazySchema(() => z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'));
export const PathLean = lazySchema(() => z.enum(PATH_LEANS));

export const ShortText = lazySchema(() => z.string().trim().max(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`));
export const RequiredText = lazySchema(() => built(ShortText).min(1, 'is required'));
export const LongText = lazySchema(() => z.string().max(LIMITS.longText, `must be at most ${LIMITS.longText} characters`));
export const Tag = lazySchema(() =>
  z.string().trim().toLowerCase().min(1, 'tags cannot be empty').max(LIMITS.tag, `tags must be at most ${LIMITS.tag} characters`),
);
export const Tags = lazySchema(() => z.array(built(Tag)).max(LIMITS.tags, `at most ${LIMITS.tags} tags`));
export const Skills = lazySchema(() => z.array(built(SkillIdSchema)).max(6));

/** A web link a person typed or imported: only http(s), so it is safe to open externally. */
export const WebUrl = lazySchema(() =>
  z
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
    ),
);

/**
 * A record's revision: 1 when created, one more on every save. A save names the revision it was
 * based on and is refused when the stored one moved on. Missing on records written before
 * revisions existed (and in older backups): such a record counts as revision 1.
 */
export const Revision = lazySchema(() => z.number().int().min(1, 'must be 1 or more'));

/** Every stored record has these (spread into a schema's fields inside its `lazySchema`: each read builds them). */
export const RecordMeta = {
  get id() {
    return built(Id);
  },
  get createdAt() {
    return built(IsoDateTime);
  },
  get updatedAt() {
    return built(IsoDateTime);
  },
  get rev() {
    return built(OptionalRevision);
  },
};
const OptionalRevision = lazySchema(() => built(Revision).optional());
