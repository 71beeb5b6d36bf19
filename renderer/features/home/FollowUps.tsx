import { Link } from 'react-router';
import { markFollowUpDone } from '../../app/commandActions';
import { formatDate } from '../../../shared/dates';
import type { FollowUpItem } from '../../../shared/domain/home';
import type { Conversation, Person } from '../../../shared/schemas';
import { saveFailureMessage } from '../../data/saveErrors';
import { useToast } from '../../components/Toast';
import { useCollapsedList } from '../../components/useCollapsedList';

// Follow-ups shown before "Show all": the most urgent.
const SHOWN = 5;

/** The open follow-ups, most urgent first, each with a "Done" button. */
export function FollowUps({ items, people }: { items: readonly FollowUpItem[]; people: ReadonlyMap<string, Person> }) {
  const toast = useToast();
  const { shown, toggle } = useCollapsedList(items, SHOWN, 'follow-ups');
  if (!items.length)
    return <p className="muted">No follow-ups waiting. When you log a conversation you can set a date to get back in touch.</p>;

  async function done(c: Conversation, name: string) {
    try {
      await markFollowUpDone(c, name, toast);
    } catch (e) {
      toast(saveFailureMessage(e, 'the follow-up'), { tone: 'error' });
    }
  }

  return (
    <>
      <ul className="home-follow-ups">
        {shown.map(({ conversation: c, urgency, label }) => {
          const name = people.get(c.personId)?.name ?? 'someone no longer in People';
          return (
            <li key={c.id} className={`home-follow-up home-follow-up-${urgency}`}>
              <span className={`home-due-badge home-due-${urgency}`}>{label}</span>
              <div className="home-follow-up-body">
                <Link to={`/journal/${c.id}`}>
                  Follow up with <span dir="auto">{name}</span>
                </Link>
                <span className="muted">
                  {c.followUpNote ? `${c.followUpNote} · ` : ''}due {formatDate(c.followUpDate!)}
                </span>
              </div>
              <button type="button" onClick={() => void done(c, name)} aria-label={`Mark follow-up with ${name} done`}>
                Done
              </button>
            </li>
          );
        })}
      </ul>
      {toggle}
    </>
  );
}
