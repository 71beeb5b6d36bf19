// @vitest-environment jsdom
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setPlain } from '../../../renderer/crypto/session';
import { SextantDB, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { saveEntry } from '../../../renderer/data/repositories/entries';
import { savePerson } from '../../../renderer/data/repositories/people';
import { HomePage } from '../../../renderer/features/home/HomePage';
import { HOME_FOLLOW_UPS, HOME_GOALS, HOME_LEAN, HOME_RECENT, HOME_STAY_IN_TOUCH } from '../../../renderer/features/home/useHomeData';
import { resultAtStart } from '../../../renderer/app/startReads';
import { screenAt } from '../../../renderer/app/routes';
import { conversation, goal, person, reflection, uuid } from '../../shared/builders';
import { showScreen } from '../showScreen';

beforeEach(() => {
  setDatabase(new SextantDB(`home-start-${crypto.randomUUID()}`));
  setPlain();
  setClock(() => '2026-03-10T10:00:00.000Z');
});
afterEach(cleanup);

const headings = () => [...document.querySelectorAll('.home .card h2')].map((h) => h.textContent?.trim() ?? '');
const BELOW_LEAD = [HOME_FOLLOW_UPS, HOME_STAY_IN_TOUCH, HOME_GOALS, HOME_RECENT];
const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

async function journal() {
  await savePerson(person({ id: uuid(900), name: 'Ada Quist', stayInTouchWeeks: 2 }));
  await saveEntry(reflection({ id: uuid(1), date: '2026-03-01', title: 'Harbor notes' }));
  await saveEntry(conversation({ id: uuid(2), personId: uuid(900), date: '2026-02-02', followUpDate: '2026-03-07' }));
  await saveEntry(goal({ id: uuid(3), date: '2026-03-05', title: 'Price a product' }));
}

describe('Home as the app opens on it', () => {
  it('the first render shows the lead; the cards below were started from its data and are followed, with every change', async () => {
    await journal();
    await screenAt('/').warm();
    // The lead's data is in for the first render; the cards below it are being read already.
    expect(resultAtStart(HOME_LEAN)).toBeDefined();
    await waitFor(() => expect(BELOW_LEAD.map((k) => resultAtStart(k) !== undefined)).toEqual([true, true, true, true]));
    showScreen('/', <StrictMode>{<HomePage />}</StrictMode>);
    // Straight after the first render, before any read of the screen's own: every card.
    expect(headings()).toEqual([
      'Get started: which path fits you?',
      'Your path lean',
      'Follow-ups (1, 1 overdue)',
      'Stay in touch (1 due)',
      'Learning goals in progress',
      'Recent entries',
    ]);
    expect(document.querySelector('.home')?.getAttribute('aria-busy')).toBe('false');
    await pause(30);
    for (const key of [HOME_LEAN, ...BELOW_LEAD]) expect(resultAtStart(key)).toBeUndefined();

    // The follow-up done: the lean's facts change, and the follow-ups card reads them (its own query now).
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mark follow-up with Ada Quist done' })));
    await screen.findByText(/No follow-ups waiting/);
    expect(headings()[2]).toBe('Follow-ups');
    // A new goal reaches the goals card.
    await act(() => saveEntry(goal({ id: uuid(4), date: '2026-03-06', title: 'Run a pricing test' })));
    await within(screen.getByRole('region', { name: 'Learning goals in progress' })).findByRole('link', { name: 'Run a pricing test' });
  });

  it('an empty journal shows its welcome in the first render and never reads the cards below the lead', async () => {
    await screenAt('/').warm();
    await pause(50);
    for (const key of BELOW_LEAD) expect(resultAtStart(key)).toBeUndefined();
    showScreen('/', <HomePage />);
    expect(headings()).toEqual(['Get started: which path fits you?', 'Your path lean', 'Your journal is empty']);
  });
});
