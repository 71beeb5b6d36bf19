/**
 * Which skills to work on next (docs/insight-model.md, "Focus"): the gap to target, weighed by how
 * fresh the self-rating behind it is, plus a lift for skills the journal has been quiet about,
 * each with a one-sentence reason. Pure: works on `skillProgress` output and `now`.
 */
import { daysBetween, formatDate } from '../dates';
import type { SkillId } from '../domain/framework';
import { RECENT_DAYS, type SkillProgress } from './progress';

/** The most a quiet skill is lifted by (a skill with no evidence at all gets all of it). */
export const NO_RECENT_EVIDENCE_WEIGHT = 0.5;
/** A self-rating loses half its weight in the ranking every this many days. */
export const RATING_HALF_LIFE_DAYS = 365;
/** A rating older than this is flagged: "rated 2 years ago: check in again". */
export const STALE_RATING_DAYS = 365;

/** One suggested skill to focus on. Plain data. */
export interface FocusSuggestion {
  skill: SkillId;
  name: string;
  /** Levels below target (at least 1). */
  gap: number;
  /** How much the rating still counts for its age (1 when rated today). */
  ratingWeight: number;
  /** Days since the rating behind the gap. */
  ratingAgeDays: number;
  /** True when the rating is older than STALE_RATING_DAYS. */
  stale: boolean;
  /** The ranking score: gap × ratingWeight + NO_RECENT_EVIDENCE_WEIGHT / (1 + evidence weight). */
  score: number;
  /** Entries tagged with the skill in the last 90 days. */
  recentEvidence: number;
  lastEvidenceDate: string | null;
  /** One sentence, e.g. "Leadership & influence: 2 below target, nothing logged in 90 days". */
  reason: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 months", "4 years" (whole units, for a rating's age). */
function ageText(days: number): string {
  if (days < 61) return plural(Math.max(1, Math.round(days / 7)), 'week', 'weeks');
  if (days < 730) return plural(Math.round(days / 30.44), 'month', 'months');
  return plural(Math.round(days / 365.25), 'year', 'years');
}

/** The one-sentence reason for a suggestion (`ratingAgeDays` adds the stale flag when old). */
export function focusReason(p: Pick<SkillProgress, 'name' | 'evidence'>, gap: number, ratingAgeDays = 0): string {
  const evidence =
    p.evidence.recent > 0
      ? `${plural(p.evidence.recent, 'entry', 'entries')} in the last ${RECENT_DAYS} days`
      : p.evidence.lastDate
        ? `nothing logged in ${RECENT_DAYS} days (last on ${formatDate(p.evidence.lastDate)})`
        : `nothing logged in ${RECENT_DAYS} days`;
  const stale = ratingAgeDays > STALE_RATING_DAYS ? ` (rated ${ageText(ratingAgeDays)} ago: check in again)` : '';
  return `${p.name}: ${gap} below target${stale}, ${evidence}`;
}

/**
 * Skills below target, best first: highest score; ties go to the skill with the older (or no)
 * last evidence, then framework order. At most `limit` (default 3). Skills without a target or a
 * rating, and those at or above target, are never suggested. `now` ages the ratings (default: the
 * newest rating date, so nothing is aged).
 */
export function focusSuggestions(progress: readonly SkillProgress[], limit = 3, now?: string): FocusSuggestion[] {
  const asOf = now ?? progress.reduce<string>((m, p) => (p.currentDate && p.currentDate > m ? p.currentDate : m), '0000-01-01');
  const ranked = progress
    .map((p, order) => ({ p, order }))
    .filter(
      (x): x is { p: SkillProgress & { gap: number; currentDate: string }; order: number } =>
        x.p.gap !== null && x.p.gap > 0 && x.p.currentDate !== null,
    )
    .map(({ p, order }) => {
      const ratingAgeDays = Math.max(0, daysBetween(p.currentDate, asOf));
      const ratingWeight = Math.pow(0.5, ratingAgeDays / RATING_HALF_LIFE_DAYS);
      const quiet = NO_RECENT_EVIDENCE_WEIGHT / (1 + p.evidence.weight);
      return {
        order,
        suggestion: {
          skill: p.skill,
          name: p.name,
          gap: p.gap,
          ratingWeight: round2(ratingWeight),
          ratingAgeDays,
          stale: ratingAgeDays > STALE_RATING_DAYS,
          score: round2(p.gap * ratingWeight + quiet),
          recentEvidence: p.evidence.recent,
          lastEvidenceDate: p.evidence.lastDate,
          reason: focusReason(p, p.gap, ratingAgeDays),
        } satisfies FocusSuggestion,
      };
    });
  ranked.sort(
    (a, b) =>
      b.suggestion.score - a.suggestion.score ||
      compareLastEvidence(a.suggestion.lastEvidenceDate, b.suggestion.lastEvidenceDate) ||
      a.order - b.order,
  );
  return ranked.slice(0, limit).map((r) => r.suggestion);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Older (or missing) evidence sorts first. */
function compareLastEvidence(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
