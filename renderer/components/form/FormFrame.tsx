import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { fireAndReport } from '../problems';
import type { InputProblem } from '../../../shared/errors';
import type { FormProblems } from './useFormProblems';
import { useUnsavedChanges } from './useUnsavedChanges';
import { ToastSlot } from '../Toast';

/**
 * The frame every edit form shares: heading, a summary of problems no field shows, the fields,
 * Save and Cancel. Ctrl/Cmd+Enter saves from anywhere in the form; Escape cancels. Leaving with
 * unsaved edits asks first. `onSave` resolves to what to do after a successful save (usually a
 * navigation), or null when nothing was saved.
 */
export function FormFrame({
  heading,
  intro,
  problems,
  claimed,
  dirty,
  onSave,
  onCancel,
  saveLabel = 'Save',
  safety,
  children,
}: {
  heading: ReactNode;
  intro?: ReactNode;
  problems: FormProblems;
  /** The field keys the form shows errors for; other problems are listed in the summary. */
  claimed: readonly string[];
  dirty: boolean;
  onSave: () => Promise<(() => void) | null>;
  onCancel: () => void;
  saveLabel?: string;
  /** From useSafeForm: banners above the fields (a draft to restore, a change elsewhere, storage full), the draft status beside the buttons, dialogs. */
  safety?: { banners: ReactNode; draftStatus: ReactNode; dialogs: ReactNode };
  children: ReactNode;
}) {
  const [saving, setSaving] = useState(false);
  const { release, dialog } = useUnsavedChanges(dirty);
  const submit = async () => {
    if (saving) return;
    setSaving(true);
    try {
      const after = await onSave();
      if (after) {
        release();
        after();
        return;
      }
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      fireAndReport(submit(), 'Saving the form');
    } else if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      onCancel();
    }
  };
  const { formRef, problems: list, unclaimed } = problems;
  const count = list.length;
  const others = unclaimed(claimed);
  return (
    <>
      <form
        ref={formRef}
        className="entry-form"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          fireAndReport(submit(), 'Saving the form');
        }}
      >
        <h1>{heading}</h1>
        {intro}
        {safety?.banners}
        {count > 0 && <ProblemSummary count={count} others={others} />}
        {children}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saveLabel}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <span className="muted form-keys" aria-hidden="true">
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
          </span>
          {safety?.draftStatus}
          <ToastSlot />
        </div>
      </form>
      {safety?.dialogs}
      {dialog}
    </>
  );
}

function ProblemSummary({ count, others }: { count: number; others: readonly InputProblem[] }) {
  return (
    <div className="form-problems" role="alert" tabIndex={-1}>
      <p>
        <strong>Not saved yet.</strong> {count === 1 ? 'One thing needs' : `${count} things need`} fixing: see the marked{' '}
        {count === 1 ? 'field' : 'fields'}.
      </p>
      {others.length > 0 && (
        <ul>
          {others.map((p) => (
            <li key={`${p.where}:${p.message}`}>
              {p.where}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
