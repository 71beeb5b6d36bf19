import { db } from './db';
import { getProfile, saveProfile } from './repositories/settings';

/** Marks first-run setup done once there is a check-in and at least one target (no write when already done). */
export async function completeOnboardingIfReady(): Promise<void> {
  const profile = await getProfile();
  if (profile.onboardingDone) return;
  const [checkIns, targets] = await Promise.all([db().checkIns.count(), db().targets.count()]);
  if (checkIns > 0 && targets > 0) await saveProfile({ ...profile, onboardingDone: true });
}

/** Skips first-run setup: the welcome card is not shown again. */
export async function skipOnboarding(): Promise<void> {
  const profile = await getProfile();
  if (!profile.onboardingDone) await saveProfile({ ...profile, onboardingDone: true });
}
