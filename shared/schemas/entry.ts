import { z } from 'zod';
import {
  Id,
  IsoDate,
  LIMITS,
  Level,
  LongText,
  PathLean,
  RecordMeta,
  RequiredText,
  ShortText,
  Skills,
  SkillIdSchema,
  Tags,
  WebUrl,
} from './common';
import { TimeOfDay } from './reminders';
import { built, lazySchema } from './lazy';
import { CONVERSATION_KINDS, GOAL_STATUSES } from './values';

export { CONVERSATION_KINDS, GOAL_STATUSES };

// Each schema is built on first use (./lazy.ts), from the built schemas it is made of.
const entryBase = () => ({
  ...RecordMeta,
  /** The day the entry is about (a reflection's day, a conversation's day, a goal's start). */
  date: built(IsoDate),
  skills: built(Skills),
  tags: built(Tags),
});

export const Reflection = lazySchema(() =>
  z.strictObject({
    ...entryBase(),
    kind: z.literal('reflection'),
    title: built(RequiredText),
    /** Markdown. */
    body: built(LongText),
    mood: built(Level).optional(),
    lean: built(PathLean).optional(),
    /** The id of the prompt it answers, if any. */
    promptId: built(ShortText).optional(),
    /** Set on entries imported from elsewhere (e.g. Day One's starred flag). */
    starred: z.boolean().optional(),
  }),
);
export type Reflection = z.infer<typeof Reflection>;

export const ConversationKind = lazySchema(() => z.enum(CONVERSATION_KINDS));
export type ConversationKind = z.infer<typeof ConversationKind>;

export const Conversation = lazySchema(() =>
  z.strictObject({
    ...entryBase(),
    kind: z.literal('conversation'),
    personId: built(Id),
    conversationKind: built(ConversationKind),
    notes: built(LongText),
    takeaways: built(LongText),
    /** How energising it felt, 1-5. */
    energy: built(Level).optional(),
    followUpDate: built(IsoDate).optional(),
    /** The time of day to be reminded (local); absent means the time set in Settings > Reminders. */
    followUpTime: built(TimeOfDay).optional(),
    followUpNote: built(ShortText).optional(),
    followUpDone: z.boolean(),
  }),
);
export type Conversation = z.infer<typeof Conversation>;

export const Milestone = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    title: built(RequiredText),
    done: z.boolean(),
    doneDate: built(IsoDate).optional(),
    /** When the milestone should be reached (a goal-date reminder comes before it). */
    dueDate: built(IsoDate).optional(),
  }),
);
export type Milestone = z.infer<typeof Milestone>;

export const Resource = lazySchema(() =>
  z.strictObject({
    title: built(RequiredText),
    url: built(WebUrl).optional(),
  }),
);
export type Resource = z.infer<typeof Resource>;

export const GoalStatus = lazySchema(() => z.enum(GOAL_STATUSES));
export type GoalStatus = z.infer<typeof GoalStatus>;

export const LearningGoal = lazySchema(() =>
  z.strictObject({
    ...entryBase(),
    kind: z.literal('goal'),
    title: built(RequiredText),
    why: built(LongText),
    skills: z.array(built(SkillIdSchema)).min(1, 'pick at least one skill').max(6),
    targetDate: built(IsoDate).optional(),
    status: built(GoalStatus),
    milestones: z.array(built(Milestone)).max(LIMITS.listItems),
    resources: z.array(built(Resource)).max(LIMITS.listItems),
    progressNotes: built(LongText),
  }),
);
export type LearningGoal = z.infer<typeof LearningGoal>;

export const Entry = lazySchema(() => z.discriminatedUnion('kind', [built(Reflection), built(Conversation), built(LearningGoal)]));
export type Entry = z.infer<typeof Entry>;
export const ENTRY_KINDS = ['reflection', 'conversation', 'goal'] as const;
export type EntryKind = Entry['kind'];

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  reflection: 'Reflection',
  conversation: 'Conversation',
  goal: 'Learning goal',
};

export const CONVERSATION_KIND_LABELS: Record<ConversationKind, string> = {
  informational: 'Informational interview',
  mentorship: 'Mentorship',
  shadowing: 'Job shadowing',
  other: 'Other',
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  done: 'Done',
  dropped: 'Dropped',
};
