import { z } from 'zod';
import { IsoDate, LongText, RecordMeta, RequiredText, ShortText, WebUrl } from './common';
import { StayInTouchWeeks } from './reminders';
import { built, lazySchema } from './lazy';
import { PERSON_PATHS } from './values';

export { PERSON_PATHS };

export const PersonPath = lazySchema(() => z.enum(PERSON_PATHS));
export type PersonPath = z.infer<typeof PersonPath>;

export const PERSON_PATH_LABELS: Record<PersonPath, string> = {
  internal: 'Internal PM',
  external: 'External PM',
  other: 'Other role',
  unknown: 'Not sure',
};

// Built on first use (./lazy.ts).
export const Person = lazySchema(() =>
  z.strictObject({
    ...RecordMeta,
    name: built(RequiredText),
    role: built(ShortText),
    company: built(ShortText),
    path: built(PersonPath),
    profileUrl: built(WebUrl).optional(),
    email: z.email({ message: 'must be an email address' }).max(320).optional(),
    /** When they connected (e.g. from a LinkedIn import). */
    connectedOn: built(IsoDate).optional(),
    notes: built(LongText).optional(),
    /** Keep in touch every N weeks (a stay-in-touch reminder); absent when not set. */
    stayInTouchWeeks: built(StayInTouchWeeks).optional(),
  }),
);
export type Person = z.infer<typeof Person>;
