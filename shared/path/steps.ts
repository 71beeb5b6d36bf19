/**
 * The five-step tracker: for each step of choosing a path, what the journal shows and the next
 * action. Pure: entries, people and `now` (YYYY-MM-DD) go in.
 */
import { compareDates, daysBetween, formatDate } from '../dates';
import { STEPS, type StepId } from '../domain/framework';
import type { ConversationKind, LearningGoal } from '../schemas';
import {
  entriesUpTo,
  latestDate,
  reflections,
  sidedConversations,
  type PathEntry,
  type PersonLike,
  type SidedConversation,
} from './evidence';
import { article, plural } from './words';
import { daysAgo } from '../plural';

// After this many days without a reflection, the habit has lapsed.
export const REFLECTION_LAPSE_DAYS = 30;
// A mentor unseen for this long is worth a check-in.
export const MENTOR_LAPSE_DAYS = 60;
// One side counts as under-explored when the other has at least twice as many contacts (and 2+).
export const IMBALANCE_RATIO = 2;

export type StepStatus = 'not-started' | 'started' | 'on-track';

/** What the journal shows for one step. Plain data. */
export interface StepProgress {
  step: StepId;
  name: string;
  /** Entries that count for the step. */
  count: number;
  lastDate: string | null;
  /** Distinct contacts on each side (networking, shadowing, mentorship); 0 for other steps. */
  internal: number;
  external: number;
  /** Distinct contacts whose side is not internal or external PM. */
  otherSide: number;
  status: StepStatus;
  /** One sentence on what the journal shows. */
  summary: string;
  nextAction: string;
}

function distinct(items: readonly SidedConversation[], side: 'internal' | 'external' | null): number {
  return new Set(items.filter((c) => c.side === side).map((c) => c.entry.personId)).size;
}

function lastOf(dates: readonly string[], now: string): string {
  const d = latestDate(dates);
  return d ? ` Last on ${formatDate(d)} (${daysAgo(daysBetween(d, now))}).` : '';
}

function conversationStep(
  step: StepId,
  kinds: readonly ConversationKind[],
  all: readonly SidedConversation[],
  now: string,
): Omit<StepProgress, 'name' | 'status' | 'nextAction'> {
  const items = all.filter((c) => kinds.includes(c.entry.conversationKind));
  const internal = distinct(items, 'internal');
  const external = distinct(items, 'external');
  const otherSide = new Set(items.filter((c) => c.side === null).map((c) => c.entry.personId)).size;
  const noun = step === 'shadowing' ? 'shadowing session' : step === 'mentorship' ? 'mentoring conversation' : 'conversation';
  const summary =
    items.length === 0
      ? `No ${noun}s logged yet.`
      : `${plural(items.length, noun)}: ${plural(internal, 'internal contact')} and ${plural(external, 'external contact')}${otherSide ? `, ${otherSide} in other roles` : ''}.${lastOf(
          items.map((c) => c.entry.date),
          now,
        )}`;
  return { step, count: items.length, lastDate: latestDate(items.map((c) => c.entry.date)), internal, external, otherSide, summary };
}

/** Which side has fewer contacts, when the gap is wide enough to matter. */
function thinnerSide(internal: number, external: number): 'internal' | 'external' | null {
  if (internal === 0 && external === 0) return null;
  if (internal === 0) return 'internal';
  if (external === 0) return 'external';
  if (external >= 2 && external >= IMBALANCE_RATIO * internal) return 'internal';
  if (internal >= 2 && internal >= IMBALANCE_RATIO * external) return 'external';
  return null;
}

/** Progress on each of the five steps, in order, as of `now` (entries dated later are ignored). */
export function stepProgress(entries: readonly PathEntry[], people: readonly PersonLike[], now: string): StepProgress[] {
  const journal = entriesUpTo(entries, now);
  const sided = sidedConversations(journal, people);
  return STEPS.map((def) => {
    const name = def.name;
    switch (def.id) {
      case 'self-reflection': {
        const rs = reflections(journal);
        const last = latestDate(rs.map((r) => r.date));
        const leaning = rs.filter((r) => r.lean === 'internal' || r.lean === 'external').length;
        const summary =
          rs.length === 0
            ? 'No reflections written yet.'
            : `${plural(rs.length, 'reflection')}, ${leaning} with a path lean.${lastOf(
                rs.map((r) => r.date),
                now,
              )}`;
        let nextAction: string;
        // A first reflection should look at the core question: colleagues or clients.
        if (!last) nextAction = 'Write a first reflection: do you get more energy from working with colleagues or with clients?';
        else if (daysBetween(last, now) > REFLECTION_LAPSE_DAYS)
          nextAction = `It has been ${daysBetween(last, now)} days since your last reflection: write one about what you have learned since.`;
        // A lean turns a reflection into evidence for the path fit.
        else if (leaning === 0) nextAction = 'Mark which path your next reflection leans toward, so it counts toward your path fit.';
        else nextAction = 'Keep the habit: reflect after each conversation or shadowing session.';
        return {
          step: def.id,
          name,
          count: rs.length,
          lastDate: last,
          internal: 0,
          external: 0,
          otherSide: 0,
          status: !last ? 'not-started' : leaning > 0 && daysBetween(last, now) <= REFLECTION_LAPSE_DAYS ? 'on-track' : 'started',
          summary,
          nextAction,
        };
      }
      case 'networking':
      case 'shadowing':
      case 'mentorship': {
        const kinds: ConversationKind[] = def.id === 'networking' ? ['informational', 'other'] : [def.id];
        const base = conversationStep(def.id, kinds, sided, now);
        const thin = thinnerSide(base.internal, base.external);
        let nextAction: string;
        if (def.id === 'networking') {
          // Overdue follow-ups first: a promise to someone is worth keeping before new contacts.
          const overdue = sided
            .filter((c) => c.entry.followUpDate && !c.entry.followUpDone && compareDates(c.entry.followUpDate, now) < 0)
            .sort((a, b) => compareDates(a.entry.followUpDate!, b.entry.followUpDate!))[0];
          if (base.count === 0) nextAction = 'Arrange an informational conversation with an internal PM and one with an external PM.';
          else if (overdue)
            nextAction = `Follow up with ${overdue.personName ?? 'your contact'}: it was due on ${formatDate(overdue.entry.followUpDate!)}.`;
          else if (thin) nextAction = `Talk to ${article(thin)} PM next: your contacts lean to the other side.`;
          else nextAction = 'Ask your last contact who else you should talk to on each side.';
        } else if (def.id === 'shadowing') {
          if (base.count === 0) nextAction = 'Ask an internal PM and an external PM whether you can shadow them for a day.';
          else if (thin) nextAction = `Shadow ${article(thin)} PM too, so you can compare both sides first-hand.`;
          else nextAction = 'Write down what surprised you in each shadowing session, then rate how energising it felt.';
        } else {
          if (base.count === 0) nextAction = 'Ask an experienced PM to mentor you through the choice.';
          else if (base.lastDate && daysBetween(base.lastDate, now) > MENTOR_LAPSE_DAYS)
            nextAction = `Check in with your mentor: the last conversation was ${daysAgo(daysBetween(base.lastDate, now))}.`;
          else if (thin) nextAction = `Consider a mentor on the ${thin} side too, for a second view.`;
          else nextAction = 'Bring your path fit and plan to your next mentoring session.';
        }
        const status: StepStatus = base.count === 0 ? 'not-started' : base.internal > 0 && base.external > 0 ? 'on-track' : 'started';
        return { ...base, name, status, nextAction };
      }
      case 'learning': {
        const goals = journal.filter((e): e is LearningGoal => e.kind === 'goal');
        const active = goals.filter((g) => g.status === 'active' || g.status === 'planned');
        const milestones = goals.flatMap((g) => g.milestones);
        const done = milestones.filter((m) => m.done).length;
        const dates = [
          ...goals.map((g) => g.date),
          ...milestones.flatMap((m) => (m.doneDate && compareDates(m.doneDate, now) <= 0 ? [m.doneDate] : [])),
        ];
        const last = latestDate(dates);
        const summary =
          goals.length === 0
            ? 'No learning goals set yet.'
            : `${plural(goals.length, 'learning goal')} (${active.length} open), ${done} of ${plural(milestones.length, 'milestone')} done.${lastOf(dates, now)}`;
        const overdue = active
          .filter((g) => g.targetDate && compareDates(g.targetDate, now) < 0)
          .sort((a, b) => compareDates(a.targetDate!, b.targetDate!))[0];
        const nextMilestone = active.flatMap((g) => g.milestones.filter((m) => !m.done).map((m) => ({ g, m })))[0];
        let nextAction: string;
        if (goals.length === 0) nextAction = 'Set a learning goal for a skill both paths rely on, with a first milestone.';
        else if (active.length === 0) nextAction = 'All your goals are closed: set the next one.';
        // A passed target date needs a decision (new date, or drop it) more than new work.
        else if (overdue) nextAction = `Review "${overdue.title}": its target date (${formatDate(overdue.targetDate!)}) has passed.`;
        else if (nextMilestone) nextAction = `Next milestone: "${nextMilestone.m.title}" (${nextMilestone.g.title}).`;
        else nextAction = `Add a milestone to "${active[0]!.title}" so progress is visible.`;
        const status: StepStatus = goals.length === 0 ? 'not-started' : active.length > 0 && !overdue ? 'on-track' : 'started';
        return {
          step: def.id,
          name,
          count: goals.length,
          lastDate: last,
          internal: 0,
          external: 0,
          otherSide: 0,
          status,
          summary,
          nextAction,
        };
      }
    }
  });
}
