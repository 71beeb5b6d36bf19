// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SearchResultRow } from '../../../renderer/features/search/SearchResultRow';
import { checkHits } from '../../../renderer/data/hitRecords';
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

describe('hits from a saved index not yet checked against the journal, checked against their records', () => {
  it('keeps, in their places, only the hits whose record still holds the word, each as its record is now', async () => {
    expect(hits.map((h) => h.refId).sort()).toEqual([KEPT.id, DELETED.id, EDITED.id, RENAMED.id, TALK.id, ADA.id].sort());
    const checked = await checkHits(hits, {});
    // Deleted, and edited so it no longer says "okapi": gone. The rest keep their order.
    expect(checked.map((h) => h.refId)).toEqual(hits.map((h) => h.refId).filter((id) => id !== DELETED.id && id !== EDITED.id));
    // Retitled and moved: its title and date as stored now. A conversation found by its person's name still is.
    expect(checked.find((h) => h.refId === RENAMED.id)).toMatchObject({ title: 'Okapi hiring plan', date: '2026-02-09' });
    expect(checked.find((h) => h.refId === TALK.id)?.title).toBe('Informational interview with Ada Okapi');
    expect(checked.find((h) => h.refId === ADA.id)?.title).toBe('Ada Okapi');
  });

  it('drops a hit whose record no longer passes the filters the index answered', async () => {
    // The saved index has the hiring note on 1 February; it was moved to the 9th.
    const filters = { to: '2026-02-05' };
    const stale = hits.filter((h) => h.date && h.date <= filters.to);
    expect(stale.map((h) => h.refId)).toContain(RENAMED.id);
    expect((await checkHits(stale, filters)).map((h) => h.refId)).not.toContain(RENAMED.id);
  });

  it('keeps every hit of a list by filters alone (no words) whose record is there', async () => {
    const listed = [hit(KEPT.id), hit(DELETED.id), hit(EDITED.id)].map((h) => ({ ...h, terms: [] }));
    expect((await checkHits(listed, {})).map((h) => h.refId)).toEqual([KEPT.id, EDITED.id]);
  });
});

describe('a search result row', () => {
  it('shows the hit at once, and the excerpt around its match once its record is read', async () => {
    const { container } = render(
      <MemoryRouter>
        <SearchResultRow hit={hit(KEPT.id)} />
      </MemoryRouter>,
    );
    expect(container.querySelector('.search-hit-title')?.textContent).toBe('Okapi roadmap review');
    await waitFor(() => expect(container.querySelector('.search-hit-excerpt')?.textContent).toBe('The okapi plan held.'));
    expect(container.querySelector('.search-hit-excerpt mark')?.textContent?.toLowerCase()).toBe('okapi');
  });
});
