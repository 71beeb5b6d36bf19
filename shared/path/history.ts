/** The fit over time: `pathFit` re-run at each date something changed. */
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
 * The fit at each questionnaire date and each date of a journal entry that can move it
 * (reflections with a lean, conversations), up to and including `now`, oldest first.
 * Dates are re-run in full rather than updated incrementally, so each point equals what
 * `pathFit` would have said that day.
 */
export function fitHistory(answersHistory: readonly AnswersLike[], entries: readonly Entry[], people: readonly PersonLike[], now: string): FitPoint[] {
  const dates = new Set<string>();
  for (const a of answersHistory) dates.add(a.date);
  for (const e of entries) {
    if ((e.kind === 'reflection' && (e.lean === 'internal' || e.lean === 'external')) || e.kind === 'conversation') dates.add(e.date);
  }
  return [...dates]
    .filter((d) => compareDates(d, now) <= 0)
    .sort(compareDates)
    .map((date) => {
      const f = pathFit(answersHistory, entries, people, date);
      return { date, position: f.position, positionLabel: f.positionLabel, confidence: f.confidence };
    });
}
