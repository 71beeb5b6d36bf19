import { useLiveQuery } from '../../data/live';
import { useLiveQueryFromStart } from '../../app/startReads';
import { today } from '../../data/clock';
import { pathFitTop, stepProgress, type ConversationLike } from '../../../shared/path';
import { followUpCandidates, planIsEmpty, PLAN_CONTRIBUTION_LIMIT, type PlanInput } from '../../../shared/plan';
import type { LearningGoal } from '../../../shared/schemas';
import { focusSuggestions, skillProgressOfRows } from '../../../shared/skills';
import { listSkillEvidence } from '../../data/aggregates';
import { getEntries } from '../../data/repositories/entries';
import { listPathAnswers } from '../../data/repositories/path';
import { listPathJournal } from '../../data/repositories/pathJournal';
import { listPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';
import { listCheckIns, listTargets } from '../../data/repositories/skills';

/** A conversation with takeaways as the chooser lists it before reading it: from the path facts kept at write time. */
export interface TakeawayOffer {
  id: string;
  date: string;
  personName: string;
}

/** The plan's input without the conversations (read apart, see `useTakeaways`), with those that have takeaways. */
export type PlanInputNow = Omit<PlanInput, 'include' | 'takeaways' | 'includeOverdue' | 'allGoals' | 'conversations'> & {
  /** Every conversation with takeaways, newest first (from the path facts): what the chooser offers. */
  offers: TakeawayOffer[];
};

/** The key of the plan's input read at start (app/startReads.ts). */
export const PLAN_INPUT = 'plan-input';

/**
 * Everything the plan is composed from, except the person's choices and the conversations'
 * takeaways, read once. It reads the derived data kept at write time (skill evidence, path
 * facts) and the goals, not every entry.
 */
export async function readPlanInput(): Promise<PlanInputNow> {
  const [profile, journal, evidence, people, answers, checkIns, targets] = await Promise.all([
    getProfile(),
    listPathJournal(),
    listSkillEvidence(),
    listPeople(),
    listPathAnswers(),
    listCheckIns(),
    listTargets(),
  ]);
  const now = today();
  const names = new Map(people.map((p) => [p.id, p.name]));
  // Open follow-ups from the path facts (dates, done); the notes of only those the plan could list,
  // read while the rest is worked out (the read's round trip is not waited for on its own).
  const conversations = journal.filter((e): e is ConversationLike => e.kind === 'conversation');
  const open = conversations.filter((c) => c.followUpDate && !c.followUpDone);
  const noteEntries = getEntries(followUpCandidates(open, now).map((c) => c.id));
  const progress = skillProgressOfRows(checkIns, targets, evidence, now);
  // Only the contributions a plan lists are worded (thousands at 10,000 entries otherwise).
  const fit = pathFitTop(answers, journal, people, now, PLAN_CONTRIBUTION_LIMIT);
  const steps = stepProgress(journal, people, now);
  const notes = new Map((await noteEntries).map((e) => [e.id, e.kind === 'conversation' ? e.followUpNote : undefined]));
  return {
    profile,
    fit,
    steps,
    skills: progress,
    focus: focusSuggestions(progress, 3, now),
    goals: journal.filter((e): e is LearningGoal => e.kind === 'goal'),
    followUps: open.map((c) => ({
      conversation: { followUpDate: c.followUpDate, followUpDone: c.followUpDone, followUpNote: notes.get(c.id) },
      personName: names.get(c.personId) ?? 'Unknown contact',
    })),
    // The path journal is newest first already.
    offers: conversations.flatMap((e) =>
      'hasTakeaways' in e && e.hasTakeaways ? [{ id: e.id, date: e.date, personName: names.get(e.personId) ?? 'Unknown contact' }] : [],
    ),
    now,
  };
}

/** The plan's input kept live (read at start when the app opens on the plan); undefined while loading. */
export function usePlanInput(): PlanInputNow | undefined {
  return useLiveQueryFromStart(PLAN_INPUT, readPlanInput, []);
}

/** True when nothing in the journal would go in a plan (whichever takeaways are chosen): the screen shows its empty state. */
export function nothingToPlan(input: PlanInputNow): boolean {
  return input.offers.length === 0 && planIsEmpty({ ...input, conversations: [] });
}

/** The takeaways read for a list of ids: `ids` says which list (a live query keeps its last result while it reads the next). */
export interface TakeawayTexts {
  ids: string;
  texts: Map<string, string>;
}

/**
 * The takeaways of the conversations among `ids` that have some, by id; kept live, undefined
 * while the first read runs or while `ids` is undefined. The plan reads the chosen ones before
 * its preview, the chooser the ones it lists (every one once the person searches).
 */
export function useTakeaways(ids: readonly string[] | undefined): TakeawayTexts | undefined {
  const key = ids?.join(',');
  const read = useLiveQuery(async () => {
    if (!ids || key === undefined || ids.length === 0) return undefined;
    const entries = await getEntries(ids);
    const texts = new Map(
      entries.flatMap((e) => (e.kind === 'conversation' && e.takeaways.trim() !== '' ? [[e.id, e.takeaways] as const] : [])),
    );
    return { ids: key, texts };
  }, [key]);
  // None chosen (the default): nothing to read, so the plan does not wait a read for it.
  return ids?.length === 0 ? NO_TAKEAWAYS : read;
}

const NO_TAKEAWAYS: TakeawayTexts = { ids: '', texts: new Map() };
