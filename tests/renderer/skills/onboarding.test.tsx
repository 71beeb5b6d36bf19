// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { getProfile, saveProfile } from '../../../renderer/data/repositories/settings';
import { addCheckIn } from '../../../renderer/data/repositories/skills';
import { addPathAnswers } from '../../../renderer/data/repositories/path';
import { OnboardingCard } from '../../../renderer/components/OnboardingCard';
import { completeOnboardingIfReady } from '../../../renderer/data/onboarding';
import { DEFAULT_PROFILE } from '../../../shared/schemas';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
});
afterEach(cleanup);

const renderCard = () =>
  render(
    <MemoryRouter>
      <OnboardingCard />
    </MemoryRouter>,
  );

/** Shows what the database holds once its live query answers (the data-loaded signal). */
function LoadedProbe() {
  const counts = useLiveQuery(async () => [await db().checkIns.count(), await db().pathAnswers.count()]);
  return counts ? <p>{`loaded: ${counts[0]} check-in, ${counts[1]} path answers`}</p> : null;
}

describe('first-run setup', () => {
  it('offers three steps on a fresh journal, as a card (not a dialog): who you are today, the path questions, a first check-in', async () => {
    renderCard();
    await screen.findByRole('heading', { name: 'Get started: which path fits you?' });
    const links = screen.getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')]);
    expect(links).toEqual([
      ['Say where you are as a PM today', '/welcome/you'],
      ['Answer the path questions', '/welcome/path'],
      ['Take your first check-in', '/welcome/skills'],
      ['Start', '/welcome/you'],
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('goes away for good when skipped, keeping the rest of the profile', async () => {
    await saveProfile({ ...DEFAULT_PROFILE, name: 'Ana' });
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Get started/ })).toBeNull());
    expect(await getProfile()).toEqual({ ...DEFAULT_PROFILE, name: 'Ana', onboardingDone: true });
  });

  it('ticks off the check-in once taken, starts at the next open step, and is done once the path questions are answered too', async () => {
    await addCheckIn({ date: '2026-03-01', ratings: [{ skill: 'research', level: 2 }], blind: false });
    await completeOnboardingIfReady();
    expect((await getProfile()).onboardingDone).toBe(false);
    renderCard();
    await screen.findByText('Take your first check-in ✓');
    expect(screen.getByRole('link', { name: 'Start' }).getAttribute('href')).toBe('/welcome/you');
    await addPathAnswers({ date: '2026-03-01', dimensions: { risk: 1 }, factors: {} });
    await completeOnboardingIfReady();
    expect((await getProfile()).onboardingDone).toBe(true);
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Get started/ })).toBeNull());
  });

  it('stays away when check-ins and path answers already exist, e.g. from a restored backup, even if the profile never noted it', async () => {
    await addCheckIn({ date: '2026-03-01', ratings: [{ skill: 'research', level: 2 }], blind: false });
    await addPathAnswers({ date: '2026-03-01', dimensions: { risk: 1 }, factors: {} });
    expect((await getProfile()).onboardingDone).toBe(false);
    render(
      <MemoryRouter>
        <OnboardingCard />
        <LoadedProbe />
      </MemoryRouter>,
    );
    // A positive signal first: a live query issued after the card's has answered with the saved
    // data, so the card's has too; only then is its absence meaningful.
    await screen.findByText('loaded: 1 check-in, 1 path answers');
    expect(screen.queryByRole('heading', { name: /Get started/ })).toBeNull();
  });
});
