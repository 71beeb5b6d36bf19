import { useLiveQuery } from '../../data/live';
import { today } from '../../data/clock';
import { pathFit, stepProgress } from '../../../shared/path';
import type { PlanConversationInput, PlanInput } from '../../../shared/plan';
import type { Conversation, LearningGoal } from '../../../shared/schemas';
import { evidenceOfRows, focusSuggestions, skillProgress } from '../../../shared/skills';
import { listSkillEvidence } from '../../data/aggregates';
import { getEntries, openFollowUps } from '../../data/repositories/entries';
import { listPathAnswers } from '../../data/repositories/path';
import { listPathJournal } from '../../data/repositories/pathJournal';
import { listPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';
import { listCheckIns, listTargets } from '../../data/repositories/skills';

/** The plan's input without the conversations (read apart, see `useTakeaways`), with the ids of those that have takeaways. */
export type PlanInputNow = Omit<PlanInput, 'include' | 'takeaways' | 'includeOverdue' | 'conversations'> & {
  /** Ids of every conversation with takeaways (from the path facts): what the chooser offers. */
  takeawayIds: string[];
};

/**
 * Everything the plan is composed from, except the person's choices and the conversations'
 * takeaways; kept live, undefined while loading. It reads the derived data kept at write time
 * (skill evidence, path facts) and the goals, not every entry.
 */
export function usePlanInput(): PlanInputNow | undefined {
  return useLiveQuery(async () => {
    const [profile, journal, evidence, people, answers, followUps, checkIns, targets] = await Promise.all([
      getProfile(),
      listPathJournal(),
      listSkillEvidence(),
      listPeople(),
      listPathAnswers(),
      openFollowUps(),
      listCheckIns(),
      listTargets(),
    ]);
    const now = today();
    const names = new Map(people.map((p) => [p.id, p.name]));
    const progress = skillProgress(checkIns, targets, evidenceOfRows(evidence), now);
    return {
      profile,
      fit: pathFit(answers, journal, people, now),
      steps: stepProgress(journal, people, now),
      skills: progress,
      focus: focusSuggestions(progress, 3, now),
      goals: journal.filter((e): e is LearningGoal => e.kind === 'goal'),
      followUps: followUps.map((conversation) => ({ conversation, personName: names.get(conversation.personId) ?? 'Unknown contact' })),
      takeawayIds: journal.filter((e) => e.kind === 'conversation' && 'hasTakeaways' in e && e.hasTakeaways).map((e) => e.id),
      now,
    };
  }, []);
}

/**
 * The conversations with takeaways among `ids`, newest first, with the names of the people they
 * were with; kept live, undefined while reading or while `ids` is undefined. The plan reads the
 * chosen ones at once and every one (the chooser's options, thousands in a journal of years)
 * once the preview is on screen.
 */
export function useTakeaways(ids: readonly string[] | undefined): PlanConversationInput[] | undefined {
  const key = ids?.join(',');
  return useLiveQuery(async () => {
    if (!ids) return undefined;
    const [entries, people] = await Promise.all([getEntries(ids), listPeople()]);
    const names = new Map(people.map((p) => [p.id, p.name]));
    return entries
      .filter((e): e is Conversation => e.kind === 'conversation' && e.takeaways.trim() !== '')
      .map((conversation) => ({ conversation, personName: names.get(conversation.personId) ?? 'Unknown contact' }));
  }, [key]);
}
