import { useLiveQueryFromStart } from '../../app/startReads';
import { PLAN_SECTION_IDS, type PaperSize, type PlanSectionId } from '../../../shared/plan';
import type { PlanPrefs } from '../../../shared/schemas';
import { getPlanPrefs, savePlanPrefs } from '../../data/repositories/settings';

/** The plan's choices with known section ids only. */
export interface PlanChoices {
  sections: PlanSectionId[];
  paper: PaperSize;
  includeOverdue: boolean;
  takeaways: string[];
  /** Every learning goal, not only the current ones. */
  allGoals: boolean;
}

/** US and Canadian English default to Letter, everyone else to A4. */
export function defaultPaper(language: string): PaperSize {
  return language === 'en-US' || language === 'en-CA' ? 'Letter' : 'A4';
}

/** The choices before the person made any: every section, the locale's paper, no overdue follow-ups, no takeaways, the current goals. */
export function defaultChoices(language: string): PlanChoices {
  return { sections: [...PLAN_SECTION_IDS], paper: defaultPaper(language), includeOverdue: false, takeaways: [], allGoals: false };
}

/** Remembered choices as the screen uses them (section ids the app no longer knows are dropped). */
export function choicesFrom(prefs: PlanPrefs | null, language: string): PlanChoices {
  if (!prefs) return defaultChoices(language);
  const known = new Set<string>(PLAN_SECTION_IDS);
  return {
    sections: prefs.sections.filter((s): s is PlanSectionId => known.has(s)),
    paper: prefs.paper,
    includeOverdue: prefs.includeOverdue,
    takeaways: prefs.takeaways,
    allGoals: prefs.allGoals ?? false,
  };
}

/** The key of the plan's remembered choices read at start (app/startReads.ts). */
export const PLAN_PREFS = 'plan-prefs';

/** The plan's remembered choices as stored (null before the person made any). */
export async function readPlanPrefs(): Promise<PlanPrefs | null> {
  return (await getPlanPrefs()) ?? null;
}

/** The plan's remembered choices (undefined while loading; read at start when the app opens on the plan) and a function that saves a change. */
export function usePlanPrefs(): [PlanChoices | undefined, (next: PlanChoices) => Promise<unknown>] {
  const prefs = useLiveQueryFromStart(PLAN_PREFS, readPlanPrefs, []);
  const choices = prefs === undefined ? undefined : choicesFrom(prefs, navigator.language);
  return [choices, (next) => savePlanPrefs(next)];
}
