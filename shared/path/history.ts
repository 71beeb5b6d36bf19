/** The fit over time: `pathFit` re-run as each month ended. */
import { compareDates } from '../dates';
import type { Entry } from '../schemas';
import type { PersonLike } from './evidence';
import { pathFit, type AnswersLike, type Confidence } from './fit';

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
 * including `now`, oldest first. One point a month, not one per date: years of journal would
 * otherwise be thousands of points, each a full `pathFit` (21 s at 10,000 entries). Each point
 * is re-run in full, so it equals what `pathFit` would have said that day.
 */
export function fitHistory(
  answersHistory: readonly AnswersLike[],
  entries: readonly Entry[],
  people: readonly PersonLike[],
  now: string,
): FitPoint[] {
  const dates = new Set<string>();
  for (const a of answersHistory) dates.add(a.date);
  for (const e of entries) {
    if ((e.kind === 'reflection' && (e.lean === 'internal' || e.lean === 'external')) || e.kind === 'conversation') dates.add(e.date);
  }
  const sorted = [...dates].filter((d) => compareDates(d, now) <= 0).sort(compareDates);
  // The last date of each month (YYYY-MM is the first 7 characters of an ISO date).
  const monthEnds = sorted.filter((d, i) => i === sorted.length - 1 || sorted[i + 1]!.slice(0, 7) !== d.slice(0, 7));
  return monthEnds.map((date) => {
    const f = pathFit(answersHistory, entries, people, date);
    return { date, position: f.position, positionLabel: f.positionLabel, confidence: f.confidence };
  });
}
