import { Link } from 'react-router';
import { formatDate, localDate } from '../../../shared/dates';
import { cadenceLabel, stayInTouchLabel, stayInTouchStatuses } from '../../../shared/reminders/cadence';
import { listLastContacts } from '../../data/aggregates';
import type { Person } from '../../../shared/schemas';
import { useLiveQueryFromStart } from '../../app/startReads';
import { HOME_STAY_IN_TOUCH } from './useHomeData';
import { useCollapsedList } from '../../components/useCollapsedList';

const SHOWN = 5;

/**
 * Who has a stay-in-touch cadence and how due each is, kept live, from `everyone` (the people the
 * lean card read: read once they are given; a change to a person reads them again).
 */
export function useStayInTouchData(everyone: readonly Person[] | undefined): StayInTouchData | undefined {
  return useLiveQueryFromStart(HOME_STAY_IN_TOUCH, async () => (everyone ? readStayInTouch(everyone) : undefined), [everyone]);
}

/** How due each of `everyone` with a stay-in-touch cadence is, the most overdue first. */
export async function readStayInTouch(everyone: readonly Person[]) {
  const people = everyone.filter((p) => p.stayInTouchWeeks);
  if (!people.length) return { statuses: [] };
  const today = localDate(new Date());
  const statuses = stayInTouchStatuses(people, await listLastContacts(today), today).sort(
    (a, b) => b.daysOverdue - a.daysOverdue || a.person.name.localeCompare(b.person.name),
  );
  return { statuses };
}

export type StayInTouchData = Awaited<ReturnType<typeof readStayInTouch>>;

/** Home: who is due or overdue a conversation (the most overdue first); nothing when no one has a cadence. */
export function StayInTouchCard({ data }: { data: StayInTouchData }) {
  const due = data.statuses.filter((s) => s.daysOverdue >= 0);
  const { shown, toggle } = useCollapsedList(due, SHOWN, 'people');
  if (!data.statuses.length) return null;
  const next = data.statuses.find((s) => s.daysOverdue < 0);

  return (
    <section className="card" aria-labelledby="home-stay-in-touch">
      <h2 id="home-stay-in-touch">Stay in touch {due.length > 0 && <span className="muted count">({due.length} due)</span>}</h2>
      {due.length === 0 ? (
        <p className="muted">
          Nobody is due a conversation yet.
          {next ? ` Next: ${next.person.name}, ${formatDate(next.dueDate)}.` : ''}
        </p>
      ) : (
        <ul className="stay-in-touch-list">
          {shown.map((s) => (
            <li key={s.person.id}>
              <span className={`home-due-badge ${s.daysOverdue > 0 ? 'home-due-overdue' : 'home-due-today'}`}>
                {stayInTouchLabel(s.daysOverdue)}
              </span>
              <div className="home-follow-up-body">
                <Link to={`/people/${s.person.id}`} dir="auto">
                  {s.person.name}
                </Link>
                <span className="muted">
                  {cadenceLabel(s.weeks)} · {s.lastContact ? `last talked ${formatDate(s.lastContact)}` : 'no conversation yet'}
                </span>
              </div>
              <Link to={`/journal/new/conversation?person=${s.person.id}`} aria-label={`Log a conversation with ${s.person.name}`}>
                Log a conversation
              </Link>
            </li>
          ))}
        </ul>
      )}
      {toggle}
    </section>
  );
}
