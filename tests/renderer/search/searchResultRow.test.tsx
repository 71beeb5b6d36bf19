// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SearchResultRow } from '../../../renderer/features/search/SearchResultRow';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { setPlain } from '../../../renderer/crypto/session';
import { JournalIndex, type SearchHit } from '../../../shared/search';
import { conversation, person, reflection, uuid } from '../../shared/builders';

// A saved index's hits, taken before three records changed "while the app was closed".
const KEPT = reflection({ id: uuid(1), title: 'Okapi roadmap review', body: 'The okapi plan held.' });
const DELETED = reflection({ id: uuid(2), title: 'Okapi budget notes' });
const EDITED = reflection({ id: uuid(3), title: 'Okapi offsite', body: 'Okapi agenda.' });
const RENAMED = reflection({ id: uuid(4), title: 'Okapi hiring', date: '2026-02-01' });
const ADA = person({ id: uuid(900), name: 'Ada Okapi' });
const TALK = conversation({ id: uuid(5), personId: uuid(900), notes: 'Quarterly plans' });

let hits: SearchHit[];

beforeEach(async () => {
  setDatabase(new SextantDB(`row-${crypto.randomUUID()}`));
  setPlain();
  const saved = new JournalIndex();
  saved.addPeople([ADA]);
  saved.addEntries([KEPT, DELETED, EDITED, RENAMED, TALK]);
  hits = saved.search('okapi');
  // Now: one deleted, one edited so it no longer holds the word, one retitled and moved (still holding it).
  await db().people.put(ADA);
  await db().entries.bulkPut([
    KEPT,
    { ...EDITED, title: 'Offsite', body: 'Agenda.' },
    { ...RENAMED, title: 'Okapi hiring plan', date: '2026-02-09' },
    TALK,
  ]);
});
afterEach(cleanup);

const hit = (id: string) => hits.find((h) => h.refId === id)!;

function show(h: SearchHit, checking: boolean) {
  return render(
    <MemoryRouter>
      <SearchResultRow hit={h} checking={checking} />
    </MemoryRouter>,
  );
}

describe('a search result from a saved index not yet checked against the journal', () => {
  it('is shown once its record is read, with the record as it is now', async () => {
    expect(hits.map((h) => h.refId).sort()).toEqual([KEPT.id, DELETED.id, EDITED.id, RENAMED.id, TALK.id, ADA.id].sort());
    const { container } = show(hit(RENAMED.id), true);
    // Before the read: no title, no link, a busy row.
    expect(container.querySelector('.search-hit-title')).toBeNull();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.search-hit-title a')?.textContent).toBe('Okapi hiring plan'));
    expect(container.querySelector('time')?.getAttribute('dateTime')).toBe('2026-02-09');
  });

  it('is not shown when its record was deleted, or no longer holds the word it was found by', async () => {
    for (const id of [DELETED.id, EDITED.id]) {
      const { container, unmount } = show(hit(id), true);
      await waitFor(() => expect(container.querySelector('.search-hit-gone')).not.toBeNull());
      expect(container.querySelector('.search-hit-title')).toBeNull();
      expect(container.textContent).toBe('');
      unmount();
    }
  });

  it("a conversation found by its person's name still is, and a record unchanged is shown as it was", async () => {
    const talk = show(hit(TALK.id), true);
    const kept = show(hit(KEPT.id), true);
    await waitFor(() => expect(kept.container.querySelector('.search-hit-title a')?.textContent).toBe('Okapi roadmap review'));
    await waitFor(() =>
      expect(talk.container.querySelector('.search-hit-title a')?.textContent).toBe('Informational interview with Ada Okapi'),
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
  });

  it('from a checked index, a hit is shown at once from the index (its record read only for the excerpt)', async () => {
    const { container } = show(hit(RENAMED.id), false);
    expect(container.querySelector('.search-hit-title')?.textContent).toBe('Okapi hiring');
    const kept = show(hit(KEPT.id), false);
    await waitFor(() => expect(kept.container.querySelector('.search-hit-excerpt')?.textContent).toBe('The okapi plan held.'));
  });
});
