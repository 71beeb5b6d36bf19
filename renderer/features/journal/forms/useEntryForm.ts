import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { localDate } from '../../../../shared/dates';
import { entryDateErrors, entryDateQuestions, type DateQuestion, type DatedDraft } from '../../../../shared/domain/entryChecks';
import { InputError } from '../../../../shared/errors';
import { ENTRY_KIND_LABELS, type Entry } from '../../../../shared/schemas';
import { useFormProblems } from '../../../components/form/useFormProblems';
import { useToast } from '../../../components/Toast';

/**
 * State shared by the three entry forms: the values being edited, whether they differ from what
 * was loaded, the problems from the last save attempt, Cancel, and a save wrapper that maps an
 * InputError to field messages and, on success, opens the saved entry.
 */
export function useEntryForm<T extends object>(initial: T, fallback: string) {
  const [value, setValue] = useState(initial);
  const [initialJson] = useState(() => JSON.stringify(initial));
  const dirty = useMemo(() => JSON.stringify(value) !== initialJson, [value, initialJson]);
  const problems = useFormProblems();
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
  const attempt = async (run: () => Promise<Entry>, dates?: DatedDraft): Promise<(() => void) | null> => {
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
      const saved = await run();
      toast(`${ENTRY_KIND_LABELS[saved.kind]} saved`);
      // Replace the form in history, so Back from the entry goes where the person was before.
      return () => navigate(`/journal/${saved.id}`, { replace: true });
    } catch (e) {
      if (e instanceof InputError) problems.report(e.problems);
      else toast(`Nothing was saved: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
      return null;
    }
  };

  /** The likelier date for a field asked about at the last save (shown as a one-click fix). */
  const suggestionFor = (where: string): string | undefined => {
    const q = questions.findLast((x) => x.where === where);
    return q?.suggestion && problems.errorFor(where) ? q.suggestion : undefined;
  };

  return { value, set, setValue, dirty, problems, cancel, attempt, suggestionFor };
}
