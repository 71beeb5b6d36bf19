import { DEFAULT_PROFILE, PlanPrefs, Profile, ThemeChoice } from '../../../shared/schemas';
import { parseOrThrow } from '../../../shared/errors';
import { db } from '../db';
import { readOne } from '../records';

/** The person's profile (defaults when never saved). */
export async function getProfile(): Promise<Profile> {
  const row = await db().settings.get('profile');
  return readOne(Profile, row?.value, 'settings') ?? DEFAULT_PROFILE;
}

/** Validates and saves the profile. */
export async function saveProfile(profile: Profile): Promise<Profile> {
  const value = parseOrThrow(Profile, profile, "The profile can't be saved");
  await db().settings.put({ key: 'profile', value });
  return value;
}

/** The plan's remembered choices, or undefined when never saved (the screen then uses its defaults). */
export async function getPlanPrefs(): Promise<PlanPrefs | undefined> {
  const row = await db().settings.get('planPrefs');
  return readOne(PlanPrefs, row?.value, 'settings');
}

/** Remembers the plan's choices. */
export async function savePlanPrefs(prefs: PlanPrefs): Promise<PlanPrefs> {
  const value = parseOrThrow(PlanPrefs, prefs, "The plan's choices can't be saved");
  await db().settings.put({ key: 'planPrefs', value });
  return value;
}

/** The chosen colour theme ('system' when never chosen or unreadable). */
export async function getTheme(): Promise<ThemeChoice> {
  const row = await db().settings.get('theme');
  return readOne(ThemeChoice, row?.value, 'settings') ?? 'system';
}

/** Saves the colour theme. */
export async function saveTheme(theme: ThemeChoice): Promise<ThemeChoice> {
  const value = parseOrThrow(ThemeChoice, theme, "The theme can't be saved");
  await db().settings.put({ key: 'theme', value });
  return value;
}
