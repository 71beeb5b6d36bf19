import type { StepId } from './framework';

/** A question that helps start a reflection; its id is stored on the entry (stable once shipped). */
export interface ReflectionPrompt {
  id: string;
  step: StepId;
  text: string;
}

/** Reflection prompts, two for each of the five steps, in the order the steps come. */
export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    id: 'energy-sources',
    step: 'self-reflection',
    text: 'Which moments this month gave you energy: the ones with colleagues or the ones with customers?',
  },
  {
    id: 'proudest-work',
    step: 'self-reflection',
    text: 'Which piece of recent work are you proudest of, and which skill did it lean on most?',
  },
  {
    id: 'conversation-surprise',
    step: 'networking',
    text: 'What surprised you in your last conversation with a PM who works on the other path?',
  },
  { id: 'who-to-ask', step: 'networking', text: 'Who could describe an ordinary week in the path you know least about?' },
  {
    id: 'shadow-watch',
    step: 'shadowing',
    text: 'If you spent a day beside an internal PM and a day beside an external one, what would you watch for?',
  },
  {
    id: 'shadow-fit',
    step: 'shadowing',
    text: "After seeing someone's work up close, which parts could you picture doing every day, and which not?",
  },
  {
    id: 'mentor-question',
    step: 'mentorship',
    text: 'What one question would you most like an experienced PM to answer for you right now?',
  },
  { id: 'advice-tried', step: 'mentorship', text: 'Which piece of advice did you get lately, and what happened when you tried it?' },
  {
    id: 'skill-gap',
    step: 'learning',
    text: 'Which of the six skills held you back most this quarter, and what would move it up one level?',
  },
  { id: 'learned-this-week', step: 'learning', text: 'What did you learn this week that would help you on either path?' },
];

/** The prompt with this id, if it still exists. */
export function promptById(id: string): ReflectionPrompt | undefined {
  return REFLECTION_PROMPTS.find((p) => p.id === id);
}

/** The prompts of one step, in list order. */
export function promptsForStep(step: StepId): ReflectionPrompt[] {
  return REFLECTION_PROMPTS.filter((p) => p.step === step);
}
