// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Markdown } from '../../../renderer/components/form/Markdown';
import { RecentEntries } from '../../../renderer/features/home/RecentEntries';
import { EntryRow } from '../../../renderer/features/journal/EntryRow';
import type { Reflection } from '../../../shared/schemas';

afterEach(cleanup);

// "A conversation with a mentor" and its first line, in Hebrew.
const HEBREW_TITLE = 'שיחה עם מנטור';
const HEBREW_BODY = 'דיברנו על מסלול פנימי';
const ENTRY: Reflection = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2026-03-14T09:00:00Z',
  updatedAt: '2026-03-14T09:00:00Z',
  kind: 'reflection',
  date: '2026-03-14',
  title: HEBREW_TITLE,
  body: `# ${HEBREW_TITLE}\n\n${HEBREW_BODY}`,
  skills: [],
  tags: ['מנטור'],
};

/** The closest element (itself included) with a dir attribute, and that attribute. */
function direction(el: HTMLElement): string | null {
  return el.closest('[dir]')?.getAttribute('dir') ?? null;
}

describe('text a person wrote takes its direction from its own letters', () => {
  it('in a timeline row: the Hebrew title, its excerpt and its tag sit in dir="auto" elements', () => {
    render(
      <MemoryRouter>
        <EntryRow entry={ENTRY} />
      </MemoryRouter>,
    );
    const title = screen.getByRole('heading', { name: HEBREW_TITLE });
    expect(title.getAttribute('dir')).toBe('auto');
    // The excerpt leaves out the heading that repeats the title.
    const excerpt = screen.getByText(HEBREW_BODY);
    expect(excerpt.tagName).toBe('P');
    expect(direction(excerpt)).toBe('auto');
    expect(direction(screen.getByText('#מנטור'))).toBe('auto');
  });

  it('in Home’s recent entries', () => {
    render(
      <MemoryRouter>
        <RecentEntries entries={[ENTRY]} people={new Map()} />
      </MemoryRouter>,
    );
    expect(direction(screen.getByRole('link', { name: HEBREW_TITLE }))).toBe('auto');
  });

  it('in every block of rendered Markdown (the reader, the plan)', () => {
    render(<Markdown source={`${HEBREW_BODY}\n\n- ${HEBREW_TITLE}\n\n## English heading`} />);
    expect(screen.getByText(HEBREW_BODY).getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('listitem').getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('heading', { name: 'English heading' }).getAttribute('dir')).toBe('auto');
  });
});
