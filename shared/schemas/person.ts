import { z } from 'zod';
import { IsoDate, LongText, RecordMeta, RequiredText, ShortText, WebUrl } from './common';
import { StayInTouchWeeks } from './reminders';

export const PERSON_PATHS = ['internal', 'external', 'other', 'unknown'] as const;
export const PersonPath = z.enum(PERSON_PATHS);
export type PersonPath = z.infer<typeof PersonPath>;

export const PERSON_PATH_LABELS: Record<PersonPath, string> = {
  internal: 'Internal PM',
  external: 'External PM',
  other: 'Other role',
  unknown: 'Not sure',
};

export const Person = z.strictObject({
  ...RecordMeta,
  name: RequiredText,
  role: ShortText,
  company: ShortText,
  path: PersonPath,
  profileUrl: WebUrl.optional(),
  email: z.email({ message: 'must be an email address' }).max(320).optional(),
  /** When they connected (e.g. from a LinkedIn import). */
  connectedOn: IsoDate.optional(),
  notes: LongText.optional(),
  /** Keep in touch every N weeks (a stay-in-touch reminder); absent when not set. */
  stayInTouchWeeks: StayInTouchWeeks.optional(),
});
export type Person = z.infer<typeof Person>;
