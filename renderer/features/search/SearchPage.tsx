import { useEffect, useId, useMemo, useRef, type RefObject } from 'react';
import { useLiveQuery } from '../../data/live';
import { SKILLS } from '../../../shared/domain/framework';
import { plural } from '../../../shared/plural';
import { SEARCH_DOC_TYPES } from '../../../shared/search';
import { SelectField, TextField } from '../../components/form/Field';
import { VirtualList } from '../../components/VirtualList';
import { useLatestSearchParams } from '../../app/useLatestSearchParams';
import { HIT_TYPE_LABELS } from '../../components/searchHits';
import { SearchResultRow } from './SearchResultRow';
import { useSearch } from '../../data/useSearch';
import { releaseSearchStart } from '../../data/searchIndex';
import { afterNextPaint } from '../../components/useAfterPaint';
import './search.css';
import { listTags } from '../../data/aggregates';
import { useLiveQueryFromStart } from '../../app/startReads';
import { journalIsEmpty, SEARCH_JOURNAL_EMPTY } from './journalEmpty';
import { fromParams } from './searchParams';

/**
 * Puts the focus on `ref`'s element once the screen's first frame is painted, unless the person
 * has moved it meanwhile. (`autoFocus` focuses during React's first commit, which makes the
 * browser compute the whole page's style and layout there and then, before the first paint.)
 */
function useFocusAfterPaint(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const before = document.activeElement;
    return afterNextPaint(() => {
      const now = document.activeElement;
      if (now === before || now === document.body || now === null) ref.current?.focus();
    });
  }, [ref]);
}

/**
 * Once the screen has painted what a person came for (`shown`: its first results, or a status
 * that is not "indexing"), or when it closes first, the index's worker reads at full speed: on a
 * start on this screen it paused between chunks meanwhile, leaving the page the core it draws
 * with (releaseSearchStart, StartPace).
 */
function useReleaseSearchStart(shown: boolean): void {
  useEffect(() => (shown ? afterNextPaint(releaseSearchStart) : undefined), [shown]);
  useEffect(() => releaseSearchStart, []);
}

/** Search everything: entries of every kind, milestones and people, with filters; results as you type. */
export function SearchPage() {
  const [params, changeParams] = useLatestSearchParams();
  const { query, filters } = fromParams(params);
  const search = useSearch(query, filters);
  const { index, settled, answered, unchecked } = search;
  // An empty journal has nothing to find: said at once (read at start when the app opens here,
  // see routes.tsx), not once the index's worker has started and answered.
  const empty = useLiveQueryFromStart(SEARCH_JOURNAL_EMPTY, journalIsEmpty, []) === true;
  const hits = empty ? [] : search.hits;
  const tags = useLiveQuery(listTags, []) ?? [];
  const queryId = useId();
  const queryBox = useRef<HTMLInputElement>(null);
  useFocusAfterPaint(queryBox);
  const filtered = !!(filters.types || filters.skill || filters.tag || filters.from || filters.to);

  // Typing replaces the history entry (no entry per letter); the URL still holds the last search.
  const set = (key: string, value: string) => {
    changeParams(
      (latest) => {
        const next = new URLSearchParams(latest);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  // What the status line says, and which state it is in (data-state: for tests and the benchmark).
  const [state, status] = useMemo((): [string, string] => {
    if (index.status === 'failed') return ['failed', 'Search is unavailable: the index could not be built. Reload to try again.'];
    if (empty)
      return !query.trim() && !filtered
        ? ['idle', 'Your journal is empty: entries, milestones and people you add can be searched here.']
        : ['no-match', 'Nothing matches: your journal has no entries or people yet.'];
    if (!query.trim() && !filtered)
      return ['idle', index.status === 'ready' ? `Search ${index.documents} entries, milestones and people.` : ''];
    // A first build answers from what it has indexed so far: say so, never "Nothing matches".
    if (index.status !== 'ready')
      return [
        'indexing',
        hits.length > 0
          ? `Indexing your journal… showing matches among the first ${index.documents} entries, milestones and people indexed.`
          : 'Indexing your journal… results appear as soon as it is done.',
      ];
    // A new query or filter waits for its answer; the same one asked again because the index
    // changed (a save, a chunk of a check) keeps its matches and their count until the new answer
    // replaces them a few milliseconds later, instead of flickering "Searching…" between two
    // counts. Never "Nothing matches" from an answer the changed index may already contradict.
    if (!settled && (!answered || hits.length === 0)) return ['searching', 'Searching…'];
    // A saved index is being checked against the journal: what it does not find yet may be among
    // the changes it has not caught up with (written in another window, or before a crash).
    if (hits.length === 0 && index.reconciling) return ['indexing', 'Checking your latest changes… results appear as soon as it is done.'];
    if (hits.length === 0) return ['no-match', 'Nothing matches.'];
    // Every hit shown was checked against its record, but changes not yet reached may add more.
    if (unchecked && index.reconciling)
      return ['results', `${plural(hits.length, 'match', 'matches')} so far: checking your latest changes…`];
    return ['results', hits.length >= 200 ? 'Showing the 200 best matches.' : `${plural(hits.length, 'match', 'matches')}.`];
  }, [index.status, index.documents, index.reconciling, empty, query, filtered, hits.length, settled, answered, unchecked]);
  useReleaseSearchStart(hits.length > 0 || state !== 'indexing');

  return (
    <div className="search-page">
      <h1>Search</h1>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <div className="field search-query">
          <label htmlFor={queryId}>Search your journal</label>
          <input
            id={queryId}
            type="search"
            ref={queryBox}
            value={query}
            autoComplete="off"
            spellCheck={false}
            placeholder="Words from titles, notes, tags or names"
            onChange={(e) => set('q', e.target.value)}
          />
        </div>
        <fieldset className="search-filters">
          <legend>Filters</legend>
          <SelectField
            label="Kind"
            value={filters.types?.[0] ?? ''}
            onChange={(v) => set('type', v)}
            options={[{ value: '', label: 'Everything' }, ...SEARCH_DOC_TYPES.map((t) => ({ value: t, label: HIT_TYPE_LABELS[t] }))]}
          />
          <SelectField
            label="Skill"
            value={filters.skill ?? ''}
            onChange={(v) => set('skill', v)}
            options={[{ value: '', label: 'Any skill' }, ...SKILLS.map((sk) => ({ value: sk.id, label: sk.name }))]}
          />
          <SelectField
            label="Tag"
            value={filters.tag ?? ''}
            onChange={(v) => set('tag', v)}
            options={[{ value: '', label: 'Any tag' }, ...tags.map((t) => ({ value: t, label: `#${t}` }))]}
          />
          <TextField type="date" label="From" value={filters.from ?? ''} onChange={(v) => set('from', v)} />
          <TextField type="date" label="To" value={filters.to ?? ''} onChange={(v) => set('to', v)} />
          {filtered && (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                changeParams((latest) => (latest.get('q') ? new URLSearchParams({ q: latest.get('q') ?? '' }) : new URLSearchParams()), {
                  replace: true,
                })
              }
            >
              Clear filters
            </button>
          )}
        </fieldset>
      </form>
      {/* data-index-source and data-index-saved: where the answering index came from (the saved
          snapshot or a build) and whether the saved one is current; for tests and the benchmark. */}
      <p
        className="search-status muted"
        role="status"
        data-state={state}
        data-index-source={index.source}
        data-index-saved={index.saved}
        data-index-reconciling={index.reconciling}
        aria-busy={state === 'indexing'}
      >
        {status}
      </p>
      {hits.length > 0 && (
        <VirtualList
          items={hits}
          getKey={(h) => h.id}
          label="Search results, best first"
          estimateSize={120}
          renderItem={(h) => <SearchResultRow hit={h} />}
          className="search-results"
        />
      )}
    </div>
  );
}
