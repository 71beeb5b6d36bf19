// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { blankEntry } from '../../../renderer/features/journal/EntryEditor';
import { ReflectionForm } from '../../../renderer/features/journal/forms/ReflectionForm';
import { GoalForm } from '../../../renderer/features/journal/forms/GoalForm';
import { ConversationForm } from '../../../renderer/features/journal/forms/ConversationForm';
import type { LearningGoal } from '../../../shared/schemas';
import type { Draft } from '../../../renderer/data/records';
import { renderWithRouter } from './renderForm';

beforeEach(() => setDatabase(new SextantDB(`test-${crypto.randomUUID()}`)));
afterEach(cleanup);

/** The text of the element(s) a control's aria-describedby points at. */
function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('entry form validation', () => {
  it('a reflection without a title shows "Title is required" at the title, focuses it, and saves nothing', async () => {
    const { router } = renderWithRouter(<ReflectionForm initial={blankEntry('reflection', '2026-03-14')} isNew />);
    fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
    expect(description(title)).toContain('Title is required');
    expect(document.activeElement).toBe(title);
    // The date was fine, so it is not marked.
    expect(screen.getByLabelText(/^Date/).getAttribute('aria-invalid')).toBeNull();
    expect(await db().entries.count()).toBe(0);
    expect(router.state.location.pathname).toBe('/journal/new/x');
  });

  it('saves once the title is filled, and opens the saved entry', async () => {
    const { router } = renderWithRouter(<ReflectionForm initial={blankEntry('reflection', '2026-03-14')} isNew />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Quarter review' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Title' }), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/journal\/[0-9a-f-]{36}$/), { timeout: 5000 });
    const stored = await db().entries.toArray();
    expect(stored.map((e) => [e.kind, e.date, 'title' in e ? e.title : null])).toEqual([['reflection', '2026-03-14', 'Quarter review']]);
  });

  it('a goal points each problem at its own field: no skills, and an empty second milestone title', async () => {
    const initial: Draft<LearningGoal> = {
      ...blankEntry('goal', '2026-03-14'),
      title: 'Learn SQL',
      milestones: [
        { id: '11111111-1111-4111-8111-111111111111', title: 'Install a database', done: false },
        { id: '22222222-2222-4222-8222-222222222222', title: '  ', done: false },
      ],
    };
    renderWithRouter(<GoalForm initial={initial} isNew />);
    fireEvent.click(screen.getByRole('button', { name: 'Save goal' }));
    const second = screen.getByRole('textbox', { name: 'Milestone 2' });
    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
    expect(description(second)).toContain('Milestone 2 is required');
    expect(screen.getByRole('textbox', { name: 'Milestone 1' }).getAttribute('aria-invalid')).toBeNull();
    const skill = screen.getByRole('checkbox', { name: 'Product strategy & roadmapping' });
    expect(skill.getAttribute('aria-invalid')).toBe('true');
    expect(description(skill)).toContain('Pick at least one skill');
    // Skills come before milestones in the form, so focus goes there first.
    expect(document.activeElement).toBe(skill);
    expect(await db().entries.count()).toBe(0);
  });

  it('a conversation with a new person without a name marks the Name field and writes neither person nor entry', async () => {
    renderWithRouter(<ConversationForm initial={blankEntry('conversation', '2026-03-14')} isNew people={[]} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Profile link' }), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save conversation' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
    expect(description(name)).toContain('Name is required');
    expect(description(screen.getByRole('textbox', { name: 'Profile link' }))).toContain(
      'Profile link must be a web address starting with http:// or https://',
    );
    expect(document.activeElement).toBe(name);
    expect(await db().people.count()).toBe(0);
    expect(await db().entries.count()).toBe(0);
  });
});
