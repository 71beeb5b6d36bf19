/**
 * Path fit: where a person sits between the internal and the external path, how sure the app
 * can be, and why. Pure: the questionnaire answers, the journal and `now` (YYYY-MM-DD) go in, a
 * plain explanation comes out. Every rule carries its reason in a comment.
 *
 * Points are signed: negative pulls toward internal, positive toward external.
 */
import { compareDates, daysBetween, formatDate } from '../dates';
import { PATHS, type PathId } from '../domain/framework';
import type { Entry, PathAnswers } from '../schemas';
import { DIMENSIONS, type DimensionId } from './dimensions';
import { entriesUpTo, reflections, sidedConversations, type PersonLike, type SidedConversation } from './evidence';
import { article, plural } from './words';
import { FACTORS } from './factors';

/** The parts of a questionnaire answer that the fit reads (a stored PathAnswers fits). */
export type AnswersLike = Pick<PathAnswers, 'date' | 'dimensions' | 'factors'> & { createdAt?: string };

// Each dimension step is worth 1 point: three dimensions answered "strongly" (±2) fill the scale.
export const DIMENSION_POINTS = 1;
// A factor weight is worth half a point per step: what someone values matters, but less than which
// side they say suits them, and weights on both sides partly cancel out.
export const FACTOR_POINTS = 0.5;
// One point per reflection that leans a way: the person's own words after the fact.
export const REFLECTION_POINTS = 1;
// Half a point per energy step away from neutral (3): a conversation is second-hand experience.
export const CONVERSATION_POINTS = 0.5;
// A full point per energy step for shadowing: doing the work beats hearing about it.
export const SHADOWING_POINTS = 1;
// Each journal group is capped so a burst of similar entries cannot drown everything else out.
export const REFLECTION_CAP = 3;
export const CONVERSATION_CAP = 3;
export const SHADOWING_CAP = 4;
// The position is the total over 6 points (three strong dimension answers), clamped to [-1, 1].
export const FULL_SCALE = 6;
// Below 0.2 either way the app calls it undecided; from 0.6 it is a strong lean.
export const UNDECIDED_BELOW = 0.2;
export const STRONG_FROM = 0.6;
// Questionnaire and journal only "disagree" when both push at least a point in opposite ways:
// smaller totals are noise.
export const DISAGREE_FROM = 1;
// Confidence needs this many pieces of journal evidence (medium), or this many plus both sides
// and some shadowing (high).
export const MEDIUM_EVIDENCE = 3;
export const HIGH_EVIDENCE = 6;
// Answers older than this are worth revisiting: people change.
export const STALE_ANSWERS_DAYS = 180;

export type FitSource = 'dimension' | 'factor' | 'reflections' | 'conversations' | 'shadowing';
export type Confidence = 'low' | 'medium' | 'high';
export type FitLean = PathId | 'undecided';

/** One thing that moved the fit, with its sign, size and one-sentence reason. */
export interface FitContribution {
  /** Stable within one fit, e.g. 'dimension:risk', 'factor:job-security', 'shadowing:external'. */
  id: string;
  source: FitSource;
  label: string;
  /** Signed points (negative: internal, positive: external; 0: counted but neutral). */
  points: number;
  direction: PathId | 'neither';
  reason: string;
}

/** The fit as of one date. Plain data. */
export interface PathFit {
  asOf: string;
  /** From -1 (strongly internal) to 1 (strongly external), two decimals. */
  position: number;
  lean: FitLean;
  /** e.g. "Leans external". */
  positionLabel: string;
  confidence: Confidence;
  confidenceReason: string;
  contributions: FitContribution[];
  nextStep: string;
  /** The date of the questionnaire answers used, or null when none. */
  answersDate: string | null;
  /** Journal entries that carried a signal (leaning reflections, rated conversations and shadowing with internal or external PMs). */
  evidenceCount: number;
  /** Points from the questionnaire and from the journal, before scaling. */
  totals: { questionnaire: number; journal: number };
}

/** Rounds to two decimals (keeps -0 out of the output). */
function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}

function clamp(n: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, n));
}

function direction(points: number): PathId | 'neither' {
  return points < 0 ? 'internal' : points > 0 ? 'external' : 'neither';
}

function sideWord(side: PathId): string {
  return side === 'internal' ? 'internal' : 'external';
}

/** The newest answers dated on or before `asOf` (two on one day: the later saved), or null. */
export function answersAsOf<T extends AnswersLike>(history: readonly T[], asOf: string): T | null {
  let best: T | null = null;
  for (const a of history) {
    if (compareDates(a.date, asOf) > 0) continue;
    if (!best || compareDates(a.date, best.date) > 0 || (a.date === best.date && (a.createdAt ?? '') >= (best.createdAt ?? ''))) best = a;
  }
  return best;
}

/** The label of a position on the internal-external scale. */
export function positionLabel(position: number): { lean: FitLean; label: string } {
  const size = Math.abs(position);
  if (size < UNDECIDED_BELOW) return { lean: 'undecided', label: 'Undecided' };
  const lean: PathId = position < 0 ? 'internal' : 'external';
  return { lean, label: `${size >= STRONG_FROM ? 'Strongly' : 'Leans'} ${sideWord(lean)}` };
}

function questionnaireContributions(answers: AnswersLike | null): FitContribution[] {
  if (!answers) return [];
  const out: FitContribution[] = [];
  for (const d of DIMENSIONS) {
    const lean = answers.dimensions[d.id as DimensionId];
    if (lean === undefined) continue; // An unanswered question says nothing.
    const points = lean * DIMENSION_POINTS;
    const said =
      lean === 0
        ? 'either side suits you'
        : `${Math.abs(lean) === 2 ? 'strongly prefer' : 'prefer'} ${lean < 0 ? d.sides.internal.toLowerCase() : d.sides.external.toLowerCase()}`;
    out.push({
      id: `dimension:${d.id}`,
      source: 'dimension',
      label: d.name,
      points,
      direction: direction(points),
      reason: `On ${d.name.toLowerCase()}, you said you ${said}.`,
    });
  }
  for (const f of FACTORS) {
    const weight = answers.factors[f.id] ?? 0;
    if (weight === 0) continue; // A factor that doesn't matter to the person must not move the fit.
    const points = (f.favours === 'internal' ? -1 : 1) * weight * FACTOR_POINTS;
    const why =
      f.kind === 'pro'
        ? `a strength of the ${sideWord(f.favours)} path`
        : `it avoids a drawback of the ${f.favours === 'internal' ? 'external' : 'internal'} path`;
    out.push({
      id: `factor:${f.id}`,
      source: 'factor',
      label: f.label,
      points,
      direction: direction(points),
      reason: `You weighted this ${weight} of 3, and it is ${why}.`,
    });
  }
  return out;
}

function reflectionContribution(entries: readonly Entry[]): FitContribution | null {
  const rs = reflections(entries);
  const toInternal = rs.filter((r) => r.lean === 'internal').length;
  const toExternal = rs.filter((r) => r.lean === 'external').length;
  if (toInternal + toExternal === 0) return null; // Unmarked or "unsure" reflections carry no lean.
  const points = clamp((toExternal - toInternal) * REFLECTION_POINTS, REFLECTION_CAP);
  const capped = Math.abs(toExternal - toInternal) * REFLECTION_POINTS > REFLECTION_CAP ? ` (capped at ${REFLECTION_CAP} points)` : '';
  return {
    id: 'reflections',
    source: 'reflections',
    label: 'Reflections',
    points,
    direction: direction(points),
    reason: `${plural(toExternal, 'reflection')} leaned external and ${toInternal} internal${capped}.`,
  };
}

/** Energy 1-5 as a step away from neutral (3): +2 very energising, -2 very draining. */
function energyStep(c: SidedConversation): number | null {
  return c.entry.energy === undefined ? null : c.entry.energy - 3;
}

function sidedContribution(kind: 'conversations' | 'shadowing', side: PathId, items: readonly SidedConversation[]): FitContribution | null {
  if (items.length === 0) return null;
  const perStep = kind === 'shadowing' ? SHADOWING_POINTS : CONVERSATION_POINTS;
  const cap = kind === 'shadowing' ? SHADOWING_CAP : CONVERSATION_CAP;
  const rated = items.map(energyStep).filter((s): s is number => s !== null);
  const sum = rated.reduce((a, b) => a + b, 0);
  // Energising time with one side pulls toward it; draining time pushes away from it.
  const raw = (side === 'internal' ? -1 : 1) * sum * perStep;
  const points = clamp(raw, cap);
  const what =
    kind === 'shadowing'
      ? `${plural(items.length, 'shadowing session')} with ${sideWord(side)} PMs`
      : `${plural(items.length, 'conversation')} with ${sideWord(side)} PMs`;
  let felt: string;
  if (rated.length === 0) felt = 'none rated for energy yet, so they do not move the fit';
  else {
    const avg = 3 + sum / rated.length;
    const tone = avg > 3 ? 'energising' : avg < 3 ? 'draining' : 'neutral';
    felt = `${rated.length === items.length ? '' : `${rated.length} rated, `}${tone} on average (${round2(avg)} of 5)`;
  }
  const capped = Math.abs(raw) > cap ? ` (capped at ${cap} points)` : '';
  return {
    id: `${kind}:${side}`,
    source: kind,
    label: kind === 'shadowing' ? `Shadowing ${sideWord(side)} PMs` : `Talking with ${sideWord(side)} PMs`,
    points: round2(points),
    direction: direction(points),
    reason: `${what}: ${felt}${capped}.`,
  };
}

function journalContributions(
  entries: readonly Entry[],
  people: readonly PersonLike[],
): { contributions: FitContribution[]; evidenceCount: number; sided: SidedConversation[] } {
  const sided = sidedConversations(entries, people).filter((c) => c.side !== null);
  const out: FitContribution[] = [];
  const r = reflectionContribution(entries);
  if (r) out.push(r);
  for (const kind of ['conversations', 'shadowing'] as const) {
    for (const side of ['internal', 'external'] as const) {
      const items = sided.filter((c) => c.side === side && (c.entry.conversationKind === 'shadowing') === (kind === 'shadowing'));
      const c = sidedContribution(kind, side, items);
      if (c) out.push(c);
    }
  }
  const leaning = reflections(entries).filter((x) => x.lean === 'internal' || x.lean === 'external').length;
  const rated = sided.filter((c) => c.entry.energy !== undefined).length;
  return { contributions: out, evidenceCount: leaning + rated, sided };
}

/**
 * The fit as of `now`: the newest questionnaire answers on or before `now` (from `answersHistory`)
 * plus the journal entries dated on or before `now`. `people` says which side each contact is on.
 */
export function pathFit(
  answersHistory: readonly AnswersLike[],
  entries: readonly Entry[],
  people: readonly PersonLike[],
  now: string,
): PathFit {
  const answers = answersAsOf(answersHistory, now);
  const journal = entriesUpTo(entries, now);
  const fromAnswers = questionnaireContributions(answers);
  const fromJournal = journalContributions(journal, people);
  const q = fromAnswers.reduce((a, c) => a + c.points, 0);
  const j = fromJournal.contributions.reduce((a, c) => a + c.points, 0);
  const position = round2(clamp((q + j) / FULL_SCALE, 1));
  const { lean, label } = positionLabel(position);
  const hasAnswers = fromAnswers.length > 0;
  const evidence = fromJournal.evidenceCount;
  const disagree = q * j < 0 && Math.abs(q) >= DISAGREE_FROM && Math.abs(j) >= DISAGREE_FROM;
  const sides = new Set(fromJournal.sided.map((c) => c.side));
  const bothSides = sides.has('internal') && sides.has('external');
  const shadowed = fromJournal.sided.some((c) => c.entry.conversationKind === 'shadowing' && c.entry.energy !== undefined);

  let confidence: Confidence;
  let confidenceReason: string;
  if (!hasAnswers && evidence === 0) {
    confidence = 'low';
    confidenceReason = 'There is nothing to go on yet: no questionnaire answers and no journal evidence.';
  } else if (disagree) {
    // When what someone says and what they lived point apart, neither can be trusted on its own.
    confidence = 'low';
    confidenceReason = `Your answers point ${q < 0 ? 'internal' : 'external'} but your journal points ${j < 0 ? 'internal' : 'external'}${Math.abs(j) > Math.abs(q) ? ', and the journal weighs more' : ''}.`;
  } else if (evidence === 0) {
    // A questionnaire is a guess about yourself until experience backs it.
    confidence = 'low';
    confidenceReason = 'This rests on your questionnaire answers alone; nothing in your journal backs them up yet.';
  } else if (hasAnswers && evidence >= HIGH_EVIDENCE && bothSides && shadowed) {
    confidence = 'high';
    confidenceReason = `${plural(evidence, 'piece')} of journal evidence, from both sides and including shadowing, agree with your answers.`;
  } else if (evidence >= MEDIUM_EVIDENCE) {
    confidence = 'medium';
    confidenceReason = `${plural(evidence, 'piece')} of journal evidence${hasAnswers ? ' agree with your answers' : ', but no questionnaire answers'}${bothSides ? '' : '; only one side heard from so far'}${shadowed ? '' : '; no rated shadowing yet'}.`;
  } else {
    confidence = 'low';
    confidenceReason = `Only ${plural(evidence, 'piece')} of journal evidence so far.`;
  }

  const nextStep = chooseNextStep({ answers, lean, disagree, sided: fromJournal.sided, journal, now });
  return {
    asOf: now,
    position,
    lean,
    positionLabel: label,
    confidence,
    confidenceReason,
    contributions: [...fromAnswers, ...fromJournal.contributions],
    nextStep,
    answersDate: answers?.date ?? null,
    evidenceCount: evidence,
    totals: { questionnaire: round2(q), journal: round2(j) },
  };
}

/** The single most useful next step, in order of what the fit lacks most. */
function chooseNextStep(s: {
  answers: AnswersLike | null;
  lean: FitLean;
  disagree: boolean;
  sided: SidedConversation[];
  journal: Entry[];
  now: string;
}): string {
  // Without answers there is no starting point to test.
  if (!s.answers) return 'Answer the questionnaire: say which side suits you on each dimension and how much each pro and con matters.';
  const talked = (side: PathId) => s.sided.some((c) => c.side === side && c.entry.conversationKind !== 'shadowing');
  // Hearing from the side not yet heard from is the cheapest way to test a lean.
  const missing = (['external', 'internal'] as const).filter((side) => !talked(side));
  if (missing.length === 2)
    return `Talk to ${s.lean === 'external' ? 'an internal' : 'an external'} PM about their work, then one from the other side, and log both conversations.`;
  if (missing.length === 1)
    return `Talk to ${article(missing[0]!)} PM about what their days, pressures and rewards are like, and log the conversation.`;
  // An unrated conversation cannot count: one number fixes that.
  const unrated = s.sided.find((c) => c.entry.energy === undefined);
  if (unrated)
    return `Rate how energising your ${unrated.entry.conversationKind === 'shadowing' ? 'shadowing' : 'conversation'} with ${unrated.personName ?? 'them'} on ${formatDate(unrated.entry.date)} felt, so it counts.`;
  // First-hand experience is the strongest evidence the journal can hold.
  const shadowedSides = new Set(s.sided.filter((c) => c.entry.conversationKind === 'shadowing').map((c) => c.side));
  if (shadowedSides.size === 0)
    return `Ask to shadow ${s.lean === 'internal' ? 'an internal' : s.lean === 'external' ? 'an external' : 'an internal and an external'} PM for a day to test your lean first-hand.`;
  if (shadowedSides.size === 1)
    return `Shadow ${article(shadowedSides.has('internal') ? 'external' : 'internal')} PM too, so you can compare both sides first-hand.`;
  if (s.disagree)
    return 'Write a reflection on why your answers and your experiences point different ways, then revisit the questionnaire.';
  // Writing down a lean after an experience turns a feeling into evidence.
  if (!reflections(s.journal).some((r) => r.lean === 'internal' || r.lean === 'external'))
    return 'After your next conversation, write a reflection and mark which path it leans toward.';
  if (daysBetween(s.answers.date, s.now) > STALE_ANSWERS_DAYS)
    return `Revisit the questionnaire: your answers are from ${formatDate(s.answers.date)}.`;
  return `Keep testing your lean toward ${s.lean === 'undecided' ? 'either path' : PATHS[s.lean].name}: log your next conversation and revisit the questionnaire in a few months.`;
}
