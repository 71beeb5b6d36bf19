import { z } from 'zod';
import { IsoDate, ShortText } from './common';

/** The person's profile and preferences: one record. */
export const Profile = z.strictObject({
  name: ShortText,
  currentRole: ShortText,
  targetRole: ShortText,
  targetDate: IsoDate.optional(),
  personalStatement: z.string().max(5_000).optional(),
  onboardingDone: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

export const DEFAULT_PROFILE: Profile = { name: '', currentRole: '', targetRole: '', onboardingDone: false };

/** Settings are stored as key/value rows; each key has its own schema. */
export const SettingRow = z.discriminatedUnion('key', [z.strictObject({ key: z.literal('profile'), value: Profile })]);
export type SettingRow = z.infer<typeof SettingRow>;
