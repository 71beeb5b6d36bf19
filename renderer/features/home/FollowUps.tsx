import { Link } from 'react-router';
import { markFollowUpDone } from '../../app/commandActions';
import { formatDate } from '../../../shared/dates';
import type { FollowUpItem, FollowUpLike } from '../../../shared/domain/home';
import type { Conversation, Person } from '../../../shared/schemas';
import { saveFailureMessage } from '../../data/saveErrors';
import { useToast } from '../../components/Toast';
import { useCollapsedList } from '../../components/useCollapsedList';

// Follow-ups shown before "Show all": the most urgent.
export const FOLLOW_UPS_SHOWN = 5;

/**
 * The open follow-ups, most urgent first, each with a "Done" button. `items` are every open
 * follow-up (as their path facts say); those shown are the ones whose conversation has been read
 * into `conversations` (the first FOLLOW_UPS_SHOWN, or all once `expanded`).
 */
export function FollowUps({
  items,
  conversations,
  people,
  expanded,
}: {
  items: readonly FollowUpItem<FollowUpLike>[];
  conversations: ReadonlyMap<string, Conversation>;
  people: ReadonlyMap<string, Person>;
  expanded: readonly [boolean, (expanded: boolean) => void];
}) {
  const toast = useToast();
  const { shown, toggle } = useCollapsedList(items, FOLLOW_UPS_SHOWN, 'follow-ups', expanded);
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
        {shown.map(({ conversation: { id }, urgency, label }) => {
          // Not read (yet): a conversation being read after "Show all", or one no longer open.
          const c = conversations.get(id);
          if (!c) return null;
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
