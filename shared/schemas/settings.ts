import { z } from 'zod';
import { Id, IsoDate, ShortText } from './common';
import { ReminderSettings, ReminderSnoozes } from './reminders';
import { built, lazySchema } from './lazy';

/** The person's profile and preferences: one record. */
export const Profile = lazySchema(() =>
  z.strictObject({
    name: built(ShortText),
    currentRole: built(ShortText),
    targetRole: built(ShortText),
    targetDate: built(IsoDate).optional(),
    personalStatement: z.string().max(5_000).optional(),
    onboardingDone: z.boolean(),
  }),
);
export type Profile = z.infer<typeof Profile>;

export const DEFAULT_PROFILE: Profile = { name: '', currentRole: '', targetRole: '', onboardingDone: false };

/**
 * The career plan's choices, remembered between visits: the sections to include (section ids;
 * unknown ones are ignored when read), the paper, whether overdue follow-ups are listed, and the
 * conversations whose takeaways are shared, and whether every learning goal is listed.
 */
export const PlanPrefs = lazySchema(() =>
  z.strictObject({
    sections: z.array(z.string().max(40)).max(40),
    paper: z.enum(['A4', 'Letter']),
    includeOverdue: z.boolean(),
    takeaways: z.array(built(Id)).max(5_000),
    /** List every learning goal, not only the current ones (absent in choices saved before it existed: off). */
    allGoals: z.boolean().optional(),
  }),
);
export type PlanPrefs = z.infer<typeof PlanPrefs>;

/** The colour theme: follow the operating system, or always light, or always dark. */
export const ThemeChoice = lazySchema(() => z.enum(['system', 'light', 'dark']));
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** Settings are stored as key/value rows; each key has its own schema. */
export const SettingRow = lazySchema(() =>
  z.discriminatedUnion('key', [
    z.strictObject({ key: z.literal('profile'), value: built(Profile) }),
    z.strictObject({ key: z.literal('planPrefs'), value: built(PlanPrefs) }),
    z.strictObject({ key: z.literal('theme'), value: built(ThemeChoice) }),
    z.strictObject({ key: z.literal('reminders'), value: built(ReminderSettings) }),
    z.strictObject({ key: z.literal('reminder-snoozes'), value: built(ReminderSnoozes) }),
  ]),
);
export type SettingRow = z.infer<typeof SettingRow>;
