/**
 * The next steps for the path question: one function, one order of rules. The first step is the
 * one the screen, Home and the plan lead with; the rest follow it and never point the other way,
 * because every step that names a side uses the same side to test.
 */
import { daysBetween, formatDate } from '../dates';
import type { PathId } from '../domain/framework';
import { STALE_ANSWERS_DAYS, otherSide, type FitLean } from './model';
import { pronouns, type Voice } from './sentences';
import { article, plural } from './words';

/** What a step links to on screen (one click). */
export type StepAction =
  { kind: 'questionnaire' } | { kind: 'rate'; entryId: string } | { kind: 'new-conversation' } | { kind: 'new-reflection' };

export interface NextStep {
  /** Stable id of the rule that produced it (tests and links use it). */
  rule: string;
  text: string;
  action?: StepAction;
}

/** The facts the rules read. */
export interface StepFacts {
  now: string;
  answersDate: string | null;
  /** The side the answers favour, or null (no answers, or they cancel out). */
  answersSide: PathId | null;
  /** The side the journal favours, or null. */
  journalSide: PathId | null;
  lean: FitLean;
  /** Sides heard from in rated conversations or shadowing. */
  heard: Record<PathId, boolean>;
  /** Sides shadowed (rated or not). */
  shadowed: Record<PathId, boolean>;
  /** Conversations and shadowing with internal or external PMs that have no energy rating, oldest first. */
  unrated: readonly { entryId: string; personName: string | null; date: string; shadowing: boolean }[];
  leaningReflections: number;
}

/** At most this many steps are shown together. */
export const MAX_STEPS = 3;

/**
 * The next steps, most useful first (at most MAX_STEPS). Rules, in order:
 * 1. no answers: answer the questionnaire (there is nothing to test yet);
 * 2. answers and journal disagree: test the stated preference first-hand (shadow, else talk to,
 *    a PM on the side the answers favour);
 * 3. unrated conversations: rate them, so they count;
 * 4. nobody from either side heard from: talk to one of each;
 * 5. one side never heard from: talk to that side;
 * 6. no shadowing: shadow the side being tested (both when undecided);
 * 7. one side shadowed: shadow the other to compare;
 * 8. no reflection with a lean: write one after the next conversation;
 * 9. answers older than STALE_ANSWERS_DAYS: answer again;
 * 10. otherwise: keep testing.
 * The side being tested is the answers' side when they disagree with the journal, else the side
 * not yet heard from, else the lean; a rule that would name the other side is skipped.
 */
export function nextSteps(f: StepFacts, voice: Voice = 'you'): NextStep[] {
  const p = pronouns(voice);
  const out: NextStep[] = [];
  const add = (s: NextStep) => out.push(s);
  if (!f.answersDate) {
    add({
      rule: 'answer',
      text: `Answer the questionnaire: say which side suits ${p.me} on each of the three questions, and how much each pro and con matters.`,
      action: { kind: 'questionnaire' },
    });
  }
  const disagree = f.answersSide !== null && f.journalSide !== null && f.answersSide !== f.journalSide;
  const unheard = (['internal', 'external'] as const).filter((s) => !f.heard[s]);
  const target: PathId | null = disagree ? f.answersSide : unheard.length === 1 ? unheard[0]! : f.lean === 'undecided' ? null : f.lean;
  if (disagree) {
    const a = f.answersSide!;
    const why = `${p.your} answers favour the ${a} path but ${p.your} journal points ${f.journalSide}`;
    add(
      f.shadowed[a]
        ? {
            rule: 'test-answers',
            text: `Test what ${p.you} said: talk to another ${a} PM about an ordinary week, since ${why}.`,
            action: { kind: 'new-conversation' },
          }
        : {
            rule: 'test-answers',
            text: `Test what ${p.you} said: shadow ${article(a)} PM for a day, since ${why}.`,
            action: { kind: 'new-conversation' },
          },
    );
  }
  if (f.unrated.length > 0) {
    const u = f.unrated[0]!;
    const what = `${p.your} ${u.shadowing ? 'shadowing day' : 'conversation'} with ${u.personName ?? 'them'} on ${formatDate(u.date)}`;
    add({
      rule: 'rate',
      text:
        f.unrated.length === 1
          ? `Rate how energising ${what} felt, so it counts.`
          : `Rate how energising ${plural(f.unrated.length, 'conversation')} felt, so they count; the first is ${what}.`,
      action: { kind: 'rate', entryId: u.entryId },
    });
  }
  if (unheard.length === 2) {
    add({
      rule: 'talk-both',
      text: `Talk to an internal PM and an external PM about their work, and rate how each conversation felt.`,
      action: { kind: 'new-conversation' },
    });
  } else if (unheard.length === 1 && unheard[0] === (target ?? unheard[0])) {
    add({
      rule: 'talk-side',
      text: `Talk to ${article(unheard[0]!)} PM about their days, pressures and rewards, and rate how it felt.`,
      action: { kind: 'new-conversation' },
    });
  }
  if (!disagree && !f.shadowed.internal && !f.shadowed.external) {
    add({
      rule: 'shadow',
      text:
        target === null
          ? `Shadow an internal PM and an external PM for a day each, to compare first-hand.`
          : `Shadow ${article(target)} PM for a day to test ${p.your} lean first-hand.`,
      action: { kind: 'new-conversation' },
    });
  } else if (!disagree && f.shadowed.internal !== f.shadowed.external) {
    const other = otherSide(f.shadowed.internal ? 'internal' : 'external');
    if (target === null || target === other || unheard.length === 0)
      add({
        rule: 'shadow-other',
        text: `Shadow ${article(other)} PM too, so ${p.you} can compare both sides first-hand.`,
        action: { kind: 'new-conversation' },
      });
  }
  if (f.leaningReflections === 0)
    add({
      rule: 'reflect',
      text: `After ${p.your} next conversation, write a reflection and mark which path it leans toward.`,
      action: { kind: 'new-reflection' },
    });
  if (f.answersDate && daysBetween(f.answersDate, f.now) > STALE_ANSWERS_DAYS)
    add({
      rule: 'revisit',
      text: `Answer the questionnaire again: ${p.your} answers are from ${formatDate(f.answersDate)}.`,
      action: { kind: 'questionnaire' },
    });
  if (out.length === 0)
    add({
      rule: 'keep-testing',
      text:
        f.lean === 'undecided'
          ? `Keep comparing: log ${p.your} next conversation with each side and answer the questionnaire again in a few months.`
          : `Keep testing ${p.your} ${f.lean} lean: log ${p.your} next conversation and answer the questionnaire again in a few months.`,
      action: { kind: 'new-conversation' },
    });
  return out.slice(0, MAX_STEPS);
}
