/** What Home shows: follow-ups by urgency, learning-goal progress, recent entries (pure: `today` is passed in). */
import { daysBetween, formatDate } from '../dates';
import type { ConversationFact, PathFact } from '../aggregates';
import type { Conversation, Entry, LearningGoal, Profile } from '../schemas';

export type Urgency = 'overdue' | 'today' | 'upcoming';

/** How soon a follow-up is due, in words a person reads at a glance. */
export interface FollowUpDue {
  urgency: Urgency;
  /** Days from today to the due date: negative when overdue. */
  days: number;
  /** "3 days overdue", "1 day overdue", "due today", "due tomorrow", "in 5 days"; from two months "4 months overdue", from two years "6 years overdue". */
  label: string;
}

/** Whole calendar months from `a` to `b` (YYYY-MM-DD, a on or before b): 31 Jan to 28 Feb is 0, to 1 Mar is 1. */
function wholeMonths(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}

/**
 * The time between two dates in words short enough for a badge: days under two whole months
 * ("58 days"), then whole months ("4 months"), and whole years from 24 months ("6 years", not
 * "2423 days").
 */
export function spanWords(from: string, to: string): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const months = wholeMonths(a, b);
  if (months < 2) {
    const days = daysBetween(a, b);
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  return months < 24 ? `${months} months` : `${Math.floor(months / 12)} years`;
}

/** The urgency and wording of a follow-up due on `due`, seen on `today`. */
export function followUpDue(due: string, today: string): FollowUpDue {
  const days = daysBetween(today, due);
  if (days < 0) return { urgency: 'overdue', days, label: `${spanWords(due, today)} overdue` };
  if (days === 0) return { urgency: 'today', days, label: 'due today' };
  if (days === 1) return { urgency: 'upcoming', days, label: 'due tomorrow' };
  return { urgency: 'upcoming', days, label: `in ${spanWords(today, due)}` };
}

/** What ordering a follow-up reads of its conversation: a stored Conversation fits, and so does its path fact. */
export type FollowUpLike = Pick<Conversation, 'id' | 'date' | 'followUpDate' | 'followUpDone'>;

/** One open follow-up with its urgency. */
export interface FollowUpItem<C extends FollowUpLike = Conversation> extends FollowUpDue {
  conversation: C;
}

/**
 * The open follow-ups (not done, with a date), most urgent first: overdue (oldest first), then due
 * today, then upcoming (soonest first); ties keep the conversation date order, older first.
 */
export function followUpsByUrgency<C extends FollowUpLike>(conversations: readonly C[], today: string): FollowUpItem<C>[] {
  return conversations
    .filter((c): c is C & { followUpDate: string } => !!c.followUpDate && !c.followUpDone)
    .map((c) => ({ conversation: c, ...followUpDue(c.followUpDate, today) }))
    .sort(
      (a, b) => a.days - b.days || (a.conversation.date < b.conversation.date ? -1 : a.conversation.date > b.conversation.date ? 1 : 0),
    );
}

/** Whether an entry is a conversation whose follow-up is open: it has a date and is not done. */
export function isOpenFollowUp(e: Entry): e is Conversation & { followUpDate: string } {
  return e.kind === 'conversation' && !!e.followUpDate && !e.followUpDone;
}

/**
 * The ids of the conversations whose follow-up is open, from their path facts (kept at write time
 * with each conversation's follow-up date and whether it is done), so that only those
 * conversations need reading.
 */
export function openFollowUpIds(facts: Iterable<PathFact>): string[] {
  const ids: string[] = [];
  for (const f of facts) if (isOpenFollowUpFact(f)) ids.push(f.id);
  return ids;
}

/** The path fact of a conversation whose follow-up is open. */
export type OpenFollowUpFact = ConversationFact & { followUpDate: string };

/** Whether a path fact is a conversation's whose follow-up is open (as `isOpenFollowUp` says of the entry). */
function isOpenFollowUpFact(f: PathFact): f is OpenFollowUpFact {
  return f.kind === 'conversation' && !!f.followUpDate && !f.followUpDone;
}

/**
 * The path facts of the conversations whose follow-up is open, in the order `followUpsByUrgency`
 * gives them on any day (soonest follow-up first, then the older conversation, then by id): enough
 * to count and order them, and to pick the few on screen, without reading one conversation.
 */
export function openFollowUpFacts(facts: Iterable<PathFact>): OpenFollowUpFact[] {
  const out: OpenFollowUpFact[] = [];
  for (const f of facts) if (isOpenFollowUpFact(f)) out.push(f);
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((a, b) => order(a.followUpDate, b.followUpDate) || order(a.date, b.date) || order(a.id, b.id));
}

/** Soonest follow-up first (the most overdue first); the same date by id, as the follow-up date index orders them. */
export function bySoonestFollowUp(a: Pick<Conversation, 'id' | 'followUpDate'>, b: Pick<Conversation, 'id' | 'followUpDate'>): number {
  const x = a.followUpDate ?? '';
  const y = b.followUpDate ?? '';
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How far a learning goal's milestones have got. */
export interface GoalProgress {
  done: number;
  total: number;
  /** 0-1; 0 when the goal has no milestones. */
  ratio: number;
  /** "2 of 5 milestones", "1 of 1 milestone", "No milestones yet". */
  label: string;
}

/** Milestone progress of one learning goal. */
export function goalProgress(goal: Pick<LearningGoal, 'milestones'>): GoalProgress {
  const total = goal.milestones.length;
  const done = goal.milestones.filter((m) => m.done).length;
  if (total === 0) return { done: 0, total: 0, ratio: 0, label: 'No milestones yet' };
  return { done, total, ratio: done / total, label: `${done} of ${total} milestone${total === 1 ? '' : 's'}` };
}

/** The active learning goals, the nearest target date first (goals without one last, then by title). */
export function activeGoals(entries: readonly Entry[]): LearningGoal[] {
  return entries
    .filter((e): e is LearningGoal => e.kind === 'goal' && e.status === 'active')
    .sort((a, b) => {
      if (a.targetDate !== b.targetDate) {
        if (a.targetDate === undefined) return 1;
        if (b.targetDate === undefined) return -1;
        return a.targetDate < b.targetDate ? -1 : 1;
      }
      return a.title.localeCompare(b.title);
    });
}

/** The line under Home's heading, from the profile: "Hi Sam. Working toward Internal PM by 31 Jan 2027." (null when the profile says nothing). */
export function profileHeadline(profile: Pick<Profile, 'name' | 'targetRole' | 'targetDate'>): string | null {
  const parts: string[] = [];
  if (profile.name.trim()) parts.push(`Hi ${profile.name.trim()}.`);
  if (profile.targetRole.trim())
    parts.push(`Working toward ${profile.targetRole.trim()}${profile.targetDate ? ` by ${formatDate(profile.targetDate)}` : ''}.`);
  return parts.length ? parts.join(' ') : null;
}
