// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { setPlain } from '../../../renderer/crypto/session';
import type { SearchIndexState } from '../../../renderer/data/searchIndex';
import { JournalIndex, type SearchHit } from '../../../shared/search';
import { reflection, uuid } from '../../shared/builders';

// The index answering is a saved one, loaded and not yet checked against the journal: it still
// holds three records as they were when it was saved.
const KEPT = reflection({ id: uuid(1), title: 'Okapi roadmap review' });
const DELETED = reflection({ id: uuid(2), title: 'Okapi budget notes' });
const EDITED = reflection({ id: uuid(3), title: 'Okapi offsite', body: 'Okapi agenda.' });
const RENAMED = reflection({ id: uuid(4), title: 'Okapi hiring' });
const saved = new JournalIndex();
saved.addEntries([KEPT, DELETED, EDITED, RENAMED]);
const UNCHECKED: SearchIndexState = { status: 'ready', version: 1, documents: 4, source: 'snapshot', reconciling: true, unchecked: true };

vi.mock('../../../renderer/data/searchIndex', () => ({
  searchIndexStore: { search: async (query: string): Promise<SearchHit[]> => saved.search(query) },
  startSearchIndex: async () => undefined,
  startSearchIndexWhenIdle: () => () => undefined,
  useSearchIndexState: () => UNCHECKED,
}));
const { CommandPalette } = await import('../../../renderer/features/palette/CommandPalette');

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  Element.prototype.scrollIntoView = () => undefined;
});
beforeEach(async () => {
  setDatabase(new SextantDB(`palette-${crypto.randomUUID()}`));
  setPlain();
  // Since it was saved: one deleted, one edited so it no longer says "okapi", one retitled.
  await db().entries.bulkPut([KEPT, { ...EDITED, title: 'Offsite', body: 'Agenda.' }, { ...RENAMED, title: 'Okapi hiring plan' }]);
});
afterEach(cleanup);

describe('the command palette answered by a saved index not yet checked against the journal', () => {
  it('offers only the entries whose record still holds the word, each under its title as stored now', async () => {
    expect(saved.search('okapi')).toHaveLength(4);
    render(
      <MemoryRouter>
        <CommandPalette open onOpenChange={() => undefined} onCommand={() => undefined} />
      </MemoryRouter>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Type a command, or words to find', hidden: true }), {
      target: { value: 'okapi' },
    });
    const results = await screen.findByRole('group', { name: 'Journal and people', hidden: true });
    expect([...results.querySelectorAll('[role="option"] .palette-label')].map((o) => o.textContent).sort()).toEqual([
      'Okapi hiring plan',
      'Okapi roadmap review',
    ]);
  });
});
