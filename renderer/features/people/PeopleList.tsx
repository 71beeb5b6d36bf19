import { today as todayOnClock } from '../../data/clock';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import {
  dueToKeepInTouch,
  filterPeopleRows,
  peopleRowsOfSummaries,
  sortPeopleRows,
  type PeopleSort,
  type PersonRow,
} from '../../../shared/domain/people';
import { StayInTouchCell } from '../../components/stayInTouch/StayInTouchCell';
import { PERSON_PATHS, PERSON_PATH_LABELS, type PersonPath } from '../../../shared/schemas';
import { VirtualTable } from '../../components/VirtualList';
import { usePeople, usePersonSummaries } from './usePeople';

const SORT_LABELS: Record<PeopleSort, string> = {
  name: 'Name',
  'last-contact': 'Last contact',
  'next-follow-up': 'Next follow-up',
  'touch-due': 'Keep in touch',
  path: 'Path',
};
const PATH_FILTERS = [{ value: '', label: 'Any path' }, ...PERSON_PATHS.map((p) => ({ value: p, label: PERSON_PATH_LABELS[p] }))];

/** What the list says when no row passes the filters. */
function noMatchText(query: string, path: PersonPath | '', withFollowUp: boolean, onlyDue: boolean): string {
  if (onlyDue && !query && !path && !withFollowUp) return 'Nobody is due a conversation.';
  const words = query ? ` “${query}”` : '';
  const onPath = path ? ` on the path ${PERSON_PATH_LABELS[path]}` : '';
  const followUp = withFollowUp ? ' with an open follow-up' : '';
  return `Nobody matches${words}${onPath}${followUp}${onlyDue ? ' among those due' : ''}.`;
}

/** A column header that sorts the table; aria-sort tells screen readers which column is sorted. */
function SortHeader({ sort, current, onSort }: { sort: PeopleSort; current: PeopleSort; onSort: (s: PeopleSort) => void }) {
  const active = sort === current;
  return (
    <th scope="col" aria-sort={active ? (sort === 'last-contact' ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {SORT_LABELS[sort]}
        <span aria-hidden="true">{active ? (sort === 'last-contact' ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

/** Everyone the person has talked to, with how often and how recently, sortable and filterable. */
export function PeopleList() {
  const people = usePeople();
  // The people show at once; how often and how recently each was talked to fills in when the
  // summaries have been read (sorting by last contact waits for them).
  const summaries = usePersonSummaries();
  const summarised = summaries !== undefined;
  const [query, setQuery] = useState('');
  const [onlyDue, setOnlyDue] = useState(false);
  const [sort, setSort] = useState<PeopleSort>('name');
  const [path, setPath] = useState<PersonPath | ''>('');
  const [withFollowUp, setWithFollowUp] = useState(false);
  // Sorts that read the conversations wait for them.
  const shownSort = summarised || sort === 'path' ? sort : 'name';
  const today = todayOnClock();
  const all = useMemo(() => (people ? peopleRowsOfSummaries(people, summaries ?? new Map(), today) : []), [people, summaries, today]);
  // Filtering thousands of rows per keystroke may lag behind the typing, never block it.
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => {
    const matching = filterPeopleRows(all, deferredQuery, { path: path || undefined, withFollowUp });
    return sortPeopleRows(onlyDue && summarised ? dueToKeepInTouch(matching, today) : matching, shownSort);
  }, [all, deferredQuery, path, withFollowUp, shownSort, onlyDue, summarised, today]);

  return (
    <div className="people">
      <div className="title-row people-head">
        <h1>People</h1>
        <div className="row">
          <Link className="button" to="/people/new">
            Add a person
          </Link>
          <Link className="button primary" to="/journal/new/conversation">
            New conversation
          </Link>
        </div>
      </div>
      {!people ? null : all.length === 0 ? (
        <div className="card">
          <h2 className="people-empty-title">Nobody here yet</h2>
          <p>
            The PMs and mentors you talk to appear here when you log a conversation with them. Informational interviews with people on both
            paths are one of the best ways to see which suits you.
          </p>
        </div>
      ) : (
        <>
          <div className="row people-tools">
            <label htmlFor="people-filter">Filter</label>
            <input
              id="people-filter"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Name, role or company"
            />
            <label htmlFor="people-path">Path</label>
            <select id="people-path" value={path} onChange={(e) => setPath(e.target.value as PersonPath | '')}>
              {PATH_FILTERS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <label className="choice">
              <input type="checkbox" checked={withFollowUp} onChange={(e) => setWithFollowUp(e.target.checked)} />
              <span> Open follow-up</span>
            </label>
            <label className="choice">
              <input type="checkbox" checked={onlyDue} onChange={(e) => setOnlyDue(e.target.checked)} />
              <span>Only people due to keep in touch</span>
            </label>
            <span className="muted" role="status">
              {rows.length === all.length
                ? `${all.length} ${all.length === 1 ? 'person' : 'people'}`
                : `${rows.length} of ${all.length} people`}
            </span>
          </div>
          {rows.length === 0 ? (
            <p>{noMatchText(query, path, withFollowUp, onlyDue)}</p>
          ) : (
            <PeopleTable rows={rows} sort={shownSort} onSort={setSort} today={today} summarised={summarised} />
          )}
        </>
      )}
    </div>
  );
}

/**
 * The people as a table that renders only the rows in view (plus a few), so thousands of people
 * stay smooth (the shared VirtualTable: aria-rowcount and aria-rowindex, sticky header, Tab
 * through the names' links).
 */
function PeopleTable({
  rows,
  sort,
  onSort,
  today,
  summarised,
}: {
  rows: readonly PersonRow[];
  sort: PeopleSort;
  onSort: (s: PeopleSort) => void;
  today: string;
  summarised: boolean;
}) {
  return (
    <VirtualTable
      rows={rows}
      getKey={(r) => r.person.id}
      className="people-scroll"
      caption={`People, sorted by ${SORT_LABELS[sort].toLowerCase()}`}
      columnCount={8}
      tableAttributes={{ className: 'people-table', 'aria-busy': !summarised, 'data-summarised': summarised }}
      header={
        <>
          <SortHeader sort="name" current={sort} onSort={onSort} />
          <th scope="col">Role</th>
          <th scope="col">Company</th>
          <SortHeader sort="path" current={sort} onSort={onSort} />
          <th scope="col" className="num">
            Conversations
          </th>
          <SortHeader sort="last-contact" current={sort} onSort={onSort} />
          <SortHeader sort="next-follow-up" current={sort} onSort={onSort} />
          <SortHeader sort="touch-due" current={sort} onSort={onSort} />
        </>
      }
      renderCells={(r) => (
        <>
          <th scope="row">
            <Link to={`/people/${r.person.id}`} dir="auto">
              {r.person.name}
            </Link>
          </th>
          <td dir="auto">{r.person.role}</td>
          <td dir="auto">{r.person.company}</td>
          <td>{PERSON_PATH_LABELS[r.person.path]}</td>
          {summarised ? <ContactCells row={r} today={today} /> : <PendingCells />}
        </>
      )}
    />
  );
}

/** How often, how recently and when next: the row's last three cells. */
function ContactCells({ row: r, today }: { row: PersonRow; today: string }) {
  return (
    <>
      <td className="num">{r.conversationCount}</td>
      <td>{r.lastContact ? formatDate(r.lastContact) : <span className="muted">Never</span>}</td>
      <td>
        {r.nextFollowUp ? (
          <span className={r.nextFollowUp < today ? 'people-overdue' : undefined}>
            {formatDate(r.nextFollowUp)}
            {r.nextFollowUp < today && ' (overdue)'}
          </span>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
      <StayInTouchCell person={r.person} lastContact={r.lastContact} today={today} />
    </>
  );
}

/** The last three cells while the conversations are still being read. */
function PendingCells() {
  const cell = (
    <>
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">Loading</span>
    </>
  );
  return (
    <>
      <td className="num muted">{cell}</td>
      <td className="muted">{cell}</td>
      <td className="muted">{cell}</td>
      <td className="muted">{cell}</td>
    </>
  );
}
