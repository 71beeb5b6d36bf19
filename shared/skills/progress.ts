/**
 * Where a person stands on the six skills: current level (newest rating), target, gap, trend
 * against an earlier date, and how much journal evidence backs each skill. Pure and
 * deterministic: `now` (a YYYY-MM-DD date) is always passed in.
 */
import { addDays, compareDates, dayNumber } from '../dates';
import { SKILL_IDS, skillName, type SkillId } from '../domain/framework';
import type { CheckIn, Entry, SkillTarget } from '../schemas';
import type { SkillEvidenceRow } from '../aggregates';

/** The parts of a check-in these functions read (a stored CheckIn fits). */
export type CheckInLike = Pick<CheckIn, 'id' | 'date' | 'createdAt' | 'ratings'>;
/** The parts of a target these functions read (a stored SkillTarget fits). */
export type TargetLike = Pick<SkillTarget, 'skill' | 'level' | 'targetDate'>;
/**
 * The parts of a journal entry these functions read (any Entry fits); `count` stands for that
 * many entries of the same day and skills (the write-time aggregates, see `evidenceOfRows`).
 */
export type EvidenceLike = Pick<Entry, 'date' | 'skills'> & { count?: number };

/** How many days count as "recent" evidence: today and the 89 days before it (a count to show, not a cliff in any ranking). */
export const RECENT_DAYS = 90;
/** Journal evidence for a skill loses half its weight every this many days (a smooth fade, no cliff). */
export const EVIDENCE_HALF_LIFE_DAYS = 90;
/** How far back the default comparison check-in may be: 365 days before `now`. */
export const REFERENCE_WINDOW_DAYS = 365;

/** One skill's level from one check-in. */
export interface RatedLevel {
  level: number;
  /** The check-in's date (YYYY-MM-DD). */
  date: string;
  checkInId: string;
}

/** Check-ins oldest first: by date, then by when they were saved (two on one day keep their order). */
export function sortCheckIns<T extends CheckInLike>(checkIns: readonly T[]): T[] {
  return [...checkIns].sort((a, b) => compareDates(a.date, b.date) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/**
 * Each skill's level as of the end of `asOf` (or overall when omitted): the rating from the newest
 * check-in on or before that date that rated the skill; null when none did.
 */
export function levelsAt(checkIns: readonly CheckInLike[], asOf?: string): Record<SkillId, RatedLevel | null> {
  const out = Object.fromEntries(SKILL_IDS.map((id) => [id, null])) as Record<SkillId, RatedLevel | null>;
  for (const c of sortCheckIns(checkIns)) {
    if (asOf !== undefined && compareDates(c.date, asOf) > 0) break;
    for (const r of c.ratings) out[r.skill] = { level: r.level, date: c.date, checkInId: c.id };
  }
  return out;
}

/**
 * Each skill's level as of one check-in, that check-in included: the ratings of the check-ins up
 * to and including it in saved order. Unlike `levelsAt`, a second check-in on the same day is
 * not counted, so comparing with the first one of a day never compares a check-in with itself.
 */
export function levelsThrough(checkIns: readonly CheckInLike[], checkInId: string): Record<SkillId, RatedLevel | null> {
  const sorted = sortCheckIns(checkIns);
  const i = sorted.findIndex((c) => c.id === checkInId);
  return levelsAt(i < 0 ? [] : sorted.slice(0, i + 1));
}

/** The check-in saved just before this one (null for the first, or when it is not in the list). */
export function previousCheckIn<T extends CheckInLike>(checkIns: readonly T[], checkInId: string): T | null {
  const sorted = sortCheckIns(checkIns);
  const i = sorted.findIndex((c) => c.id === checkInId);
  return i > 0 ? sorted[i - 1]! : null;
}

/** Each skill's current level (its newest rating), or null when it has never been rated. */
export function currentLevels(checkIns: readonly CheckInLike[]): Record<SkillId, number | null> {
  const at = levelsAt(checkIns);
  return Object.fromEntries(SKILL_IDS.map((id) => [id, at[id]?.level ?? null])) as Record<SkillId, number | null>;
}

/**
 * The check-in to compare the present against by default: the oldest one dated within the
 * 365 days before `now`, other than the newest check-in; when none falls in that window, the
 * newest of the earlier ones; null when there is at most one check-in.
 */
export function defaultReferenceCheckIn<T extends CheckInLike>(checkIns: readonly T[], now: string): T | null {
  const earlier = sortCheckIns(checkIns).slice(0, -1);
  if (earlier.length === 0) return null;
  const from = addDays(now, -REFERENCE_WINDOW_DAYS);
  return earlier.find((c) => compareDates(c.date, from) >= 0) ?? earlier[earlier.length - 1]!;
}

/** One skill's level over time, oldest first (one point per check-in that rated it). */
export function levelHistory(checkIns: readonly CheckInLike[], skill: SkillId): RatedLevel[] {
  const out: RatedLevel[] = [];
  for (const c of sortCheckIns(checkIns)) {
    const r = c.ratings.find((x) => x.skill === skill);
    if (r) out.push({ level: r.level, date: c.date, checkInId: c.id });
  }
  return out;
}

/** How much journal evidence a skill has. */
export interface EvidenceCounts {
  /** Every entry tagged with the skill dated on or before `now` (later ones have not happened yet). */
  total: number;
  /** The entries' combined weight, each halving every EVIDENCE_HALF_LIFE_DAYS (today's counts 1). */
  weight: number;
  /** Entries dated today or in the 89 days before (future-dated ones are not counted). */
  recent: number;
  /** The newest entry date on or before `now`, or null when there is none. */
  lastDate: string | null;
}

/** Evidence counts for one skill: an entry tagged with several skills counts once for each of them. */
export function evidenceCounts(entries: readonly EvidenceLike[], skill: SkillId, now: string): EvidenceCounts {
  return countsOf((count) => {
    for (const e of entries) if (e.skills.includes(skill)) count(e.date, e.count ?? 1);
  }, now);
}

/** Sums what `each` hands over (a day and how many entries of it) as of `now`: the one definition of the evidence figures. */
function countsOf(each: (count: (date: string, n: number) => void) => void, now: string): EvidenceCounts {
  let total = 0;
  let recent = 0;
  let weight = 0;
  let lastDate: string | null = null;
  const today = dayNumber(now);
  each((date, n) => {
    const age = today - dayNumber(date);
    if (age < 0) return; // Dated in the future: ignored, as everywhere (see skillsDataNote).
    total += n;
    weight += n * Math.pow(0.5, age / EVIDENCE_HALF_LIFE_DAYS);
    if (age < RECENT_DAYS) recent += n;
    if (lastDate === null || compareDates(date, lastDate) > 0) lastDate = date;
  });
  return { total, recent, weight: Math.round(weight * 100) / 100, lastDate };
}

/** Where one skill stands. Plain data (safe to serialise, e.g. into the plan PDF). */
export interface SkillProgress {
  skill: SkillId;
  /** The skill's display name. */
  name: string;
  /** The newest rating (1-5) on or before `now`, or null when never rated. */
  current: number | null;
  /** The date of the check-in that gave `current`. */
  currentDate: string | null;
  /** The target level (1-5), or null when none is set. */
  target: number | null;
  targetDate: string | null;
  /** target - current: positive means below target, 0 on target, negative above; null when either is missing. */
  gap: number | null;
  /** The level as of the reference date, or null (no reference date, or not rated by then). */
  reference: number | null;
  /** current - reference: positive means improved; null when either is missing. */
  trend: number | null;
  evidence: EvidenceCounts;
}

/**
 * Per skill, in framework order: current level, target, gap, trend against `reference` and
 * evidence counts as of `now`. The reference is a check-in (the levels as that one left them;
 * default `defaultReferenceCheckIn`) or a date (the levels at the end of that day).
 */
export function skillProgress(
  checkIns: readonly CheckInLike[],
  targets: readonly TargetLike[],
  entries: readonly EvidenceLike[],
  now: string,
  reference: CheckInLike | string | null = defaultReferenceCheckIn(checkIns, now),
): SkillProgress[] {
  // Each skill's entries in one pass (in their order), rather than every entry looked at once per skill.
  const bySkill = new Map<SkillId, EvidenceLike[]>();
  for (const e of entries)
    e.skills.forEach((skill, i) => {
      if (e.skills.indexOf(skill) !== i) return;
      const list = bySkill.get(skill);
      if (list) list.push(e);
      else bySkill.set(skill, [e]);
    });
  return progressWith(checkIns, targets, (skill) => evidenceCounts(bySkill.get(skill) ?? [], skill, now), now, reference);
}

/**
 * `skillProgress` from the skill evidence rows kept at write time, without an item per skill and
 * day (`evidenceOfRows`): each skill's counts are summed from its rows' days in the same order,
 * so every figure is the one `skillProgress(…, evidenceOfRows(rows), …)` gives.
 */
export function skillProgressOfRows(
  checkIns: readonly CheckInLike[],
  targets: readonly TargetLike[],
  rows: readonly SkillEvidenceRow[],
  now: string,
  reference: CheckInLike | string | null = defaultReferenceCheckIn(checkIns, now),
): SkillProgress[] {
  return progressWith(checkIns, targets, (skill) => evidenceCountsOfRows(rows, skill, now), now, reference);
}

/** Evidence counts for one skill from the rows kept at write time, as `evidenceCounts` gives them for `evidenceOfRows(rows)`. */
export function evidenceCountsOfRows(rows: readonly SkillEvidenceRow[], skill: SkillId, now: string): EvidenceCounts {
  return countsOf((count) => {
    for (const r of rows) if (r.skill === skill) for (const [date, n] of Object.entries(r.days)) count(date, n);
  }, now);
}

function progressWith(
  checkIns: readonly CheckInLike[],
  targets: readonly TargetLike[],
  evidenceOf: (skill: SkillId) => EvidenceCounts,
  now: string,
  reference: CheckInLike | string | null,
): SkillProgress[] {
  // A check-in dated after `now` has not happened yet: it is ignored here as entries are.
  const current = levelsAt(checkIns, now);
  const earlier =
    reference === null ? null : typeof reference === 'string' ? levelsAt(checkIns, reference) : levelsThrough(checkIns, reference.id);
  return SKILL_IDS.map((skill) => {
    const target = targets.find((t) => t.skill === skill);
    const cur = current[skill]?.level ?? null;
    const ref = earlier?.[skill]?.level ?? null;
    return {
      skill,
      name: skillName(skill),
      current: cur,
      currentDate: current[skill]?.date ?? null,
      target: target?.level ?? null,
      targetDate: target?.targetDate ?? null,
      gap: cur !== null && target ? target.level - cur : null,
      reference: ref,
      trend: cur !== null && ref !== null ? cur - ref : null,
      evidence: evidenceOf(skill),
    };
  });
}

/**
 * The data-quality note for skills: check-ins and tagged entries dated after `now` are not counted
 * anywhere until that day (`entriesAfterNow`: how many entries are dated after `now`); null when there are none.
 */
export function skillsDataNote(checkIns: readonly Pick<CheckInLike, 'date'>[], entriesAfterNow: number, now: string): string | null {
  const c = checkIns.filter((x) => compareDates(x.date, now) > 0).length;
  const e = entriesAfterNow;
  if (c + e === 0) return null;
  const parts = [c ? `${c} check-in${c === 1 ? '' : 's'}` : '', e ? `${e} ${e === 1 ? 'entry' : 'entries'}` : '']
    .filter(Boolean)
    .join(' and ');
  return `${parts} dated after today ${c + e === 1 ? 'is' : 'are'} not counted until then. Check the date if that is a typo.`;
}

/** The skill evidence rows kept at write time as evidence items (one per skill and day, with its count). */
export function evidenceOfRows(rows: readonly SkillEvidenceRow[]): EvidenceLike[] {
  return rows.flatMap((r) => Object.entries(r.days).map(([date, count]) => ({ date, skills: [r.skill], count })));
}
