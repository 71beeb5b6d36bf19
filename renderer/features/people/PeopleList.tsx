import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, localDate } from '../../../shared/dates';
import { filterPeopleRows, peopleRows, sortPeopleRows, type PeopleSort } from '../../../shared/domain/people';
import { PERSON_PATH_LABELS } from '../../../shared/schemas';
import { usePeopleAndConversations } from './usePeople';

const SORT_LABELS: Record<PeopleSort, string> = { name: 'Name', 'last-contact': 'Last contact' };

/** A column header that sorts the table; aria-sort tells screen readers which column is sorted. */
function SortHeader({ sort, current, onSort }: { sort: PeopleSort; current: PeopleSort; onSort: (s: PeopleSort) => void }) {
  const active = sort === current;
  return (
    <th scope="col" aria-sort={active ? (sort === 'name' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {SORT_LABELS[sort]}
        <span aria-hidden="true">{active ? (sort === 'name' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

/** Everyone the person has talked to, with how often and how recently, sortable and filterable. */
export function PeopleList() {
  const data = usePeopleAndConversations();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PeopleSort>('name');
  const today = localDate(new Date());
  const all = useMemo(() => (data ? peopleRows(data.people, data.conversations, today) : []), [data, today]);
  const rows = useMemo(() => sortPeopleRows(filterPeopleRows(all, query), sort), [all, query, sort]);

  return (
    <div className="people">
      <div className="people-head">
        <h1>People</h1>
        <div className="row">
          <Link className="button" to="/people/new">Add a person</Link>
          <Link className="button primary" to="/journal/new/conversation">New conversation</Link>
        </div>
      </div>
      {!data ? null : all.length === 0 ? (
        <div className="card">
          <h2 className="people-empty-title">Nobody here yet</h2>
          <p>
            The PMs and mentors you talk to appear here when you log a conversation with them. Informational
            interviews with people on both paths are one of the best ways to see which suits you.
          </p>
        </div>
      ) : (
        <>
          <div className="row people-tools">
            <label htmlFor="people-filter">Filter</label>
            <input id="people-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, role or company" />
            <span className="muted" role="status">{rows.length === all.length ? `${all.length} ${all.length === 1 ? 'person' : 'people'}` : `${rows.length} of ${all.length} people`}</span>
          </div>
          {rows.length === 0 ? (
            <p>Nobody matches “{query}”.</p>
          ) : (
            <div className="table-scroll">
              <table className="people-table">
                <caption className="visually-hidden">People, sorted by {SORT_LABELS[sort].toLowerCase()}</caption>
                <thead>
                  <tr>
                    <SortHeader sort="name" current={sort} onSort={setSort} />
                    <th scope="col">Role</th>
                    <th scope="col">Company</th>
                    <th scope="col">Path</th>
                    <th scope="col" className="num">Conversations</th>
                    <SortHeader sort="last-contact" current={sort} onSort={setSort} />
                    <th scope="col">Next follow-up</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.person.id}>
                      <th scope="row"><Link to={`/people/${r.person.id}`}>{r.person.name}</Link></th>
                      <td>{r.person.role}</td>
                      <td>{r.person.company}</td>
                      <td>{PERSON_PATH_LABELS[r.person.path]}</td>
                      <td className="num">{r.conversationCount}</td>
                      <td>{r.lastContact ? formatDate(r.lastContact) : <span className="muted">Never</span>}</td>
                      <td>
                        {r.nextFollowUp ? (
                          <span className={r.nextFollowUp < today ? 'people-overdue' : undefined}>
                            {formatDate(r.nextFollowUp)}{r.nextFollowUp < today && ' (overdue)'}
                          </span>
                        ) : <span className="muted">None</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
