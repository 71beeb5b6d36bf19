import { Link } from 'react-router';
import { formatDate } from '../../../../shared/dates';
import { CONVERSATION_KIND_LABELS, PERSON_PATH_LABELS, type Conversation, type Person } from '../../../../shared/schemas';
import { patchEntry } from '../../../data/repositories/entries';
import { saveFailureMessage } from '../../../data/saveErrors';
import { useToast } from '../../../components/Toast';
import { ENERGY_LABELS } from '../labels';
import { Facts, skillAndTagRows } from './Facts';
import { TextSection } from './TextSection';
import { useOptimisticValue } from './useOptimisticValue';

/** A conversation: who, what kind, notes, takeaways, and the follow-up with its done toggle. */
export function ConversationBody({ entry, person }: { entry: Conversation; person: Person | undefined }) {
  const toast = useToast();
  const [followUpDone, setPending] = useOptimisticValue(entry.followUpDone, entry.updatedAt);
  const setFollowUpDone = (done: boolean) => {
    setPending(done);
    patchEntry(entry.id, { before: { followUpDone: !done }, after: { followUpDone: done } }).catch((e: unknown) => {
      setPending(null);
      toast(saveFailureMessage(e, 'the follow-up'), { tone: 'error' });
    });
  };
  const who = person ? (
    <>
      <Link to={`/people/${person.id}`} dir="auto">
        {person.name}
      </Link>
      {describePerson(person)}
    </>
  ) : (
    <span className="muted">No longer in People</span>
  );
  return (
    <>
      <Facts
        rows={[
          ['With', who],
          ['Kind', CONVERSATION_KIND_LABELS[entry.conversationKind]],
          ['Energy', entry.energy ? `${entry.energy} of 5 · ${ENERGY_LABELS[entry.energy]}` : null],
          ...skillAndTagRows(entry),
        ]}
      />
      {(entry.followUpDate || entry.followUpNote) && (
        <section className={`follow-up card${followUpDone ? ' is-done' : ''}`} aria-labelledby="follow-up-heading">
          <h2 id="follow-up-heading">Follow-up</h2>
          <p>
            {entry.followUpDate && (
              <>
                By <time dateTime={entry.followUpDate}>{formatDate(entry.followUpDate)}</time>
              </>
            )}
            {entry.followUpDate && entry.followUpNote && ': '}
            {entry.followUpNote}
          </p>
          <label className="choice">
            <input type="checkbox" checked={followUpDone} onChange={(e) => setFollowUpDone(e.target.checked)} />
            <span>Mark follow-up done</span>
          </label>
        </section>
      )}
      <TextSection heading="Notes" source={entry.notes} />
      <TextSection heading="Key takeaways" source={entry.takeaways} />
    </>
  );
}

function describePerson(p: Person): string {
  const work = [p.role, p.company].filter(Boolean).join(', ');
  const path = p.path !== 'unknown' ? PERSON_PATH_LABELS[p.path] : '';
  const parts = [work, path].filter(Boolean);
  return parts.length ? ` (${parts.join(' · ')})` : '';
}
