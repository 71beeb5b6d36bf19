import { useLiveQuery } from '../data/live';
import { fireAndReport } from './problems';
import { Link } from 'react-router';
import { db } from '../data/db';
import { getProfile } from '../data/repositories/settings';
import { skipOnboarding } from '../data/onboarding';
import './onboardingCard.css';

/**
 * First-run setup as a card on Home (never a modal, so nothing is blocked): three short steps,
 * who you are as a PM today, the path questions and a first check-in, each skippable. "Skip for
 * now" hides it for good; so does finishing the steps.
 */
export function OnboardingCard() {
  return <OnboardingSteps state={useOnboardingState()} />;
}

/** How far first-run setup has got (undefined while it is being read). */
export interface OnboardingState {
  done: boolean;
  you: boolean;
  checkIns: number;
  answers: number;
}

/** The onboarding state, kept live (a screen that places the card itself reads it here). */
export function useOnboardingState(): OnboardingState | undefined {
  return useLiveQuery(readOnboardingState, []);
}

/** How far first-run setup has got. */
export async function readOnboardingState(): Promise<OnboardingState> {
  const [profile, checkIns, answers] = await Promise.all([getProfile(), db().checkIns.count(), db().pathAnswers.count()]);
  return { done: profile.onboardingDone, you: !!profile.currentRole, checkIns, answers };
}

/** The card for a state already read: nothing while it is being read, or once setup is done. */
export function OnboardingSteps({ state }: { state: OnboardingState | undefined }) {
  // Done, or everything already there (e.g. from a restored backup): nothing left to show.
  if (!state || state.done || (state.checkIns > 0 && state.answers > 0)) return null;
  const steps = [
    { id: 'you', label: 'Say where you are as a PM today', done: state.you },
    { id: 'path', label: 'Answer the path questions', done: state.answers > 0 },
    { id: 'skills', label: 'Take your first check-in', done: state.checkIns > 0 },
  ];
  const first = steps.find((s) => !s.done) ?? steps[0]!;
  return (
    <section className="card onboarding-card" aria-labelledby="onboarding-heading">
      <h2 id="onboarding-heading">Get started: which path fits you?</h2>
      <p>
        Three short steps, each one skippable: where you are as a PM today, what you want from the work (who you work with, what you risk,
        how success is counted), and where you stand on the six skills.
      </p>
      <ol>
        {steps.map((s) => (
          <li key={s.id}>{s.done ? <span className="done">{s.label} ✓</span> : <Link to={`/welcome/${s.id}`}>{s.label}</Link>}</li>
        ))}
      </ol>
      <div className="row">
        <Link className="button primary" to={`/welcome/${first.id}`}>
          Start
        </Link>
        <button type="button" onClick={() => fireAndReport(skipOnboarding(), 'Skipping the introduction')}>
          Skip for now
        </button>
      </div>
    </section>
  );
}
