import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { InputProblem } from '../../../shared/errors';

/** True when a problem at `where` belongs to the field `key` (the field itself, or an item or part of it). */
export function problemBelongsTo(where: string, key: string): boolean {
  return where === key || where.startsWith(`${key}[`) || where.startsWith(`${key}.`);
}

export interface FormProblems {
  /** The form element, so the first invalid control can get focus. */
  formRef: React.RefObject<HTMLFormElement | null>;
  problems: readonly InputProblem[];
  /** Shows these problems and moves focus to the first invalid control. */
  report: (problems: readonly InputProblem[]) => void;
  /** The message for exactly this field path (e.g. `title`, `milestones[2].title`). */
  errorFor: (key: string) => string | undefined;
  /** The first message for this field or anything inside it (e.g. `tags` covers `tags[3]`). */
  errorUnder: (key: string) => string | undefined;
  /** Problems that none of these field keys shows (they go in the form's summary). */
  unclaimed: (keys: readonly string[]) => InputProblem[];
}

/**
 * The problems of a form, keyed by the zod issue path (see `problemsFromZod`). After a failed
 * save, focus moves to the first control marked aria-invalid, in document order, which is the
 * order the person reads the form in.
 */
export function useFormProblems(): FormProblems {
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<readonly InputProblem[]>([]);
  const focusPending = useRef(false);
  // Layout effect: focus moves in the same commit that marks the fields, before anything else runs.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const form = formRef.current;
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-problems');
    first?.focus();
  }, [problems]);
  const report = useCallback((next: readonly InputProblem[]) => {
    focusPending.current = next.length > 0;
    setProblems(next);
  }, []);
  return useMemo(
    () => ({
      formRef,
      problems,
      report,
      errorFor: (key: string) => problems.find((p) => p.where === key)?.message,
      errorUnder: (key: string) => problems.find((p) => problemBelongsTo(p.where, key))?.message,
      unclaimed: (keys: readonly string[]) => problems.filter((p) => !keys.some((k) => problemBelongsTo(p.where, k))),
    }),
    [problems, report],
  );
}
