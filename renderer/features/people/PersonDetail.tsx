import { useState } from 'react';
import { today as todayOnClock } from '../../data/clock';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../shared/dates';
import { contactSummary } from '../../../shared/domain/people';
import { followUpDue } from '../../../shared/domain/home';
import { InputError } from '../../../shared/errors';
import { CONVERSATION_KIND_LABELS, PERSON_PATH_LABELS, type Conversation, type Person } from '../../../shared/schemas';
import { deletePerson, mergePeople, restorePerson, type PersonConversations } from '../../data/repositories/people';
import { plural } from '../../../shared/plural';
import { DeletePersonDialog, MergePersonDialog } from './PersonDialogs';
import { ExternalLink } from '../../components/form/ExternalLink';
import { useToast } from '../../components/Toast';
import { PersonNotFound } from './PersonNotFound';
import { entryExcerpt } from '../../components/entryText';
import { usePerson } from './usePeople';

/** One person: who they are, what was said in each conversation, and what to do next. */
export function PersonDetail({ id }: { id: string }) {
  const data = usePerson(id);
  if (!data) return null;
  if (!data.person) {
    return <PersonNotFound />;
  }
  return <PersonView person={data.person} conversations={data.conversations} />;
}

function PersonView({ person, conversations }: { person: Person; conversations: Conversation[] }) {
  const navigate = useNavigate();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [merging, setMerging] = useState(false);
  const [refusal, setRefusal] = useState('');
  const today = todayOnClock();
  const summary = contactSummary(person, conversations, today);
  const subtitle = [person.role, person.company].filter(Boolean).join(' at ');

  async function remove(what: PersonConversations) {
    setConfirming(false);
    try {
      const { person: removed, deletedEntries } = await deletePerson(person.id, what);
      void navigate(typeof what === 'object' ? `/people/${what.moveTo}` : '/people');
      const moved = typeof what === 'object' ? ` and ${plural(conversations.length, 'conversation')} moved` : '';
      const gone = deletedEntries.length ? ` with ${plural(deletedEntries.length, 'conversation')}` : '';
      toast(`${person.name} removed from People${gone}${moved}`, {
        ...(removed && !moved
          ? {
              action: {
                label: 'Undo',
                run: () => {
                  restorePerson(removed, deletedEntries).then(
                    () => toast(`${removed.name} restored`),
                    (err: unknown) => toast(`${removed.name} could not be restored: ${String(err)}`, { tone: 'error' }),
                  );
                },
              },
            }
          : {}),
      });
    } catch (e) {
      const why = e instanceof InputError ? e.problems.map((p) => p.message).join('; ') : String(e);
      setRefusal(`${person.name} can't be deleted: ${why}.`);
    }
  }

  async function merge(keepId: string) {
    setMerging(false);
    try {
      const { person: kept, moved } = await mergePeople(keepId, person.id);
      void navigate(`/people/${kept.id}`);
      toast(`${person.name} merged into ${kept.name}: ${plural(moved, 'conversation')} moved`);
    } catch (e) {
      const why = e instanceof InputError ? e.problems.map((p) => p.message).join('; ') : String(e);
      setRefusal(`${person.name} can't be merged: ${why}.`);
    }
  }

  return (
    <div className="person">
      <p className="breadcrumb">
        <Link to="/people">People</Link>
      </p>
      <div className="title-row person-head">
        <div>
          <h1 dir="auto">{person.name}</h1>
          {subtitle && (
            <p className="person-subtitle" dir="auto">
              {subtitle}
            </p>
          )}
          <span className="chip">{PERSON_PATH_LABELS[person.path]}</span>
        </div>
        <div className="row person-actions">
          <Link className="button primary" to={`/journal/new/conversation?person=${encodeURIComponent(person.id)}`}>
            New conversation with {person.name}
          </Link>
          <Link className="button" to={`/people/${person.id}/edit`}>
            Edit
          </Link>
          <button type="button" onClick={() => setMerging(true)}>
            Merge…
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setRefusal('');
              setConfirming(true);
            }}
          >
            Delete
          </button>
        </div>
      </div>
      {refusal && (
        <p className="person-refusal" role="alert">
          {refusal}
        </p>
      )}

      <dl className="person-facts card">
        <div>
          <dt>Conversations</dt>
          <dd>{summary.conversationCount}</dd>
        </div>
        <div>
          <dt>Last contact</dt>
          <dd>{summary.lastContact ? formatDate(summary.lastContact) : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Next follow-up</dt>
          <dd>
            {summary.nextFollowUp
              ? `${formatDate(summary.nextFollowUp)} (${followUpDue(summary.nextFollowUp, today).label})`
              : 'None planned'}
          </dd>
        </div>
        {person.profileUrl && (
          <div>
            <dt>Profile</dt>
            <dd>
              <ExternalLink href={person.profileUrl}>{shortUrl(person.profileUrl)}</ExternalLink>
            </dd>
          </div>
        )}
        {person.email && (
          <div>
            <dt>Email</dt>
            <dd>{person.email}</dd>
          </div>
        )}
        {person.connectedOn && (
          <div>
            <dt>Connected</dt>
            <dd>{formatDate(person.connectedOn)}</dd>
          </div>
        )}
      </dl>
      {person.notes && (
        <section aria-labelledby="person-notes">
          <h2 id="person-notes">Notes</h2>
          <p className="person-notes" dir="auto">
            {person.notes}
          </p>
        </section>
      )}

      <section aria-labelledby="person-conversations">
        <h2 id="person-conversations">Conversations</h2>
        {conversations.length === 0 ? (
          <p className="muted">No conversations with {person.name} logged yet.</p>
        ) : (
          <ol className="person-conversations">
            {conversations.map((c) => (
              <li key={c.id} className="card">
                <div className="conv-head">
                  <Link to={`/journal/${c.id}`}>
                    {CONVERSATION_KIND_LABELS[c.conversationKind]}, {formatDate(c.date)}
                  </Link>
                  {c.followUpDate && (
                    <span className={c.followUpDone ? 'muted' : c.followUpDate < today ? 'people-overdue' : undefined}>
                      Follow-up {formatDate(c.followUpDate)}: {c.followUpDone ? 'done' : followUpDue(c.followUpDate, today).label}
                    </span>
                  )}
                </div>
                {entryExcerpt(c) && (
                  <p className="conv-text" dir="auto">
                    {entryExcerpt(c)}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <DeletePersonDialog
        person={person}
        conversations={conversations.length}
        open={confirming}
        onDelete={(what) => void remove(what)}
        onCancel={() => setConfirming(false)}
      />
      <MergePersonDialog
        person={person}
        conversations={conversations.length}
        open={merging}
        onMerge={(keepId) => void merge(keepId)}
        onCancel={() => setMerging(false)}
      />
    </div>
  );
}

/** A link without its scheme and trailing slash, for display. */
function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
