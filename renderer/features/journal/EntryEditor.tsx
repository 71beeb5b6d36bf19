import { useLiveQuery } from '../../data/live';
import { fireAndReport } from '../../components/problems';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../../../shared/schemas';
import { promptById } from '../../../shared/domain/prompts';
import { getEntry, type EntryDraft } from '../../data/repositories/entries';
import { listPeople } from '../../data/repositories/people';
import { EntryNotFound } from './EntryView';
import { ConversationForm } from './forms/ConversationForm';
import { GoalForm } from './forms/GoalForm';
import { ReflectionForm } from './forms/ReflectionForm';
import { today } from '../../data/clock';
import { entryFormDraft } from './forms/useEntryForm';

/** A blank entry of each kind, dated today. */
export function blankEntry<K extends EntryKind>(kind: K, date: string): Extract<EntryDraft, { kind: K }> {
  const base = { date, skills: [], tags: [] };
  const drafts: { [k in EntryKind]: Extract<EntryDraft, { kind: k }> } = {
    reflection: { ...base, kind: 'reflection', title: '', body: '' },
    conversation: {
      ...base,
      kind: 'conversation',
      personId: '',
      conversationKind: 'informational',
      notes: '',
      takeaways: '',
      followUpDone: false,
    },
    goal: { ...base, kind: 'goal', title: '', why: '', status: 'active', milestones: [], resources: [], progressNotes: '' },
  };
  return drafts[kind];
}

/** /journal/new/:kind */
export function NewEntry() {
  const { kind } = useParams();
  const [params] = useSearchParams();
  if (!(ENTRY_KINDS as readonly string[]).includes(kind ?? '')) return <EntryNotFound />;
  const draft = blankEntry(kind as EntryKind, today());
  // "New conversation with <name>" on a person's page passes ?person=<id>; the form only
  // preselects it when that person exists (see EntryFormFor).
  const personId = params.get('person');
  if (draft.kind === 'conversation' && personId) draft.personId = personId;
  // A reflection reminder opens ?prompt=<id>: the new reflection starts with that question.
  const prompt = promptById(params.get('prompt') ?? '');
  if (draft.kind === 'reflection' && prompt) Object.assign(draft, { title: prompt.text, promptId: prompt.id });
  // A key per kind: pressing C while on a new reflection starts a fresh conversation form.
  return <EntryFormFor key={`${kind}-${prompt?.id ?? ''}`} draft={draft} isNew />;
}

/** /journal/:id/edit: loads the entry once (later changes elsewhere do not overwrite what is being typed). */
export function EditEntry() {
  const { id = '' } = useParams();
  const [entry, setEntry] = useState<Entry | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fireAndReport(
      getEntry(id).then((e) => {
        if (live) setEntry(e ?? null);
      }),
      'Opening the entry',
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (entry === undefined) return <p className="muted">Loading…</p>;
  if (entry === null) return <EntryNotFound />;
  return <EntryFormFor key={entry.id} draft={entryFormDraft(entry)} isNew={false} />;
}

function EntryFormFor({ draft, isNew }: { draft: EntryDraft; isNew: boolean }) {
  const people = useLiveQuery(listPeople, []);
  if (draft.kind === 'reflection') return <ReflectionForm initial={draft} isNew={isNew} />;
  if (draft.kind === 'goal') return <GoalForm initial={draft} isNew={isNew} />;
  // The conversation form decides between "pick" and "add" from the people list, so wait for it.
  if (people === undefined) return <p className="muted">Loading…</p>;
  const known = people.some((p) => p.id === draft.personId);
  return <ConversationForm initial={known ? draft : { ...draft, personId: '' }} isNew={isNew} people={people} />;
}
