import { DEFAULT_PROFILE, Profile } from '../../../shared/schemas';
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
