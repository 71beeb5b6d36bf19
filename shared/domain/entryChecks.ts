/**
 * Checks on an entry's dates that only make sense in context (against its other fields or
 * today), beyond what the schema can say about one field. Pure: `today` is passed in.
 */
import { addDays, compareDates, formatDate, isIsoDate } from '../dates';
import type { InputProblem } from '../errors';

/** The year before which an entry date is almost certainly a typing slip. */
export const EARLIEST_LIKELY_YEAR = 1950;
/** How far ahead an entry date may be before the app asks whether it was meant. */
export const LATEST_LIKELY_DAYS_AHEAD = 366;

/** A date that is possible but unlikely: the app asks "did you mean …?" and saves it if the person insists. */
export interface DateQuestion {
  where: string;
  /** The date as entered. */
  date: string;
  /** The likelier date, with the year fixed; null when there is no better guess. */
  suggestion: string | null;
  message: string;
}

/** The fields of an entry these checks read (any entry draft fits). */
export interface DatedDraft {
  kind: string;
  date: string;
  followUpDate?: string;
  targetDate?: string;
  status?: string;
}

/**
 * Errors that refuse a save: a follow-up dated before its conversation. The message names the
 * field and the conversation's date.
 */
export function entryDateErrors(draft: DatedDraft): InputProblem[] {
  if (
    draft.kind === 'conversation' &&
    draft.followUpDate &&
    isIsoDate(draft.followUpDate) &&
    isIsoDate(draft.date) &&
    compareDates(draft.followUpDate, draft.date) < 0
  ) {
    return [
      {
        where: 'followUpDate',
        message: `The follow-up date (${formatDate(draft.followUpDate)}) can't be before the conversation (${formatDate(draft.date)})`,
      },
    ];
  }
  return [];
}

/**
 * The year a slip most likely meant. A year before 1950 is usually a two-digit year ("0026"):
 * its last two digits in this century, or the last one when that would be ahead of next year.
 * A year far ahead ("2062" for 2026, "9999") is usually this year.
 */
function likelyYear(year: number, todayYear: number): number {
  if (year >= EARLIEST_LIKELY_YEAR) return todayYear;
  const inThisCentury = Math.floor(todayYear / 100) * 100 + (year % 100);
  return inThisCentury <= todayYear + 1 ? inThisCentury : inThisCentury - 100;
}

/** Whether `date` is far enough out to ask about: before 1950, or more than a year after `today`. */
export function dateQuestion(where: string, label: string, date: string, today: string): DateQuestion | null {
  if (!isIsoDate(date) || !isIsoDate(today)) return null;
  const year = Number(date.slice(0, 4));
  const tooEarly = year < EARLIEST_LIKELY_YEAR;
  const tooLate = compareDates(date, addDays(today, LATEST_LIKELY_DAYS_AHEAD)) > 0;
  if (!tooEarly && !tooLate) return null;
  const todayYear = Number(today.slice(0, 4));
  let guess = `${String(likelyYear(year, todayYear)).padStart(4, '0')}${date.slice(4)}`;
  // 29 February of a year that has none: the 28th.
  if (!isIsoDate(guess)) guess = guess.replace(/29$/, '28');
  const suggestion = guess === date ? null : guess;
  const why = tooEarly ? `is before ${EARLIEST_LIKELY_YEAR}` : 'is more than a year from now';
  return {
    where,
    date,
    suggestion,
    message: `${label} ${formatDate(date)} ${why}. ${suggestion ? `Did you mean ${formatDate(suggestion)}?` : 'Is that right?'}`,
  };
}

/** The "did you mean …?" questions for an entry's dates (its own date, a follow-up, a target date). */
export function entryDateQuestions(draft: DatedDraft, today: string): DateQuestion[] {
  const out = [dateQuestion('date', 'The date', draft.date, today)];
  if (draft.followUpDate) out.push(dateQuestion('followUpDate', 'The follow-up date', draft.followUpDate, today));
  if (draft.targetDate) out.push(dateQuestion('targetDate', 'The target date', draft.targetDate, today));
  return out.filter((q): q is DateQuestion => q !== null);
}

/** A remark (not an error) on a goal whose target date has passed while it is still planned or active. */
export function pastTargetDateWarning(draft: DatedDraft, today: string): string | null {
  if (draft.kind !== 'goal' || !draft.targetDate || compareDates(draft.targetDate, today) >= 0) return null;
  if (draft.status === 'done' || draft.status === 'dropped') return null;
  return `This target date (${formatDate(draft.targetDate)}) has already passed. Pick a new one if the goal is still open.`;
}

/** A remark on a skill target set below the level already reached (allowed: a person may mean to step back). */
export function targetBelowCurrentRemark(skillName: string, target: number, current: number | null): string | null {
  if (current === null || target >= current) return null;
  return `This target (${target}) is below your current level in ${skillName} (${current}). Keep it only if you mean to step back.`;
}
