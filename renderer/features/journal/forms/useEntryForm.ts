import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
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

  const set = (patch: Partial<T>) => setValue((v) => ({ ...v, ...patch }));
  // Back to where the person came from; a window opened straight on the form goes to `fallback`.
  const cancel = () => (location.key !== 'default' ? navigate(-1) : navigate(fallback));

  const attempt = async (run: () => Promise<Entry>): Promise<(() => void) | null> => {
    try {
      const saved = await run();
      toast(`${ENTRY_KIND_LABELS[saved.kind]} saved`);
      // Replace the form in history, so Back from the entry goes where the person was before.
      return () => void navigate(`/journal/${saved.id}`, { replace: true });
    } catch (e) {
      if (e instanceof InputError) problems.report(e.problems);
      else toast(`Nothing was saved: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
      return null;
    }
  };

  return { value, set, setValue, dirty, problems, cancel, attempt };
}
