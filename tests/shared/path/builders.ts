// Small builders for hand-worked path cases: only the fields a case is about are spelled out.
import type { Conversation, Entry, LearningGoal, PathAnswers, Person, Reflection } from '../../../shared/schemas';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const stamp = '2026-01-01T00:00:00.000Z';

export function person(name: string, path: Person['path']): Person {
  return { id: id(), createdAt: stamp, updatedAt: stamp, name, role: 'PM', company: 'Co', path };
}

export function reflection(date: string, lean?: Reflection['lean']): Reflection {
  return {
    id: id(),
    createdAt: stamp,
    updatedAt: stamp,
    kind: 'reflection',
    date,
    title: `Reflection ${date}`,
    body: '',
    skills: [],
    tags: [],
    ...(lean ? { lean } : {}),
  };
}

export function talk(
  date: string,
  who: Person,
  energy?: number,
  kind: Conversation['conversationKind'] = 'informational',
  extra: Partial<Conversation> = {},
): Conversation {
  return {
    id: id(),
    createdAt: stamp,
    updatedAt: stamp,
    kind: 'conversation',
    date,
    personId: who.id,
    conversationKind: kind,
    notes: '',
    takeaways: '',
    followUpDone: false,
    skills: [],
    tags: [],
    ...(energy !== undefined ? { energy } : {}),
    ...extra,
  };
}

export function goal(date: string, title: string, extra: Partial<LearningGoal> = {}): LearningGoal {
  return {
    id: id(),
    createdAt: stamp,
    updatedAt: stamp,
    kind: 'goal',
    date,
    title,
    why: '',
    skills: ['strategy'],
    status: 'active',
    milestones: [],
    resources: [],
    progressNotes: '',
    tags: [],
    ...extra,
  };
}

export function answers(
  date: string,
  dimensions: PathAnswers['dimensions'],
  factors: PathAnswers['factors'] = {},
): Pick<PathAnswers, 'date' | 'dimensions' | 'factors'> {
  return { date, dimensions, factors };
}

export type { Entry };
