import { Link } from 'react-router';
import { today as todayOnClock } from '../../data/clock';
import { activeGoals, followUpsByUrgency, profileHeadline } from '../../../shared/domain/home';
import type { Profile } from '../../../shared/schemas';
import { NewEntryLinks } from '../../components/NewEntryLinks';
import { OnboardingCard } from '../../components/OnboardingCard';
import { StayInTouchCard } from './StayInTouchCard';
import { LeanCard } from './LeanCard';
import { FollowUps } from './FollowUps';
import { GoalsInProgress } from './GoalsInProgress';
import { RecentEntries } from './RecentEntries';
import { useHomeData } from './useHomeData';
import './home.css';

/** Where the person is heading, from their profile, or an invitation to say so in Settings. */
function Headline({ profile }: { profile: Profile }) {
  const line = profileHeadline(profile);
  if (line) return <p className="home-headline">{line}</p>;
  return (
    <p className="home-headline muted">
      Say where you are heading in <Link to="/settings">Settings</Link>, and it will show here.
    </p>
  );
}

/** Home: follow-ups due, learning goals in progress and the latest entries; a welcome when the journal is empty. */
export function HomePage() {
  const data = useHomeData();
  if (!data) return <h1>Home</h1>;
  const { followUps: open, goals, recent, people, profile } = data;

  if (!recent.length) {
    return (
      <div className="home">
        <h1>Home</h1>
        <Headline profile={profile} />
        <OnboardingCard />
        <LeanCard />
        <section className="card home-empty" aria-labelledby="home-empty-title">
          <h2 id="home-empty-title">Your journal is empty</h2>
          <p>
            Sextant keeps a private record of your choice between the internal and the external product path: what you notice about the work
            you enjoy, who you talk to on each side, and what you are learning. Start with whichever is on your mind.
          </p>
          <NewEntryLinks primary />
        </section>
      </div>
    );
  }

  const today = todayOnClock();
  const followUps = followUpsByUrgency(open, today);
  const overdue = followUps.filter((f) => f.urgency === 'overdue').length;

  return (
    <div className="home">
      <div className="title-row">
        <div>
          <h1>Home</h1>
          <Headline profile={profile} />
        </div>
        <NewEntryLinks />
      </div>
      <OnboardingCard />
      <LeanCard />
      <section className="card" aria-labelledby="home-follow-ups">
        <h2 id="home-follow-ups">
          Follow-ups{' '}
          {followUps.length > 0 && (
            <span className="muted count">
              ({followUps.length}
              {overdue ? `, ${overdue} overdue` : ''})
            </span>
          )}
        </h2>
        <FollowUps items={followUps} people={people} />
      </section>
      <StayInTouchCard />
      <section className="card" aria-labelledby="home-goals">
        <h2 id="home-goals">Learning goals in progress</h2>
        <GoalsInProgress goals={activeGoals(goals)} />
      </section>
      <section className="card" aria-labelledby="home-recent">
        <h2 id="home-recent">Recent entries</h2>
        <RecentEntries entries={recent} people={people} />
        <p>
          <Link to="/journal">See the whole journal</Link>
        </p>
      </section>
    </div>
  );
}
