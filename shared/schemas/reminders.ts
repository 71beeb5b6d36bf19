import { z } from 'zod';
import { IsoDateTime } from './common';
import { built, lazySchema } from './lazy';
import { TIME_OF_DAY } from './values';

/** A wall-clock time of day, 'HH:MM' (24-hour). */
export const TimeOfDay = lazySchema(() => z.string().regex(TIME_OF_DAY, { message: 'must be a time like 09:00' }));

/** Each kind of reminder: on or off, at what time, and since when (nothing older than that is announced). */
const kindSettings = () => ({
  enabled: z.boolean(),
  time: built(TimeOfDay),
  /** When the person last switched this kind on: dates before it are on Home, not announced. */
  since: built(IsoDateTime).optional(),
});

export const REFLECTION_FREQUENCIES = ['daily', 'weekly'] as const;

/** Settings > Reminders. Everything is off until the person turns it on. */
export const ReminderSettings = lazySchema(() =>
  z.strictObject({
    /** The first-time explanation has been read. */
    explained: z.boolean(),
    followUps: z.strictObject(kindSettings()),
    stayInTouch: z.strictObject(kindSettings()),
    reflection: z.strictObject({
      ...kindSettings(),
      frequency: z.enum(REFLECTION_FREQUENCIES),
      /** 0 = Sunday ... 6 = Saturday (weekly only). */
      weekday: z.number().int().min(0, 'must be a day of the week').max(6, 'must be a day of the week'),
    }),
    goals: z.strictObject({
      ...kindSettings(),
      /** How many days before a target or milestone date to remind. */
      daysBefore: z.number().int().min(0, 'must be 0 or more').max(90, 'must be at most 90'),
    }),
    quietHours: z.strictObject({ enabled: z.boolean(), start: built(TimeOfDay), end: built(TimeOfDay) }),
    /** Desktop: closing the window keeps Sextant in the tray so reminders still arrive. */
    keepRunning: z.boolean(),
  }),
);
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  explained: false,
  followUps: { enabled: false, time: '09:00' },
  stayInTouch: { enabled: false, time: '09:00' },
  reflection: { enabled: false, time: '18:00', frequency: 'weekly', weekday: 5 },
  goals: { enabled: false, time: '09:00', daysBefore: 3 },
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
  keepRunning: false,
};

/** Reminders put off until a later instant (Snooze), by the reminder's id. */
export const ReminderSnoozes = lazySchema(() =>
  z.array(z.strictObject({ id: z.string().min(1).max(300), until: built(IsoDateTime) })).max(2_000, 'at most 2,000 snoozed reminders'),
);
export type ReminderSnoozes = z.infer<typeof ReminderSnoozes>;

/** Stay-in-touch cadences offered in the person form (weeks); any other whole number is "custom". */
export const STAY_IN_TOUCH_WEEKS = [2, 4, 8, 12] as const;
export const StayInTouchWeeks = lazySchema(() => z.number().int().min(1, 'must be at least 1 week').max(104, 'must be at most 104 weeks'));
