/**
 * The fit over time: the same model as `pathFit`, as each month ended. Rolled forward in one pass
 * (every weight halves each HALF_LIFE_DAYS, so the running sums are simply aged between points),
 * so years of journal cost one walk through it, not a full fit per month.
 */
import { compareDates } from '../dates';
import type { PathEntry, PersonLike } from './evidence';
import { answersAsOf, type AnswersLike } from './fit';
import {
  addJournalSums,
  ageInDays,
  ageSums,
  answerItems,
  coreFromSums,
  emptySums,
  journalItems,
  recencyWeight,
  setAnswerSums,
  type Confidence,
} from './model';
import { positionWords } from './sentences';

/** One point of the fit's history. */
export interface FitPoint {
  date: string;
  position: number;
  positionLabel: string;
  confidence: Confidence;
}

/**
 * The fit as each month ended (at the last date in that month on which something that can move
 * it happened: a questionnaire answer, a reflection with a lean, a conversation), up to and
 * including `now`, oldest first. Each point equals what `pathFit` says for that date.
 */
export function fitHistory(
  answersHistory: readonly AnswersLike[],
  entries: readonly PathEntry[],
  people: readonly PersonLike[],
  now: string,
): FitPoint[] {
  const items = journalItems(entries, people, now).sort((a, b) => compareDates(a.entry.date, b.entry.date));
  const dates = new Set<string>();
  for (const a of answersHistory) if (compareDates(a.date, now) <= 0) dates.add(a.date);
  for (const e of entries) {
    if (compareDates(e.date, now) > 0) continue;
    if ((e.kind === 'reflection' && (e.lean === 'internal' || e.lean === 'external')) || e.kind === 'conversation') dates.add(e.date);
  }
  const sorted = [...dates].sort(compareDates);
  // The last date of each month (YYYY-MM is the first 7 characters of an ISO date).
  const monthEnds = sorted.filter((d, i) => i === sorted.length - 1 || sorted[i + 1]!.slice(0, 7) !== d.slice(0, 7));

  const sums = emptySums();
  let at: string | null = null;
  let next = 0;
  return monthEnds.map((date) => {
    // Age what is already in the sums to this date, then add the items up to it at their own age.
    if (at !== null) ageSums(sums, recencyWeight(ageInDays(at, date)));
    at = date;
    while (next < items.length && compareDates(items[next]!.entry.date, date) <= 0) {
      const item = items[next++]!;
      addJournalSums(sums, item, recencyWeight(ageInDays(item.entry.date, date)));
    }
    setAnswerSums(sums, answerItems(answersAsOf(answersHistory, date)));
    const core = coreFromSums(sums);
    return { date, position: core.position, positionLabel: positionWords(core.lean, core.strength), confidence: core.confidence };
  });
}
