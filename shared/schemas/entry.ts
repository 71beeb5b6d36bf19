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

const EntryBase = {
  ...RecordMeta,
  /** The day the entry is about (a reflection's day, a conversation's day, a goal's start). */
  date: IsoDate,
  skills: Skills,
  tags: Tags,
};

export const Reflection = z.strictObject({
  ...EntryBase,
  kind: z.literal('reflection'),
  title: RequiredText,
  /** Markdown. */
  body: LongText,
  mood: Level.optional(),
  lean: PathLean.optional(),
  /** The id of the prompt it answers, if any. */
  promptId: ShortText.optional(),
  /** Set on entries imported from elsewhere (e.g. Day One's starred flag). */
  starred: z.boolean().optional(),
});
export type Reflection = z.infer<typeof Reflection>;

export const CONVERSATION_KINDS = ['informational', 'mentorship', 'shadowing', 'other'] as const;
export const ConversationKind = z.enum(CONVERSATION_KINDS);
export type ConversationKind = z.infer<typeof ConversationKind>;

export const Conversation = z.strictObject({
  ...EntryBase,
  kind: z.literal('conversation'),
  personId: Id,
  conversationKind: ConversationKind,
  notes: LongText,
  takeaways: LongText,
  /** How energising it felt, 1-5. */
  energy: Level.optional(),
  followUpDate: IsoDate.optional(),
  /** The time of day to be reminded (local); absent means the time set in Settings > Reminders. */
  followUpTime: TimeOfDay.optional(),
  followUpNote: ShortText.optional(),
  followUpDone: z.boolean(),
});
export type Conversation = z.infer<typeof Conversation>;

export const Milestone = z.strictObject({
  id: Id,
  title: RequiredText,
  done: z.boolean(),
  doneDate: IsoDate.optional(),
  /** When the milestone should be reached (a goal-date reminder comes before it). */
  dueDate: IsoDate.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

export const Resource = z.strictObject({
  title: RequiredText,
  url: WebUrl.optional(),
});
export type Resource = z.infer<typeof Resource>;

export const GOAL_STATUSES = ['planned', 'active', 'done', 'dropped'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const LearningGoal = z.strictObject({
  ...EntryBase,
  kind: z.literal('goal'),
  title: RequiredText,
  why: LongText,
  skills: z.array(SkillIdSchema).min(1, 'pick at least one skill').max(6),
  targetDate: IsoDate.optional(),
  status: GoalStatus,
  milestones: z.array(Milestone).max(LIMITS.listItems),
  resources: z.array(Resource).max(LIMITS.listItems),
  progressNotes: LongText,
});
export type LearningGoal = z.infer<typeof LearningGoal>;

export const Entry = z.discriminatedUnion('kind', [Reflection, Conversation, LearningGoal]);
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
