/** Builders of valid records for tests: each fills every required field, and a test overrides only what it is about. */
import type { Conversation, LearningGoal, Milestone, Person, Reflection } from '../../shared/schemas';

const STAMP = '2026-01-01T09:00:00.000Z';

/** A deterministic UUID v4 from a small number, so expected id lists are readable (`uuid(3)`). */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** A valid person. */
export function person(over: Partial<Person> = {}): Person {
  return {
    id: uuid(900),
    createdAt: STAMP,
    updatedAt: STAMP,
    name: 'Ada Lovelace',
    role: 'Senior PM',
    company: 'Acme',
    path: 'internal',
    ...over,
  };
}

/** A valid reflection. */
export function reflection(over: Partial<Reflection> = {}): Reflection {
  return {
    id: uuid(1),
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'reflection',
    date: '2026-03-01',
    skills: [],
    tags: [],
    title: 'A reflection',
    body: '',
    ...over,
  };
}

/** A valid conversation (with the person `uuid(900)` unless overridden). */
export function conversation(over: Partial<Conversation> = {}): Conversation {
  return {
    id: uuid(2),
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'conversation',
    date: '2026-03-01',
    skills: [],
    tags: [],
    personId: uuid(900),
    conversationKind: 'informational',
    notes: '',
    takeaways: '',
    followUpDone: false,
    ...over,
  };
}

/** A valid milestone. */
export function milestone(n: number, done: boolean): Milestone {
  return { id: uuid(500 + n), title: `Milestone ${n}`, done };
}

/** A valid active learning goal with one skill. */
export function goal(over: Partial<LearningGoal> = {}): LearningGoal {
  return {
    id: uuid(3),
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: 'goal',
    date: '2026-03-01',
    skills: ['research'],
    tags: [],
    title: 'Learn SQL',
    why: '',
    status: 'active',
    milestones: [],
    resources: [],
    progressNotes: '',
    ...over,
  };
}
