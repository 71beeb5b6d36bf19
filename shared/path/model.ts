/**
 * The path-fit model in numbers (docs/insight-model.md explains it for a coach). Every piece of
 * evidence points to one path with a weight in "points"; the position is the signed share of all
 * the weight, measured against a neutral starting belief, so it approaches ±1 as agreeing evidence
 * piles up and never reaches it. Pure: no strings here beyond ids, so the fit history can re-run
 * it for every month quickly.
 *
 * Sign convention everywhere: negative is internal (left), positive is external (right).
 */
import { daysBetween } from '../dates';
import type { PathId } from '../domain/framework';
import { DIMENSIONS } from './dimensions';
import type { ConversationLike, PathEntry, PersonLike, ReflectionLike } from './evidence';
import { FACTORS, FACTORS_PER_SIDE } from './factors';

/** Evidence loses half its weight every this many days (about six months): people change. */
export const HALF_LIFE_DAYS = 182;
/**
 * The neutral starting belief, worth this many points (half on each side). It is what stops a
 * handful of items from reaching the end of the scale, and it bounds any one item's effect:
 * an item worth w points moves the position by at most w / PRIOR_POINTS.
 */
export const PRIOR_POINTS = 6;
/** A conversation at full strength (energy 5 of 5 with an internal or external PM). */
export const CONVERSATION_POINTS = 1;
/** A shadowing day at full strength: doing the work beats hearing about it, so twice a conversation. */
export const SHADOWING_POINTS = 2;
/** A reflection marked as leaning one way: the person's own words after the fact. */
export const REFLECTION_POINTS = 1;
/** The most one journal entry can be worth, and so the most it can move the position. */
export const MAX_ENTRY_POINTS = Math.max(CONVERSATION_POINTS, SHADOWING_POINTS, REFLECTION_POINTS);
export const MAX_ENTRY_SHIFT = MAX_ENTRY_POINTS / PRIOR_POINTS;
/** A draining conversation counts at half the strength of an energising one, away from that side. */
export const DRAIN_SHARE = 0.5;
/**
 * All draining entries with one side together count for at most this many points, so being
 * drained by one side alone can nudge the position (at most 1 / (6 + 1) = 0.14) but never make a
 * lean: feeling flat with internal PMs is not evidence that external work suits you.
 */
export const DRAIN_CAP_POINTS = 1;
/** One dimension answered "strongly" (±2) is worth this much; "somewhat" half of it. */
export const DIMENSION_POINTS = 1;
/** All six factors of one side weighted "matters a lot" are worth this much together. */
export const FACTOR_SIDE_POINTS = 1;
/** Below this the position is "Undecided"; from STRONG_FROM on it is "Strongly". */
export const UNDECIDED_BELOW = 0.2;
export const STRONG_FROM = 0.6;
/** Journal weight at which the amount of evidence counts half (amount = w / (w + this)). */
export const AMOUNT_HALF_POINTS = 3;
/** Confidence score thresholds (score = amount × agreement × coverage, 0..1). */
export const HIGH_FROM = 0.55;
export const MEDIUM_FROM = 0.3;
/** Coverage when the journal has not heard (in rated conversations or shadowing) from both sides. */
export const ONE_SIDE_COVERAGE = 0.7;
/** A source "points" a way when its net weight is at least this. */
export const SOURCE_POINTS_FROM = 0.25;
/** Answers older than this are worth revisiting. */
export const STALE_ANSWERS_DAYS = 182;

export type FitLean = PathId | 'undecided';
export type Confidence = 'low' | 'medium' | 'high';
/** Where evidence comes from; the order is the order the explanation groups them in. */
export const SOURCES = ['answers', 'conversations', 'shadowing', 'reflections'] as const;
export type SourceGroup = (typeof SOURCES)[number];

/** -1 for internal, +1 for external. */
export function signOf(side: PathId): -1 | 1 {
  return side === 'internal' ? -1 : 1;
}
export function otherSide(side: PathId): PathId {
  return side === 'internal' ? 'external' : 'internal';
}

/**
 * Days from `from` to `to`, through a cache of day numbers: a journal has a few thousand distinct
 * dates and the fit and its history read each of them many times.
 */
const dayCache = new Map<string, number>();
export function ageInDays(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
function dayNumber(date: string): number {
  let n = dayCache.get(date);
  if (n === undefined) {
    if (dayCache.size > 100_000) dayCache.clear();
    n = daysBetween('1970-01-01', date);
    dayCache.set(date, n);
  }
  return n;
}

/** How much an item of this age still counts, 1 (today) .. toward 0. */
export function recencyWeight(ageDays: number): number {
  return ageDays <= 0 ? 1 : Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
}

/** One questionnaire answer as evidence (no decay: answers stand until the person answers again). */
export interface AnswerItem {
  kind: 'dimension' | 'factor';
  id: string;
  /** The path it points to, or null (an "either suits me" answer: counted, no weight). */
  side: PathId | null;
  points: number;
  /** The raw answer: -2..2 for a dimension, 1..3 for a factor. */
  value: number;
}

export type AnswersItemsInput = { dimensions: Partial<Record<string, number>>; factors: Partial<Record<string, number>> };

/** The questionnaire as items. Both sides' factors carry the same total, so equal ratings cancel. */
export function answerItems(answers: AnswersItemsInput | null): AnswerItem[] {
  if (!answers) return [];
  const out: AnswerItem[] = [];
  for (const d of DIMENSIONS) {
    const v = answers.dimensions[d.id];
    if (v === undefined) continue;
    out.push({
      kind: 'dimension',
      id: d.id,
      side: v < 0 ? 'internal' : v > 0 ? 'external' : null,
      points: (Math.abs(v) / 2) * DIMENSION_POINTS,
      value: v,
    });
  }
  for (const f of FACTORS) {
    const w = answers.factors[f.id] ?? 0;
    if (w === 0) continue; // "Doesn't matter" says nothing.
    out.push({ kind: 'factor', id: f.id, side: f.favours, points: ((w / 3) * FACTOR_SIDE_POINTS) / FACTORS_PER_SIDE, value: w });
  }
  return out;
}

/** What a journal entry says about the paths, before ageing. */
export interface JournalItem {
  entry: ConversationLike | ReflectionLike;
  source: Exclude<SourceGroup, 'answers'>;
  /** The side of the person talked with (conversations), or the reflection's lean. */
  about: PathId;
  personName: string | null;
  /** Energy 1-5 for conversations; undefined when not rated. */
  energy: number | undefined;
  /**
   * 'for': points to `about`; 'against': drained, points away from `about` at DRAIN_SHARE;
   * 'neutral': rated 3, no evidence; 'unrated': not counted.
   */
  reading: 'for' | 'against' | 'neutral' | 'unrated';
  /** The path the item points to (null for neutral and unrated). */
  side: PathId | null;
  /** Full-strength weight before ageing (0 for neutral and unrated). */
  basePoints: number;
  /**
   * Filled in by `ageItems` (0, NaN and NaN until then). NaN, not 1 and 0: a field that starts
   * as a small integer and is then given a fraction changes how V8 lays out every item (each is
   * migrated as it is next touched); starting as a fraction, ageing thousands of items only
   * writes numbers.
   */
  ageDays: number;
  recency: number;
  /** Signed weight after ageing (and the drain cap). */
  signed: number;
}

/**
 * The journal entries that speak to the path question, in input order: reflections with a lean,
 * and conversations or shadowing with internal or external PMs; when `asOf` is given, entries
 * dated later are left out and counted in `future` (with the latest such date).
 */
export function journalItems(
  entries: readonly PathEntry[],
  people: readonly PersonLike[],
  asOf?: string,
  future: { count: number; latest: string | null } = { count: 0, latest: null },
): JournalItem[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const out: JournalItem[] = [];
  for (const e of entries) {
    // ISO dates compare as strings.
    if (asOf !== undefined && e.date > asOf) {
      future.count += 1;
      if (future.latest === null || e.date > future.latest) future.latest = e.date;
      continue;
    }
    if (e.kind === 'reflection') {
      if (e.lean !== 'internal' && e.lean !== 'external') continue; // Unmarked or unsure: no lean.
      out.push({
        entry: e,
        source: 'reflections',
        about: e.lean,
        personName: null,
        energy: undefined,
        reading: 'for',
        side: e.lean,
        basePoints: REFLECTION_POINTS,
        ageDays: 0,
        recency: NaN,
        signed: NaN,
      });
    } else if (e.kind === 'conversation') {
      const person = byId.get(e.personId);
      const about = person?.path;
      if (about !== 'internal' && about !== 'external') continue; // Not a PM on either path.
      const shadowing = e.conversationKind === 'shadowing';
      const full = shadowing ? SHADOWING_POINTS : CONVERSATION_POINTS;
      const step = e.energy === undefined ? null : e.energy - 3;
      const reading = step === null ? 'unrated' : step > 0 ? 'for' : step < 0 ? 'against' : 'neutral';
      const strength = step === null ? 0 : (Math.abs(step) / 2) * full * (step < 0 ? DRAIN_SHARE : 1);
      out.push({
        entry: e,
        source: shadowing ? 'shadowing' : 'conversations',
        about,
        personName: person?.name ?? null,
        energy: e.energy,
        reading,
        side: reading === 'for' ? about : reading === 'against' ? otherSide(about) : null,
        basePoints: strength,
        ageDays: 0,
        recency: NaN,
        signed: NaN,
      });
    }
  }
  return out;
}

/** A journal item aged as of one date (see `ageItems`). */
export type AgedItem = JournalItem;

/** The numbers behind a fit. */
export interface FitCore {
  position: number;
  lean: FitLean;
  strength: 'undecided' | 'leans' | 'strongly';
  confidence: Confidence;
  /** amount × agreement × coverage. */
  score: number;
  /** Journal weight after ageing. */
  journalPoints: number;
  amount: number;
  agreement: number;
  coverage: number;
  /** Signed net weight per source. */
  nets: Record<SourceGroup, number>;
  /** Sides heard from in rated conversations or shadowing (neutral ratings included). */
  heard: Record<PathId, boolean>;
  /** Sum of absolute weights, prior excluded (the effect denominator is PRIOR_POINTS + this). */
  total: number;
}

/** The label parts of a position. */
export function leanOf(position: number): { lean: FitLean; strength: FitCore['strength'] } {
  const size = Math.abs(position);
  if (size < UNDECIDED_BELOW) return { lean: 'undecided', strength: 'undecided' };
  return { lean: position < 0 ? 'internal' : 'external', strength: size >= STRONG_FROM ? 'strongly' : 'leans' };
}

/** Rounds to `places` decimals, halves away from zero (so mirrored inputs round alike), without -0. */
export function roundTo(n: number, places: number): number {
  const f = 10 ** places;
  // Snapped to 1e-9 first: sums taken in another order (a mirrored journal) differ in the last bits.
  const snapped = Math.round(Math.abs(n) * 1e9) / 1e9;
  const r = (Math.sign(n) * Math.round(snapped * f)) / f;
  return r === 0 ? 0 : r;
}

/** Rounds to two decimals. */
export function round2(n: number): number {
  return roundTo(n, 2);
}

/** The running sums the core needs; built by `coreSums` or rolled forward month by month. */
export interface CoreSums {
  /** Signed and absolute weight per source (journal sources after ageing, before the drain cap). */
  net: Record<SourceGroup, number>;
  /** Draining weight per side it drained on (before the cap), and its signed contribution. */
  drainAbout: Record<PathId, number>;
  /** Absolute journal weight that is not draining. */
  forAbs: number;
  /** Signed journal weight that is not draining. */
  forSigned: number;
  heard: Record<PathId, boolean>;
  /** Questionnaire: signed net and absolute total. */
  qNet: number;
  qAbs: number;
}

/** The factor by which a side's draining weight is scaled to respect DRAIN_CAP_POINTS. */
export function drainScale(drain: number): number {
  return drain > DRAIN_CAP_POINTS ? DRAIN_CAP_POINTS / drain : 1;
}

/** The position, label and confidence from the running sums. */
export function coreFromSums(s: CoreSums): FitCore {
  const drainI = s.drainAbout.internal * drainScale(s.drainAbout.internal); // points external
  const drainE = s.drainAbout.external * drainScale(s.drainAbout.external); // points internal
  const journalSigned = s.forSigned + drainI - drainE;
  const journalAbs = s.forAbs + drainI + drainE;
  const signed = s.qNet + journalSigned;
  const total = s.qAbs + journalAbs;
  const position = round2(signed / (PRIOR_POINTS + total));
  const { lean, strength } = leanOf(position);
  // Agreement: how much of the weight points the same way. The questionnaire counts as one net
  // voice (rating both sides' pros is not self-contradiction); journal entries count one by one,
  // so a journal that cancels itself out is not mistaken for agreement.
  const agreeDenominator = Math.abs(s.qNet) + journalAbs;
  const agreement = agreeDenominator === 0 ? 0 : Math.abs(signed) / agreeDenominator;
  const amount = journalAbs / (journalAbs + AMOUNT_HALF_POINTS);
  const coverage = s.heard.internal && s.heard.external ? 1 : ONE_SIDE_COVERAGE;
  const score = amount * agreement * coverage;
  const confidence: Confidence = score >= HIGH_FROM ? 'high' : score >= MEDIUM_FROM ? 'medium' : 'low';
  // Draining weight is reported under the source it came from.
  const nets = { ...s.net };
  return {
    position,
    lean,
    strength,
    confidence,
    score,
    journalPoints: journalAbs,
    amount,
    agreement,
    coverage,
    nets,
    heard: { ...s.heard },
    total,
  };
}

export function emptySums(): CoreSums {
  return {
    net: { answers: 0, conversations: 0, shadowing: 0, reflections: 0 },
    drainAbout: { internal: 0, external: 0 },
    forAbs: 0,
    forSigned: 0,
    heard: { internal: false, external: false },
    qNet: 0,
    qAbs: 0,
  };
}

/** Adds the questionnaire to the sums (replacing any earlier answers). */
export function setAnswerSums(s: CoreSums, items: readonly AnswerItem[]): void {
  let net = 0;
  let abs = 0;
  for (const a of items) {
    if (!a.side) continue;
    net += signOf(a.side) * a.points;
    abs += a.points;
  }
  s.qNet = net;
  s.qAbs = abs;
  s.net.answers = net;
}

/** Adds one journal item, already aged by `recency`, to the sums. */
export function addJournalSums(s: CoreSums, item: JournalItem, recency: number): void {
  if (item.reading !== 'unrated') s.heard[item.about] = true;
  if (!item.side) return;
  const w = item.basePoints * recency;
  s.net[item.source] += signOf(item.side) * w;
  if (item.reading === 'against') s.drainAbout[item.about] += w;
  else {
    s.forAbs += w;
    s.forSigned += signOf(item.side) * w;
  }
}

/** Multiplies every journal weight by `factor` (everything ages alike: rolling the sums forward in time). */
export function ageSums(s: CoreSums, factor: number): void {
  for (const k of ['conversations', 'shadowing', 'reflections'] as const) s.net[k] *= factor;
  s.drainAbout.internal *= factor;
  s.drainAbout.external *= factor;
  s.forAbs *= factor;
  s.forSigned *= factor;
}

/**
 * Ages each journal item as of `asOf` in place (items dated later are left out by the caller):
 * its age, how much it still counts and its signed weight. Returns the same array.
 */
export function ageItems(items: JournalItem[], asOf: string): AgedItem[] {
  const drain: Record<PathId, number> = { internal: 0, external: 0 };
  const today = dayNumber(asOf);
  for (const item of items) {
    item.ageDays = Math.max(0, today - dayNumber(item.entry.date));
    item.recency = recencyWeight(item.ageDays);
    if (item.reading === 'against') drain[item.about] += item.basePoints * item.recency;
  }
  const scale = { internal: drainScale(drain.internal), external: drainScale(drain.external) };
  for (const a of items) {
    const cap = a.reading === 'against' ? scale[a.about] : 1;
    a.signed = a.side ? signOf(a.side) * a.basePoints * a.recency * cap : 0;
  }
  return items;
}
