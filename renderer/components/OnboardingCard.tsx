import { useLiveQuery } from '../data/live';
import { fireAndReport } from './problems';
import { Link } from 'react-router';
import { db } from '../data/db';
import { getProfile } from '../data/repositories/settings';
import { skipOnboarding } from '../data/onboarding';
import './onboardingCard.css';

/**
 * First-run setup as a card on Home (never a modal, so nothing is blocked): take the first
 * check-in, then set targets. "Skip for now" hides it for good; so does finishing both steps.
 */
export function OnboardingCard() {
  const state = useLiveQuery(async () => {
    const [profile, checkIns, targets] = await Promise.all([getProfile(), db().checkIns.count(), db().targets.count()]);
    return { done: profile.onboardingDone, checkIns, targets };
  }, []);
  // Both steps done (also when the check-ins and targets came from a restored backup): nothing left to show.
  if (!state || state.done || (state.checkIns > 0 && state.targets > 0)) return null;
  return (
    <section className="card onboarding-card" aria-labelledby="onboarding-heading">
      <h2 id="onboarding-heading">Get started: where do you stand?</h2>
      <p>
        Two short steps give the Skills page something to show: rate yourself on the six product-management skills, then choose the level
        you want to reach on each.
      </p>
      <ol>
        <li>
          {state.checkIns > 0 ? (
            <span className="done">First check-in done ✓</span>
          ) : (
            <Link to="/skills/check-in/new?from=onboarding">Take your first check-in</Link>
          )}
        </li>
        <li>
          {state.targets > 0 ? (
            <span className="done">Targets set ✓</span>
          ) : (
            <Link to="/skills/targets?from=onboarding">Set your targets</Link>
          )}
        </li>
      </ol>
      <button type="button" onClick={() => fireAndReport(skipOnboarding(), 'Skipping the introduction')}>
        Skip for now
      </button>
    </section>
  );
}
