// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ToastProvider } from '../../../renderer/components/Toast';
import { setPlain } from '../../../renderer/crypto/session';
import { SextantDB, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { saveEntry } from '../../../renderer/data/repositories/entries';
import { savePerson } from '../../../renderer/data/repositories/people';
import { HomePage } from '../../../renderer/features/home/HomePage';
import { conversation, goal, milestone, person, reflection, uuid } from '../../shared/builders';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  setPlain();
  setClock(() => '2026-03-10T10:00:00.000Z');
});
afterEach(cleanup);

/** The card headings on screen, top to bottom. */
const headings = (container: HTMLElement) => [...container.querySelectorAll('.home .card h2')].map((h) => h.textContent?.trim() ?? '');

function renderHome() {
  const seen: string[][] = [];
  const view = render(
    <MemoryRouter>
      <ToastProvider>
        <HomePage />
      </ToastProvider>
    </MemoryRouter>,
  );
  // Every state the page passes through, to check that cards only ever appear below those shown.
  const record = () => {
    const now = headings(view.container);
    if (JSON.stringify(now) !== JSON.stringify(seen.at(-1))) seen.push(now);
  };
  const observer = new MutationObserver(record);
  observer.observe(view.container, { childList: true, subtree: true, characterData: true });
  return { ...view, seen, stop: () => (record(), observer.disconnect()) };
}

describe('Home', () => {
  it('shows its cards in order, each appearing below those already shown, and the follow-ups soonest first', async () => {
    await savePerson(person({ id: uuid(900), name: 'Ada Quist' }));
    await saveEntry(reflection({ id: uuid(1), date: '2026-03-01', title: 'Harbor notes' }));
    await saveEntry(conversation({ id: uuid(2), date: '2026-03-02', followUpDate: '2026-03-12', followUpNote: 'Send the deck' }));
    await saveEntry(conversation({ id: uuid(3), date: '2026-03-03', followUpDate: '2026-03-07' }));
    await saveEntry(conversation({ id: uuid(4), date: '2026-03-04', followUpDate: '2026-03-05', followUpDone: true }));
    await saveEntry(
      goal({ id: uuid(5), date: '2026-03-05', title: 'Price a product', milestones: [milestone(1, true), milestone(2, false)] }),
    );
    const home = renderHome();
    await waitFor(() => expect(home.container.querySelector('.home')?.getAttribute('aria-busy')).toBe('false'));
    home.stop();
    // No check-in or path answers yet: the first-run card leads.
    const final = [
      'Get started: which path fits you?',
      'Your path lean',
      'Follow-ups (2, 1 overdue)',
      'Learning goals in progress',
      'Recent entries',
    ];
    expect(headings(home.container)).toEqual(final);
    // Each state on the way was the first cards of the final order: nothing appeared above a card already shown.
    for (const state of home.seen) expect(final.slice(0, state.length)).toEqual(state);
    const followUps = within(screen.getByRole('region', { name: /Follow-ups/ })).getAllByRole('listitem');
    expect(followUps.map((li) => li.querySelector('.home-due-badge')?.textContent)).toEqual(['3 days overdue', 'in 2 days']);
    expect(followUps[1]?.textContent).toContain('Send the deck');
  });

  it('takes a follow-up marked done off the list, and shows "no follow-ups" only once they were read', async () => {
    await savePerson(person({ id: uuid(900), name: 'Ada Quist' }));
    await saveEntry(conversation({ id: uuid(3), date: '2026-03-03', followUpDate: '2026-03-07' }));
    const home = renderHome();
    const button = await screen.findByRole('button', { name: 'Mark follow-up with Ada Quist done' });
    await act(async () => fireEvent.click(button));
    await screen.findByText(/No follow-ups waiting/);
    home.stop();
    // "No follow-ups waiting" never showed before the follow-up itself had been read and shown.
    const firstEmpty = home.seen.findIndex((s) => s.includes('Follow-ups'));
    const firstListed = home.seen.findIndex((s) => s.includes('Follow-ups (1, 1 overdue)'));
    expect(firstListed).toBeGreaterThan(-1);
    expect(firstEmpty).toBeGreaterThan(firstListed);
  });

  it('welcomes an empty journal after the lead cards', async () => {
    const home = renderHome();
    await screen.findByRole('heading', { name: 'Your journal is empty' });
    home.stop();
    expect(headings(home.container)).toEqual(['Get started: which path fits you?', 'Your path lean', 'Your journal is empty']);
  });
});
