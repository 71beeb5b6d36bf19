/**
 * Which skills to work on next: the largest gaps to target, pushed up when the journal has no
 * recent evidence for them, each with a one-sentence reason. Pure: works on `skillProgress` output.
 */
import { formatDate } from '../dates';
import type { SkillId } from '../domain/framework';
import { RECENT_DAYS, type SkillProgress } from './progress';

/** Added to the gap when a skill has no evidence in the last 90 days, so quiet skills rise. */
export const NO_RECENT_EVIDENCE_WEIGHT = 0.5;

/** One suggested skill to focus on. Plain data. */
export interface FocusSuggestion {
  skill: SkillId;
  name: string;
  /** Levels below target (at least 1). */
  gap: number;
  /** The ranking score: the gap, plus NO_RECENT_EVIDENCE_WEIGHT when nothing was logged recently. */
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

/** The one-sentence reason for a suggestion. */
export function focusReason(p: Pick<SkillProgress, 'name' | 'evidence'>, gap: number): string {
  const evidence =
    p.evidence.recent > 0
      ? `${plural(p.evidence.recent, 'entry', 'entries')} in the last ${RECENT_DAYS} days`
      : p.evidence.lastDate
        ? `nothing logged in ${RECENT_DAYS} days (last on ${formatDate(p.evidence.lastDate)})`
        : `nothing logged in ${RECENT_DAYS} days`;
  return `${p.name}: ${gap} below target, ${evidence}`;
}

/**
 * Skills below target, best first: highest score; ties go to the skill with the older (or no)
 * last evidence, then framework order. At most `limit` (default 3). Skills without a target or a
 * rating, and those at or above target, are never suggested.
 */
export function focusSuggestions(progress: readonly SkillProgress[], limit = 3): FocusSuggestion[] {
  const ranked = progress
    .map((p, order) => ({ p, order }))
    .filter((x): x is { p: SkillProgress & { gap: number }; order: number } => x.p.gap !== null && x.p.gap > 0)
    .map(({ p, order }) => ({
      order,
      suggestion: {
        skill: p.skill,
        name: p.name,
        gap: p.gap,
        score: p.gap + (p.evidence.recent === 0 ? NO_RECENT_EVIDENCE_WEIGHT : 0),
        recentEvidence: p.evidence.recent,
        lastEvidenceDate: p.evidence.lastDate,
        reason: focusReason(p, p.gap),
      } satisfies FocusSuggestion,
    }));
  ranked.sort(
    (a, b) =>
      b.suggestion.score - a.suggestion.score ||
      compareLastEvidence(a.suggestion.lastEvidenceDate, b.suggestion.lastEvidenceDate) ||
      a.order - b.order,
  );
  return ranked.slice(0, limit).map((r) => r.suggestion);
}

/** Older (or missing) evidence sorts first. */
function compareLastEvidence(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
