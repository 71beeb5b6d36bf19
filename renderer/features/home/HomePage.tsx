import { Fragment, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { today as todayOnClock } from '../../data/clock';
import { followUpsByUrgency, profileHeadline } from '../../../shared/domain/home';
import type { Profile } from '../../../shared/schemas';
import { NewEntryLinks } from '../../components/NewEntryLinks';
import { OnboardingSteps, readOnboardingState } from '../../components/OnboardingCard';
import { useLiveQueryFromStart } from '../../app/startReads';
import { StayInTouchCard, useStayInTouchData } from './StayInTouchCard';
import { LeanCard, useLeanData } from './LeanCard';
import { FollowUps } from './FollowUps';
import { GoalsInProgress } from './GoalsInProgress';
import { RecentEntries } from './RecentEntries';
import { HOME_ONBOARDING, useActiveGoals, useFollowUpsData, useHomeFrame, useRecentEntries, type FollowUpsData } from './useHomeData';
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

/** One of Home's cards: whether its data has been read, and the card itself. */
interface HomeCard {
  key: string;
  ready: boolean;
  card: () => ReactNode;
}

/**
 * The cards in their order, each shown as soon as its own data and that of every card above it
 * has been read: a quick card never waits for a slow one below it, and no card appears above one
 * already on screen (nothing jumps). A card says what is absent only once its data is read.
 */
function inOrder(cards: readonly HomeCard[]): { shown: ReactNode[]; busy: boolean } {
  const waiting = cards.findIndex((c) => !c.ready);
  const ready = waiting === -1 ? cards : cards.slice(0, waiting);
  return { shown: ready.map((c) => <Fragment key={c.key}>{c.card()}</Fragment>), busy: waiting !== -1 };
}

/** Home: follow-ups due, learning goals in progress and the latest entries; a welcome when the journal is empty. */
export function HomePage() {
  const frame = useHomeFrame();
  const onboarding = useLiveQueryFromStart(HOME_ONBOARDING, readOnboardingState, []);
  const lean = useLeanData();
  // The cards below the lead are read once it is on screen (their reads would compete with its).
  const leadShown = frame !== undefined && onboarding !== undefined && lean !== undefined;
  const allFollowUps = useState(false);
  const followUpsData = useFollowUpsData(leadShown ? lean.facts : undefined, allFollowUps[0]);
  const stayInTouch = useStayInTouchData(leadShown ? lean.people : undefined);
  const goals = useActiveGoals(leadShown);
  const recent = useRecentEntries(leadShown);
  if (!frame) return <h1>Home</h1>;
  const { profile } = frame;
  const lead: HomeCard[] = [
    { key: 'onboarding', ready: onboarding !== undefined, card: () => <OnboardingSteps state={onboarding} /> },
    { key: 'lean', ready: lean !== undefined, card: () => <LeanCard data={lean!} /> },
  ];

  if (!frame.hasEntries) {
    const { shown, busy } = inOrder([
      ...lead,
      {
        key: 'empty',
        ready: true,
        card: () => (
          <section className="card home-empty" aria-labelledby="home-empty-title">
            <h2 id="home-empty-title">Your journal is empty</h2>
            <p>
              Sextant keeps a private record of your choice between the internal and the external product path: what you notice about the
              work you enjoy, who you talk to on each side, and what you are learning. Start with whichever is on your mind.
            </p>
            <NewEntryLinks primary />
          </section>
        ),
      },
    ]);
    return (
      <div className="home" aria-busy={busy}>
        <h1>Home</h1>
        <Headline profile={profile} />
        {shown}
      </div>
    );
  }

  const { shown, busy } = inOrder([
    ...lead,
    { key: 'follow-ups', ready: followUpsData !== undefined, card: () => <FollowUpsCard data={followUpsData!} expanded={allFollowUps} /> },
    { key: 'stay-in-touch', ready: stayInTouch !== undefined, card: () => <StayInTouchCard data={stayInTouch!} /> },
    {
      key: 'goals',
      ready: goals !== undefined,
      card: () => (
        <section className="card" aria-labelledby="home-goals">
          <h2 id="home-goals">Learning goals in progress</h2>
          <GoalsInProgress goals={goals!} />
        </section>
      ),
    },
    {
      key: 'recent',
      ready: recent !== undefined,
      card: () => (
        <section className="card" aria-labelledby="home-recent">
          <h2 id="home-recent">Recent entries</h2>
          <RecentEntries entries={recent!.recent} people={recent!.people} />
          <p>
            <Link to="/journal">See the whole journal</Link>
          </p>
        </section>
      ),
    },
  ]);

  return (
    <div className="home" aria-busy={busy}>
      <div className="title-row">
        <div>
          <h1>Home</h1>
          <Headline profile={profile} />
        </div>
        <NewEntryLinks />
      </div>
      {shown}
    </div>
  );
}

/** The open follow-ups, most urgent first, with how many there are and how many are overdue. */
function FollowUpsCard({ data, expanded }: { data: FollowUpsData; expanded: readonly [boolean, (expanded: boolean) => void] }) {
  const followUps = followUpsByUrgency(data.open, todayOnClock());
  const overdue = followUps.filter((f) => f.urgency === 'overdue').length;
  return (
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
      <FollowUps items={followUps} conversations={data.conversations} people={data.people} expanded={expanded} />
    </section>
  );
}
