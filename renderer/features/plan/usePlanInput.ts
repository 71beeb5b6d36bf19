import { useLiveQuery } from '../../data/live';
import { today } from '../../data/clock';
import { pathFit, stepProgress } from '../../../shared/path';
import type { PlanInput } from '../../../shared/plan';
import type { Conversation, LearningGoal } from '../../../shared/schemas';
import { evidenceOfRows, focusSuggestions, skillProgress } from '../../../shared/skills';
import { listSkillEvidence } from '../../data/aggregates';
import { getEntries, openFollowUps } from '../../data/repositories/entries';
import { listPathAnswers } from '../../data/repositories/path';
import { listPathJournal } from '../../data/repositories/pathJournal';
import { listPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';
import { listCheckIns, listTargets } from '../../data/repositories/skills';

/**
 * Everything the plan is composed from, except the person's choices; kept live, undefined while
 * loading. It reads the derived data kept at write time (skill evidence, path facts), the goals,
 * and only the conversations with takeaways to offer, not every entry.
 */
export function usePlanInput(): Omit<PlanInput, 'include' | 'takeaways' | 'includeOverdue'> | undefined {
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
    const withTakeaways = journal.filter((e) => e.kind === 'conversation' && 'hasTakeaways' in e && e.hasTakeaways).map((e) => e.id);
    const conversations = (await getEntries(withTakeaways)).filter(
      (e): e is Conversation => e.kind === 'conversation' && e.takeaways.trim() !== '',
    );
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
      // Newest first, as the takeaways chooser lists them.
      conversations: conversations.map((conversation) => ({
        conversation,
        personName: names.get(conversation.personId) ?? 'Unknown contact',
      })),
      now,
    };
  }, []);
}
