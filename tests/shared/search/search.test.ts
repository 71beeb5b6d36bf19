import { describe, expect, it } from 'vitest';
import type { Entry, Person } from '../../../shared/schemas';
import { createSearchIndex, entryDocuments, personDocument, searchIndex, type SearchDoc } from '../../../shared/search';

const T = '2026-01-01T00:00:00.000Z';
const ids = {
  roadmap: '00000000-0000-4000-8000-000000000001',
  pricing: '00000000-0000-4000-8000-000000000002',
  convo: '00000000-0000-4000-8000-000000000003',
  goal: '00000000-0000-4000-8000-000000000004',
  milestone: '00000000-0000-4000-8000-000000000005',
  ana: '00000000-0000-4000-8000-000000000006',
  older: '00000000-0000-4000-8000-000000000007',
  bodyOnly: '00000000-0000-4000-8000-000000000008',
};

const ana: Person = {
  id: ids.ana,
  createdAt: T,
  updatedAt: T,
  name: 'Ana Moreau',
  role: 'Platform PM',
  company: 'Globex',
  path: 'internal',
  connectedOn: '2025-06-01',
};

const entries: Entry[] = [
  {
    id: ids.roadmap,
    createdAt: T,
    updatedAt: T,
    kind: 'reflection',
    date: '2025-09-10',
    title: 'Roadmap trade-offs',
    body: 'We cut **two** features to keep the platform stable.',
    skills: ['strategy'],
    tags: ['roadmap'],
  },
  {
    id: ids.older,
    createdAt: T,
    updatedAt: T,
    kind: 'reflection',
    date: '2024-02-01',
    title: 'Roadmap again',
    body: 'Same argument as last year.',
    skills: ['strategy'],
    tags: ['roadmap'],
  },
  {
    id: ids.bodyOnly,
    createdAt: T,
    updatedAt: T,
    kind: 'reflection',
    date: '2025-10-01',
    title: 'Friday notes',
    body: 'The roadmap came up only in passing.',
    skills: ['communication'],
    tags: [],
  },
  {
    id: ids.pricing,
    createdAt: T,
    updatedAt: T,
    kind: 'reflection',
    date: '2025-11-20',
    title: 'Pricing experiment',
    body: 'Revenue rose but churn did too. See [the dashboard](https://example.com).',
    skills: ['research'],
    tags: ['pricing', 'metrics'],
  },
  {
    id: ids.convo,
    createdAt: T,
    updatedAt: T,
    kind: 'conversation',
    date: '2025-08-03',
    personId: ids.ana,
    conversationKind: 'mentorship',
    notes: 'Talked about internal tooling and cost reduction.',
    takeaways: 'Write a strategy memo.',
    followUpDone: false,
    skills: ['leadership'],
    tags: ['mentor'],
  },
  {
    id: ids.goal,
    createdAt: T,
    updatedAt: T,
    kind: 'goal',
    date: '2025-05-05',
    title: 'Learn SQL for analytics',
    why: 'To answer my own questions about usage.',
    skills: ['research'],
    tags: ['learning'],
    status: 'active',
    milestones: [{ id: ids.milestone, title: 'Finish the window functions course', done: true, doneDate: '2025-07-01' }],
    resources: [],
    progressNotes: '',
  },
];

function buildIndex() {
  const index = createSearchIndex();
  const names = new Map([[ana.id, ana.name]]);
  const docs: SearchDoc[] = [...entries.flatMap((e) => entryDocuments(e, (id) => names.get(id))), personDocument(ana)];
  index.addAll(docs);
  return index;
}

const idsOf = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('search ranking', () => {
  const index = buildIndex();

  it('ranks title matches before a body-only match, the shorter (more focused) title and text first', () => {
    // "Roadmap again" + a 5-word body beats "Roadmap trade-offs" + a 9-word body (BM25 length normalisation).
    expect(idsOf(searchIndex(index, 'roadmap'))).toEqual([ids.older, ids.roadmap, ids.bodyOnly]);
  });

  it('matches a prefix as the person types', () => {
    expect(idsOf(searchIndex(index, 'pric'))).toEqual([ids.pricing]);
  });

  it('tolerates a typo in a longer word', () => {
    expect(idsOf(searchIndex(index, 'expirement'))).toEqual([ids.pricing]);
  });

  it('does not fuzz short words: "sol" does not find "SQL"', () => {
    expect(idsOf(searchIndex(index, 'sol'))).toEqual([]);
  });

  it('requires every word: "roadmap pricing" finds nothing, "roadmap stable" finds one entry', () => {
    expect(searchIndex(index, 'roadmap pricing')).toEqual([]);
    expect(idsOf(searchIndex(index, 'roadmap stable'))).toEqual([ids.roadmap]);
  });

  it("finds a conversation by the person's name, and the person, with the person first (name is their title)", () => {
    expect(idsOf(searchIndex(index, 'moreau'))).toEqual([ids.ana, ids.convo]);
  });

  it('finds a milestone on its own, pointing at its goal', () => {
    const [hit] = searchIndex(index, 'window functions');
    expect(hit).toMatchObject({
      id: `${ids.goal}#${ids.milestone}`,
      type: 'milestone',
      refId: ids.goal,
      title: 'Finish the window functions course',
    });
  });

  it('does not index Markdown syntax or link targets', () => {
    expect(searchIndex(index, 'example')).toEqual([]);
    expect(idsOf(searchIndex(index, 'dashboard'))).toEqual([ids.pricing]);
  });

  it('finds nothing for an empty query without filters', () => {
    expect(searchIndex(index, '   ')).toEqual([]);
  });
});

describe('search filters', () => {
  const index = buildIndex();

  it('narrows by kind', () => {
    expect(idsOf(searchIndex(index, 'roadmap', { types: ['conversation'] }))).toEqual([]);
    expect(idsOf(searchIndex(index, 'internal', { types: ['conversation'] }))).toEqual([ids.convo]);
  });

  it('narrows by skill and by tag', () => {
    expect(idsOf(searchIndex(index, 'roadmap', { skill: 'communication' }))).toEqual([ids.bodyOnly]);
    expect(idsOf(searchIndex(index, 'roadmap', { tag: 'roadmap' }))).toEqual([ids.older, ids.roadmap]);
  });

  it('narrows by an inclusive date range, which leaves out undated items', () => {
    expect(idsOf(searchIndex(index, 'roadmap', { from: '2025-01-01', to: '2025-09-10' }))).toEqual([ids.roadmap]);
  });

  it('combines filters with the query: all must hold', () => {
    expect(idsOf(searchIndex(index, 'roadmap', { tag: 'roadmap', from: '2025-01-01' }))).toEqual([ids.roadmap]);
  });

  it('lists everything a filter allows, newest first, when the query is empty', () => {
    expect(idsOf(searchIndex(index, '', { skill: 'research' }))).toEqual([ids.pricing, `${ids.goal}#${ids.milestone}`, ids.goal]);
  });

  it('keeps the index current: a removed entry is no longer found, a replaced one is found by its new words', () => {
    const live = buildIndex();
    live.discard(ids.pricing);
    expect(searchIndex(live, 'pricing')).toEqual([]);
    const [roadmapDoc] = entryDocuments({ ...entries[0]!, title: 'Platform bets' } as Entry);
    live.replace(roadmapDoc!);
    expect(idsOf(searchIndex(live, 'bets'))).toEqual([ids.roadmap]);
  });
});

describe('search order among equals', () => {
  // Five entries alike but for their ids (the same date, text and so score), added out of id order.
  const twin = (n: number): Entry => ({
    id: `00000000-0000-4000-8000-00000000010${n}`,
    createdAt: T,
    updatedAt: T,
    kind: 'reflection',
    date: '2025-11-03',
    title: 'Pricing review',
    body: 'Same notes.',
    skills: ['research'],
    tags: [],
  });
  const index = createSearchIndex();
  index.addAll([3, 1, 4, 2, 5].map((n) => entryDocuments(twin(n))[0]!));
  const first = ['00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000000103'];

  it('lists hits of equal score and date by id, whichever were added first, and keeps the same first ones under a limit', () => {
    expect(idsOf(searchIndex(index, 'pricing', {}, 3))).toEqual(first);
    expect(idsOf(searchIndex(index, 'pricing')).slice(0, 3)).toEqual(first);
  });

  it('lists a filter without a query in the same order', () => {
    expect(idsOf(searchIndex(index, '', { skill: 'research' }, 3))).toEqual(first);
  });

  it('lists hits of equal score newest first by date (across months and years), the undated last', () => {
    const dated = createSearchIndex();
    const on = (n: number, date: string | undefined) => entryDocuments({ ...twin(n), date } as Entry)[0]!;
    // Added in no date order; ids against the date order, so the id cannot be what orders them.
    dated.addAll([on(1, '2026-01-01'), on(2, '2025-12-31'), on(3, undefined), on(4, '2025-02-28'), on(5, '2026-01-10')]);
    expect(idsOf(searchIndex(dated, 'pricing')).map((id) => id.slice(-1))).toEqual(['5', '1', '2', '4', '3']);
  });
});
