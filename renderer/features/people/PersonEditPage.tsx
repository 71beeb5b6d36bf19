import { useLiveQuery } from '../../data/live';
import { Link, useNavigate } from 'react-router';
import { likelyDuplicates } from '../../../shared/domain/people';
import { InputError } from '../../../shared/errors';
import type { Person } from '../../../shared/schemas';
import { getPerson, savePerson, type PersonDraft } from '../../data/repositories/people';
import { TextAreaField, TextField } from '../../components/form/Field';
import { FormFrame } from '../../components/form/FormFrame';
import { useFormProblems } from '../../components/form/useFormProblems';
import { useToast } from '../../components/Toast';
import { useSafeForm } from '../../components/form/useSafeForm';
import { saveFailureMessage } from '../../data/saveErrors';
import { revOf } from '../../../shared/revisions';
import { PersonNotFound } from './PersonNotFound';
import { StayInTouchField } from '../../components/stayInTouch/StayInTouchField';
import { usePeople } from './usePeople';
import {
  PERSON_FIELD_KEYS,
  PersonFields,
  emptyPersonFields,
  personDraftFrom,
  personFieldsFrom,
  type PersonFieldsValue,
} from '../../components/form/PersonFields';

interface PersonForm {
  fields: PersonFieldsValue;
  email: string;
  notes: string;
  /** The stored revision this form edits (absent for a new person). */
  rev?: number;
  stayInTouchWeeks?: number;
}

const CLAIMED = [...PERSON_FIELD_KEYS, 'email', 'notes', 'stayInTouchWeeks'];

/** What the form does not edit but must keep (id, createdAt, connectedOn); the edited optional fields are dropped so clearing them sticks. */
function storedRest(p: Person | undefined): Pick<PersonDraft, 'id' | 'createdAt' | 'connectedOn'> {
  return p ? { id: p.id, createdAt: p.createdAt, ...(p.connectedOn ? { connectedOn: p.connectedOn } : {}) } : {};
}

function formFrom(p: Person | undefined): PersonForm {
  return p
    ? {
        fields: personFieldsFrom(p),
        email: p.email ?? '',
        notes: p.notes ?? '',
        rev: revOf(p),
        stayInTouchWeeks: p.stayInTouchWeeks,
      }
    : { fields: emptyPersonFields(), email: '', notes: '' };
}

/** Edit a person (`id` given) or add one to People; waits for the stored person before showing the form. */
export function PersonEditPage({ id }: { id?: string }) {
  const stored = useLiveQuery(async () => (id ? { person: await getPerson(id) } : { person: undefined }), [id]);
  if (!stored) return null;
  if (id && !stored.person) {
    return <PersonNotFound />;
  }
  return <PersonEditor existing={stored.person} />;
}

/** The person the form would save. */
function draftFrom(existing: Person | undefined, form: PersonForm): PersonDraft {
  const email = form.email.trim();
  const notes = form.notes.trim() ? form.notes : undefined;
  return {
    ...storedRest(existing),
    ...personDraftFrom(form.fields),
    ...(email ? { email } : {}),
    ...(notes ? { notes } : {}),
    ...(form.stayInTouchWeeks !== undefined ? { stayInTouchWeeks: form.stayInTouchWeeks } : {}),
    ...(form.rev !== undefined ? { rev: form.rev } : {}),
  };
}

function PersonEditor({ existing }: { existing: Person | undefined }) {
  const navigate = useNavigate();
  const toast = useToast();
  const problems = useFormProblems();
  const safe = useSafeForm<PersonForm, Person>({
    initial: formFrom(existing),
    draftKey: existing ? `person:${existing.id}` : 'person:new',
    record: existing ? { table: 'people', id: existing.id } : undefined,
    what: 'person',
    mineOf: (v) => draftFrom(existing, v),
    adopt: (theirs) => formFrom(theirs),
    whenDeleted: '/people',
    formRef: problems.formRef,
  });
  const { value: form, setValue: setForm, dirty } = safe;
  const back = existing ? `/people/${existing.id}` : '/people';
  const people = usePeople();
  const twins = people ? likelyDuplicates(people, { id: existing?.id, name: form.fields.name, company: form.fields.company }) : [];

  async function onSave() {
    try {
      const saved = await safe.save((o) => savePerson(draftFrom(existing, form), o));
      if (!saved) return null;
      toast(existing ? `${saved.name} updated` : `${saved.name} added to People`);
      return () => navigate(`/people/${saved.id}`);
    } catch (e) {
      if (!(e instanceof InputError)) {
        toast(saveFailureMessage(e, 'this person'), { tone: 'error' });
        return null;
      }
      problems.report(e.problems);
      return null;
    }
  }

  return (
    <FormFrame
      heading={existing ? `Edit ${existing.name}` : 'Add a person'}
      problems={problems}
      claimed={CLAIMED}
      dirty={dirty}
      onSave={onSave}
      onCancel={() => navigate(back)}
      saveLabel={existing ? 'Save changes' : 'Add person'}
      safety={safe}
    >
      {twins.length > 0 && (
        <div className="card duplicate-warning" role="status">
          <strong>Already in People:</strong>{' '}
          {twins.map((t, i) => (
            <span key={t.id}>
              {i > 0 && ', '}
              <Link to={`/people/${t.id}`}>
                {t.name}
                {t.company ? ` at ${t.company}` : ''}
              </Link>
            </span>
          ))}
          . Open that record instead, or save to keep both (you can merge them later).
        </div>
      )}
      <PersonFields value={form.fields} onChange={(fields) => setForm({ ...form, fields })} errorFor={problems.errorFor} />
      <TextField
        label="Email"
        type="email"
        value={form.email}
        onChange={(email) => setForm({ ...form, email })}
        error={problems.errorFor('email')}
        hint="Optional."
      />
      <TextAreaField
        label="Notes"
        value={form.notes}
        onChange={(notes) => setForm({ ...form, notes })}
        error={problems.errorFor('notes')}
        hint="Anything worth remembering about them: how you met, what they work on."
        rows={4}
      />
      <StayInTouchField
        value={form.stayInTouchWeeks}
        onChange={(stayInTouchWeeks) => setForm({ ...form, stayInTouchWeeks })}
        error={problems.errorFor('stayInTouchWeeks')}
      />
    </FormFrame>
  );
}
