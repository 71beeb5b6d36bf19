// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { getProfile, saveProfile } from '../../../renderer/data/repositories/settings';
import { addCheckIn, saveTargets } from '../../../renderer/data/repositories/skills';
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
  const counts = useLiveQuery(async () => [await db().checkIns.count(), await db().targets.count()]);
  return counts ? <p>{`loaded: ${counts[0]} check-in, ${counts[1]} target`}</p> : null;
}

describe('first-run setup', () => {
  it('offers the first check-in and targets on a fresh journal, as a card (not a dialog)', async () => {
    renderCard();
    await screen.findByRole('heading', { name: 'Get started: where do you stand?' });
    expect(screen.getByRole('link', { name: 'Take your first check-in' }).getAttribute('href')).toBe(
      '/skills/check-in/new?from=onboarding',
    );
    expect(screen.getByRole('link', { name: 'Set your targets' }).getAttribute('href')).toBe('/skills/targets?from=onboarding');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('goes away for good when skipped, keeping the rest of the profile', async () => {
    await saveProfile({ ...DEFAULT_PROFILE, name: 'Ana' });
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Get started/ })).toBeNull());
    expect(await getProfile()).toEqual({ ...DEFAULT_PROFILE, name: 'Ana', onboardingDone: true });
  });

  it('ticks off the check-in once taken, and is done only when targets are set too', async () => {
    await addCheckIn({ date: '2026-03-01', ratings: [{ skill: 'research', level: 2 }], blind: false });
    await completeOnboardingIfReady();
    expect((await getProfile()).onboardingDone).toBe(false);
    renderCard();
    await screen.findByText('First check-in done ✓');
    expect(screen.getByRole('link', { name: 'Set your targets' })).toBeTruthy();
    await saveTargets([{ skill: 'research', level: 4 }]);
    await completeOnboardingIfReady();
    expect((await getProfile()).onboardingDone).toBe(true);
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Get started/ })).toBeNull());
  });

  it('stays away when check-ins and targets already exist, e.g. from a restored backup, even if the profile never noted it', async () => {
    await addCheckIn({ date: '2026-03-01', ratings: [{ skill: 'research', level: 2 }], blind: false });
    await saveTargets([{ skill: 'research', level: 4 }]);
    expect((await getProfile()).onboardingDone).toBe(false);
    render(
      <MemoryRouter>
        <OnboardingCard />
        <LoadedProbe />
      </MemoryRouter>,
    );
    // A positive signal first: a live query issued after the card's has answered with the saved
    // data, so the card's has too; only then is its absence meaningful.
    await screen.findByText('loaded: 1 check-in, 1 target');
    expect(screen.queryByRole('heading', { name: /Get started/ })).toBeNull();
  });
});
