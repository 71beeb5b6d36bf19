import { useLiveQuery } from '../../data/live';
import { today } from '../../data/clock';
import { pathFit, stepProgress } from '../../../shared/path';
import type { PlanInput } from '../../../shared/plan';
import type { Conversation, LearningGoal } from '../../../shared/schemas';
import { focusSuggestions, skillProgress } from '../../../shared/skills';
import { listEntries, openFollowUps } from '../../data/repositories/entries';
import { listPathAnswers } from '../../data/repositories/path';
import { listPeople } from '../../data/repositories/people';
import { getProfile } from '../../data/repositories/settings';
import { listCheckIns, listTargets } from '../../data/repositories/skills';

/** Everything the plan is composed from, except the person's choices; kept live, undefined while loading. */
export function usePlanInput(): Omit<PlanInput, 'include' | 'takeaways' | 'includeOverdue'> | undefined {
  return useLiveQuery(async () => {
    const [profile, entries, people, answers, followUps, checkIns, targets] = await Promise.all([
      getProfile(),
      listEntries(),
      listPeople(),
      listPathAnswers(),
      openFollowUps(),
      listCheckIns(),
      listTargets(),
    ]);
    const now = today();
    const names = new Map(people.map((p) => [p.id, p.name]));
    const progress = skillProgress(checkIns, targets, entries, now);
    return {
      profile,
      fit: pathFit(answers, entries, people, now),
      steps: stepProgress(entries, people, now),
      skills: progress,
      focus: focusSuggestions(progress, 3, now),
      goals: entries.filter((e): e is LearningGoal => e.kind === 'goal'),
      followUps: followUps.map((conversation) => ({ conversation, personName: names.get(conversation.personId) ?? 'Unknown contact' })),
      // Newest first, as the takeaways chooser lists them.
      conversations: entries
        .filter((e): e is Conversation => e.kind === 'conversation' && e.takeaways.trim() !== '')
        .map((conversation) => ({ conversation, personName: names.get(conversation.personId) ?? 'Unknown contact' })),
      now,
    };
  }, []);
}
