// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ToastProvider } from '../../../renderer/components/Toast';
import { FollowUps } from '../../../renderer/features/home/FollowUps';
import { GoalsInProgress } from '../../../renderer/features/home/GoalsInProgress';
import { followUpsByUrgency } from '../../../shared/domain/home';
import type { Conversation, Person } from '../../../shared/schemas';
import { conversation, goal, person, uuid } from '../../shared/builders';

afterEach(cleanup);

/** Home's follow-ups: every open one counted, those in `read` shown, the expanded state kept outside the list (as Home keeps it). */
function renderFollowUps(open: readonly Conversation[], read: readonly Conversation[], who: Person) {
  function Card() {
    const expanded = useState(false);
    return (
      <FollowUps
        items={followUpsByUrgency(open, '2026-03-10')}
        conversations={new Map(read.map((c) => [c.id, c]))}
        people={new Map([[who.id, who]])}
        expanded={expanded}
      />
    );
  }
  render(
    <MemoryRouter>
      <ToastProvider>
        <Card />
      </ToastProvider>
    </MemoryRouter>,
  );
}

describe('Home lists stay short in a long journal', () => {
  it('shows the 5 most urgent of 7 follow-ups, and all 7 on "Show all"', () => {
    const ada = person({ id: uuid(900), name: 'Ada' });
    // Due 1..7 March; on 10 March all are overdue, the oldest (1 March) most urgent.
    const convs = [7, 3, 1, 6, 2, 5, 4].map((d) => conversation({ id: uuid(d), followUpDate: `2026-03-0${d}`, followUpNote: `note ${d}` }));
    renderFollowUps(convs, convs, ada);
    const notes = () =>
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent.match(/note \d/)![0]);
    expect(notes()).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
    const more = screen.getByRole('button', { name: 'Show all 7 follow-ups' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(notes()).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5', 'note 6', 'note 7']);
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer follow-ups' }));
    expect(notes()).toHaveLength(5);
  });

  it('lists only the follow-ups whose conversation was read, counting every one in "Show all"', () => {
    const ada = person({ id: uuid(900), name: 'Ada' });
    const convs = [7, 3, 1, 6, 2, 5, 4].map((d) => conversation({ id: uuid(d), followUpDate: `2026-03-0${d}`, followUpNote: `note ${d}` }));
    // Read: the 5 most urgent (1..5 March) and not the two latest, as Home reads before "Show all".
    renderFollowUps(
      convs,
      convs.filter((c) => c.followUpDate! <= '2026-03-05'),
      ada,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show all 7 follow-ups' }));
    expect(screen.getByRole('button', { name: 'Show fewer follow-ups' }).getAttribute('aria-expanded')).toBe('true');
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent.match(/note \d/)![0]),
    ).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
  });

  it('has no "Show all" button when everything fits', () => {
    render(
      <MemoryRouter>
        <GoalsInProgress goals={[1, 2, 3].map((n) => goal({ id: uuid(n), title: `Goal ${n}` }))} />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Goal 1', 'Goal 2', 'Goal 3']);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows 5 of 6 goals, in the order given, then all on "Show all"', () => {
    render(
      <MemoryRouter>
        <GoalsInProgress goals={[1, 2, 3, 4, 5, 6].map((n) => goal({ id: uuid(n), title: `Goal ${n}` }))} />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Goal 1', 'Goal 2', 'Goal 3', 'Goal 4', 'Goal 5']);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 6 goals' }));
    expect(screen.getAllByRole('link')).toHaveLength(6);
  });
});
