import { useId, useRef, useState } from 'react';
import type { Milestone } from '../../../../shared/schemas';
import { newId } from '../../../data/ids';
import { TextField } from '../../../components/form/Field';
import { moveItem, setMilestoneDone } from '../lists';

/**
 * A goal's milestones: add, rename, tick off (which records `today` as the done date, editable),
 * remove, and move up or down. Errors are looked up by path, e.g. `milestones[1].title`.
 */
export function MilestonesEditor({
  milestones,
  onChange,
  errorFor,
  today,
}: {
  milestones: readonly Milestone[];
  onChange: (milestones: Milestone[]) => void;
  errorFor: (path: string) => string | undefined;
  today: string;
}) {
  const [draft, setDraft] = useState('');
  const addId = useId();
  const addInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const update = (i: number, patch: Partial<Milestone>) => onChange(milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const add = () => {
    const title = draft.trim();
    if (!title) return;
    onChange([...milestones, { id: newId(), title, done: false }]);
    setDraft('');
  };
  const remove = (i: number) => {
    onChange(milestones.filter((_, j) => j !== i));
    // Keep focus in the list: on the row that moved up into this place, or on the add box.
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll<HTMLInputElement>('input[type="text"]');
      (rows?.[Math.min(i, (rows?.length ?? 1) - 1)] ?? addInput.current)?.focus();
    });
  };
  const move = (i: number, delta: number) => onChange(moveItem(milestones, i, delta));

  return (
    <fieldset className="list-editor milestones-editor">
      <legend>Milestones</legend>
      {milestones.length === 0 && <p className="muted">Break the goal into steps you can tick off.</p>}
      <ol ref={list}>
        {milestones.map((m, i) => {
          const name = m.title.trim() || `milestone ${i + 1}`;
          return (
            <li key={m.id} className={`list-editor-row${m.done ? ' is-done' : ''}`}>
              <label className="choice milestone-done">
                <input
                  type="checkbox"
                  checked={m.done}
                  onChange={(e) => onChange(setMilestoneDone(milestones, m.id, e.target.checked, today))}
                />
                <span className="visually-hidden">{`Done: ${name}`}</span>
              </label>
              <TextField
                label={`Milestone ${i + 1}`}
                value={m.title}
                onChange={(title) => update(i, { title })}
                error={errorFor(`milestones[${i}].title`)}
                className="field-grow"
              />
              {m.done ? (
                <TextField
                  label="Done on"
                  type="date"
                  value={m.doneDate ?? ''}
                  onChange={(d) => update(i, { doneDate: d || undefined })}
                  error={errorFor(`milestones[${i}].doneDate`)}
                  className="field-date"
                />
              ) : (
                <TextField
                  label="Due by"
                  type="date"
                  value={m.dueDate ?? ''}
                  onChange={(d) => update(i, { dueDate: d || undefined })}
                  error={errorFor(`milestones[${i}].dueDate`)}
                  className="field-date"
                />
              )}
              <div className="list-editor-buttons">
                <button type="button" className="icon" aria-label={`Move ${name} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={`Move ${name} down`}
                  disabled={i === milestones.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button type="button" className="icon danger" aria-label={`Remove ${name}`} onClick={() => remove(i)}>
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="row list-editor-add">
        <label htmlFor={addId} className="visually-hidden">
          New milestone
        </label>
        <input
          id={addId}
          ref={addInput}
          type="text"
          value={draft}
          placeholder="New milestone, e.g. Finish a pricing course"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the milestone here; it must not submit the whole form.
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()}>
          Add milestone
        </button>
      </div>
      {errorFor('milestones') && <p className="error">{errorFor('milestones')}</p>}
    </fieldset>
  );
}
