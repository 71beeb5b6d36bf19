import { InputError, type InputProblem } from '../../../shared/errors';
import { useNavigate, useSearchParams } from 'react-router';
import { useFormProblems, type FormProblems } from '../../components/form/useFormProblems';
import { useToast } from '../../components/Toast';
import { completeOnboardingIfReady } from '../../data/onboarding';
import { useSkillsData } from './useSkillsData';

/**
 * The save step both skills forms share: report problems found in the form, otherwise store,
 * then move first-run setup along. Resolves to what to do next, or null when nothing was saved
 * (the problems are then shown at their fields).
 */
export async function saveWithProblems(
  problems: FormProblems,
  found: readonly InputProblem[],
  store: () => Promise<() => void>,
): Promise<(() => void) | null> {
  if (found.length) {
    problems.report(found);
    return null;
  }
  try {
    const after = await store();
    problems.report([]);
    await completeOnboardingIfReady();
    return after;
  } catch (e) {
    if (e instanceof InputError) {
      problems.report(e.problems);
      return null;
    }
    throw e;
  }
}

/** What both skills forms start from: the data, navigation, toasts, their problems, and whether first-run setup sent the person here. */
export function useSkillsForm() {
  const [params] = useSearchParams();
  return {
    data: useSkillsData(),
    navigate: useNavigate(),
    toast: useToast(),
    problems: useFormProblems(),
    fromOnboarding: params.get('from') === 'onboarding',
  };
}
