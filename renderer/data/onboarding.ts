import { db } from './db';
import { getProfile, saveProfile } from './repositories/settings';

/** Marks first-run setup done once there is a check-in and a set of path answers (no write when already done). */
export async function completeOnboardingIfReady(): Promise<void> {
  const profile = await getProfile();
  if (profile.onboardingDone) return;
  const [checkIns, answers] = await Promise.all([db().checkIns.count(), db().pathAnswers.count()]);
  if (checkIns > 0 && answers > 0) await saveProfile({ ...profile, onboardingDone: true });
}

/** Skips first-run setup: the welcome card is not shown again. */
export async function skipOnboarding(): Promise<void> {
  const profile = await getProfile();
  if (!profile.onboardingDone) await saveProfile({ ...profile, onboardingDone: true });
}
