import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { localDate } from '../../../../shared/dates';
import { entryDateErrors, entryDateQuestions, type DateQuestion, type DatedDraft } from '../../../../shared/domain/entryChecks';
import { InputError } from '../../../../shared/errors';
import { ENTRY_KIND_LABELS, type Entry } from '../../../../shared/schemas';
import { revOf } from '../../../../shared/revisions';
import { useFormProblems } from '../../../components/form/useFormProblems';
import { useSafeForm } from '../../../components/form/useSafeForm';
import { useToast } from '../../../components/Toast';
import type { SaveOptions } from '../../../data/revisions';
import { saveFailureMessage } from '../../../data/saveErrors';

/** The saved part of an entry form's value: an entry draft (with the id and revision it edits, if any). */
type EntryPart = { id?: string | undefined; rev?: number | undefined; kind: Entry['kind'] };

/** A record without its updatedAt stamp, kind by kind. */
type Unstamped<E> = E extends unknown ? Omit<E, 'updatedAt'> : never;

/** An entry as a form edits it: the stored record without its updatedAt stamp (its id and revision stay). */
export function entryFormDraft<E extends Entry>(e: E): Unstamped<E> {
  const { updatedAt: _stamp, ...draft } = e;
  return { ...draft, rev: revOf(e) } as Unstamped<E>;
}

/**
 * State shared by the three entry forms: the values being edited, whether they differ from what
 * was loaded, the problems from the last save attempt, Cancel, and a save wrapper that maps an
 * InputError to field messages and, on success, opens the saved entry. Drafts, edits made in
 * other windows and storage-full come from useSafeForm. `select` says where the entry sits in a
 * form value that holds more than the entry (the conversation form).
 */
export function useEntryForm<T extends object>(
  initial: T,
  fallback: string,
  select: { mineOf: (v: T) => EntryPart; adopt: (theirs: Entry, current: T) => T } = {
    mineOf: (v) => v as unknown as EntryPart,
    adopt: (theirs) => entryFormDraft(theirs) as unknown as T,
  },
) {
  const problems = useFormProblems();
  const start = select.mineOf(initial);
  const safe = useSafeForm<T, Entry>({
    initial,
    draftKey: start.id ? `entry:${start.id}` : `entry:new:${start.kind}`,
    record: start.id ? { table: 'entries', id: start.id } : undefined,
    what: 'entry',
    mineOf: select.mineOf,
    adopt: select.adopt,
    whenDeleted: '/journal',
    formRef: problems.formRef,
  });
  const { value, setValue } = safe;
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToast();

  // "Did you mean …?" questions asked at the last save; a date asked about and saved again unchanged is kept.
  const [questions, setQuestions] = useState<readonly DateQuestion[]>([]);
  const set = (patch: Partial<T>) => setValue((v) => ({ ...v, ...patch }));
  // Back to where the person came from; a window opened straight on the form goes to `fallback`.
  const cancel = () => (location.key !== 'default' ? navigate(-1) : navigate(fallback));

  /**
   * Saves through `run` after the checks in context on `dates` (the entry draft): a follow-up
   * before its conversation is refused; an unlikely date is asked about once.
   */
  const attempt = async (run: (options: SaveOptions) => Promise<Entry>, dates?: DatedDraft): Promise<(() => void) | null> => {
    if (dates) {
      const errors = entryDateErrors(dates);
      const asked = entryDateQuestions(dates, localDate(new Date())).filter(
        (q) => !questions.some((old) => old.where === q.where && old.date === q.date),
      );
      if (errors.length || asked.length) {
        setQuestions((old) => [...old, ...asked]);
        problems.report([
          ...errors,
          ...asked.map((q) => ({ where: q.where, message: `${q.message} Correct it, or save again to keep it as entered.` })),
        ]);
        return null;
      }
    }
    try {
      const saved = await safe.save(run);
      if (!saved) return null;
      toast(`${ENTRY_KIND_LABELS[saved.kind]} saved`);
      // Replace the form in history, so Back from the entry goes where the person was before.
      return () => void navigate(`/journal/${saved.id}`, { replace: true });
    } catch (e) {
      if (e instanceof InputError) problems.report(e.problems);
      else toast(saveFailureMessage(e, 'this entry'), { tone: 'error' });
      return null;
    }
  };

  /** The likelier date for a field asked about at the last save (shown as a one-click fix). */
  const suggestionFor = (where: string): string | undefined => {
    const q = questions.findLast((x) => x.where === where);
    return q?.suggestion && problems.errorFor(where) ? q.suggestion : undefined;
  };

  return { value, set, setValue, dirty: safe.dirty, problems, cancel, attempt, suggestionFor, safety: safe };
}
