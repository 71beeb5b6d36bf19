import { useState } from 'react';
import type { Person } from '../../../shared/schemas';
import { Modal } from '../../components/Modal';
import { PersonPicker } from '../../components/form/PersonPicker';
import { plural } from '../../../shared/plural';
import { usePeople } from './usePeople';

/** Everyone but `person` (the people a merge or a move can go to). */
function useOthers(person: Person): Person[] {
  return (usePeople() ?? []).filter((p) => p.id !== person.id);
}

/**
 * Merge `person` into someone else: their conversations move to the chosen person, blanks in the
 * chosen person's details are filled from this one, and this record goes.
 */
export function MergePersonDialog({
  person,
  conversations,
  open,
  onMerge,
  onCancel,
}: {
  person: Person;
  conversations: number;
  open: boolean;
  onMerge: (keepId: string) => void;
  onCancel: () => void;
}) {
  const others = useOthers(person);
  const [keepId, setKeepId] = useState('');
  const [error, setError] = useState<string>();
  const keep = others.find((p) => p.id === keepId);
  return (
    <Modal
      open={open}
      onClose={onCancel}
      title={`Merge ${person.name} into someone else`}
      actions={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => (keepId ? onMerge(keepId) : setError('Choose the person to keep'))}>
            Merge
          </button>
        </>
      }
    >
      <p>
        Use this when {person.name} is in People twice. Choose the record to keep: {plural(conversations, 'conversation')} with{' '}
        {person.name} move to it, details it lacks are filled in from this one, and this record is removed.
      </p>
      {open && (
        <PersonPicker
          label="Keep"
          people={others}
          value={keepId}
          onChange={(id) => {
            setKeepId(id);
            setError(undefined);
          }}
          error={error}
        />
      )}
      {keep && (
        <p className="muted">
          {keep.name} will have {person.name}'s {plural(conversations, 'conversation')} as well as their own.
        </p>
      )}
    </Modal>
  );
}

/**
 * Delete a person. Without conversations: a plain confirmation. With conversations: choose to
 * move them to someone else or delete them too; there is no Delete button that can only fail.
 */
export function DeletePersonDialog({
  person,
  conversations,
  open,
  onDelete,
  onCancel,
}: {
  person: Person;
  conversations: number;
  open: boolean;
  onDelete: (conversations: 'refuse' | 'delete' | { moveTo: string }) => void;
  onCancel: () => void;
}) {
  const others = useOthers(person);
  const [choice, setChoice] = useState<'move' | 'delete'>(others.length ? 'move' : 'delete');
  const [moveTo, setMoveTo] = useState('');
  const [error, setError] = useState<string>();
  const confirm = () => {
    if (!conversations) return onDelete('refuse');
    if (choice === 'delete') return onDelete('delete');
    if (!moveTo) return setError('Choose who the conversations move to');
    onDelete({ moveTo });
  };
  return (
    <Modal
      open={open}
      onClose={onCancel}
      title={`Delete ${person.name}?`}
      actions={
        <>
          <button type="button" autoFocus onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="danger" onClick={confirm}>
            {!conversations
              ? 'Delete person'
              : choice === 'delete'
                ? `Delete person and ${plural(conversations, 'conversation')}`
                : 'Move and delete'}
          </button>
        </>
      }
    >
      {!conversations ? (
        <p>{person.name} will be removed from People. Your journal entries are not affected.</p>
      ) : (
        <fieldset className="field choice-group">
          <legend>
            {person.name} has {plural(conversations, 'conversation')} in your journal. What should happen to{' '}
            {conversations === 1 ? 'it' : 'them'}?
          </legend>
          {others.length > 0 && (
            <label className="choice">
              <input type="radio" name="person-delete" checked={choice === 'move'} onChange={() => setChoice('move')} />
              <span> Move {conversations === 1 ? 'it' : 'them'} to someone else</span>
            </label>
          )}
          {choice === 'move' && open && (
            <PersonPicker
              label="Move to"
              people={others}
              value={moveTo}
              onChange={(id) => {
                setMoveTo(id);
                setError(undefined);
              }}
              error={error}
            />
          )}
          <label className="choice">
            <input type="radio" name="person-delete" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
            <span> Delete {conversations === 1 ? 'it' : 'them'} too (you can undo this for a few seconds)</span>
          </label>
        </fieldset>
      )}
    </Modal>
  );
}
