import { useLiveQuery } from '../../data/live';
import { SKILLS, skillName } from '../../../shared/domain/framework';
import { ENTRY_KINDS, ENTRY_KIND_LABELS } from '../../../shared/schemas';
import { type EntryFilter } from '../../data/repositories/entries';
import { countEntries, type EntryPage } from '../../data/repositories/entryPages';
import { usePagedEntries } from '../../data/usePagedEntries';
import { SelectField } from '../../components/form/Field';
import { useLatestSearchParams } from '../../app/useLatestSearchParams';
import { EntryList } from './EntryList';
import { filterFromParams, isUnfiltered, paramsFromFilter } from './filters';
import { NewEntryLinks } from '../../components/NewEntryLinks';
import { usePeopleNames, type PeopleNames } from './usePeopleNames';
import { listTags } from '../../data/aggregates';
import { useLiveQueryFromStart, useResultAtStart } from '../../app/startReads';
import { JOURNAL_COUNT, JOURNAL_FIRST_PAGE, JOURNAL_NAMES, timelinePageQuestion } from './timelineStart';

/** The journal's timeline: every entry newest first, filterable by kind, skill and tag (kept in the URL). */
export function Timeline() {
  const [params, changeParams] = useLatestSearchParams();
  const filter = filterFromParams(params);
  // Paged through the date index (more as the person scrolls), counted on the index. When the app
  // opens here, the first page and its people's names were read at start (timelineStart.ts).
  const startQuestion = timelinePageQuestion(params);
  const { entries, hasMore, loadMore } = usePagedEntries(filter, useResultAtStart<EntryPage>(JOURNAL_FIRST_PAGE, startQuestion));
  const matching = useLiveQuery(() => countEntries(filter), [filter.kind, filter.skill, filter.tag]);
  // Counted at start when the app opens here (routes.tsx): the first render shows the empty state or the filters.
  const total = useLiveQueryFromStart(JOURNAL_COUNT, () => countEntries(), []);
  const tags = useLiveQuery(listTags, []) ?? [];
  const personNames = usePeopleNames(entries, useResultAtStart<PeopleNames>(JOURNAL_NAMES, startQuestion));
  // Each change is a new history entry, so Back undoes a filter.
  const update = (patch: Partial<EntryFilter>) => changeParams((latest) => paramsFromFilter({ ...filterFromParams(latest), ...patch }));
  const clear = () => changeParams(() => new URLSearchParams());
  const tagOptions = filter.tag && !tags.includes(filter.tag) ? [...tags, filter.tag] : tags;

  return (
    <div className="timeline">
      <header className="page-head">
        <h1>Journal</h1>
        {total !== 0 && <NewEntryLinks primary />}
      </header>

      {/* Until the journal is counted nothing below the heading: an empty journal goes straight to its
          empty state, without rendering (and showing for a frame) filters it does not have. */}
      {total === undefined ? null : total === 0 ? (
        <EmptyJournal />
      ) : (
        <>
          <section className="filters" aria-labelledby="filters-heading">
            <h2 id="filters-heading" className="visually-hidden">
              Filters
            </h2>
            <SelectField
              className="filter"
              label="Kind"
              value={filter.kind ?? ''}
              onChange={(v) => update({ kind: v || undefined })}
              options={[{ value: '', label: 'All kinds' }, ...ENTRY_KINDS.map((k) => ({ value: k, label: ENTRY_KIND_LABELS[k] }))]}
            />
            <SelectField
              className="filter"
              label="Skill"
              value={filter.skill ?? ''}
              onChange={(v) => update({ skill: v || undefined })}
              options={[{ value: '', label: 'All skills' }, ...SKILLS.map((sk) => ({ value: sk.id, label: sk.name }))]}
            />
            <SelectField
              className="filter"
              label="Tag"
              value={filter.tag ?? ''}
              onChange={(v) => update({ tag: v || undefined })}
              options={[{ value: '', label: 'All tags' }, ...tagOptions.map((t) => ({ value: t, label: `#${t}` }))]}
            />
            {!isUnfiltered(filter) && (
              <button type="button" className="link-button" onClick={clear}>
                Clear filters
              </button>
            )}
          </section>
          <p className="result-count" role="status">
            {entries === undefined ? 'Loading…' : describeCount(matching ?? entries.length, filter)}
          </p>
          {entries && personNames && entries.length > 0 && (
            <EntryList entries={entries} personNames={personNames} hasMore={hasMore} onEndReached={loadMore} />
          )}
          {entries && entries.length === 0 && (
            <div className="empty-state">
              <p>No entries match these filters.</p>
              <button type="button" onClick={clear}>
                Show all entries
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** "3 entries", or "1 entry · Conversation · Leadership & influence · #mentor" when filtered. */
function describeCount(n: number, filter: EntryFilter): string {
  const parts = [`${n} ${n === 1 ? 'entry' : 'entries'}`];
  if (filter.kind) parts.push(ENTRY_KIND_LABELS[filter.kind]);
  if (filter.skill) parts.push(skillName(filter.skill));
  if (filter.tag) parts.push(`#${filter.tag}`);
  return parts.join(' · ');
}

function EmptyJournal() {
  return (
    <div className="empty-state empty-journal">
      <h2>Start your journal</h2>
      <p>
        Write down what you notice as you work out which product path suits you: a reflection on your week, a conversation with a PM on the
        other side, or a skill you want to build.
      </p>
      <p className="muted">
        Everything stays on this computer. Shortcuts: <kbd>N</kbd> reflection, <kbd>C</kbd> conversation, <kbd>L</kbd> learning goal.
      </p>
      <NewEntryLinks />
    </div>
  );
}
