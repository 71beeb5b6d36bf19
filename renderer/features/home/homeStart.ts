import { liveAtStart } from '../../app/startReads';
import { readOnboardingState } from '../../components/OnboardingCard';
import { readLeanData } from './LeanCard';
import { readStayInTouch } from './StayInTouchCard';
import {
  HOME_FOLLOW_UPS,
  HOME_FRAME,
  HOME_GOALS,
  HOME_LEAN,
  HOME_ONBOARDING,
  HOME_RECENT,
  HOME_STAY_IN_TOUCH,
  readActiveGoals,
  readFollowUps,
  readHomeFrame,
  readRecentEntries,
} from './useHomeData';

/**
 * As the app opens on Home: the frame, the onboarding state and the lean card are read beside the
 * theme, so the first render shows the lead; resolves when they are read. The cards below start
 * their reads as soon as the lead's data is in (with the facts and people it read), so they run
 * while the lead renders rather than after it; the first render does not wait for them, and an
 * empty journal (which shows none of them) never reads them.
 */
export function warmHome(): Promise<unknown> {
  const frame = liveAtStart(HOME_FRAME, readHomeFrame);
  const lead = Promise.all([frame, liveAtStart(HOME_ONBOARDING, readOnboardingState), liveAtStart(HOME_LEAN, readLeanData)]);
  return lead.then(([started, , lean]) => {
    if (!started?.hasEntries || !lean) return;
    // The deps each card's hook passes on the first render (HomePage): it follows these queries only for those.
    void liveAtStart(HOME_FOLLOW_UPS, () => readFollowUps(lean.facts, false), [lean.facts, false]);
    void liveAtStart(HOME_STAY_IN_TOUCH, () => readStayInTouch(lean.people), [lean.people]);
    void liveAtStart(HOME_GOALS, readActiveGoals, [true]);
    void liveAtStart(HOME_RECENT, readRecentEntries, [true]);
  });
}
