/**
 * Path fit: where a person sits between the internal and the external path, how sure the app can
 * be, and why, itemised. Pure: the questionnaire answers, the journal and `now` (YYYY-MM-DD) go in.
 * The numbers come from ./model (docs/insight-model.md), the words from ./sentences, the next
 * steps from ./nextSteps.
 *
 * Sign convention everywhere: negative is internal (left), positive is external (right); the
 * position and every contribution's `points` are on the same scale, and the points add up to it.
 */
import { compareDates, daysBetween, formatDate } from '../dates';
import type { PathId } from '../domain/framework';
import type { PathAnswers } from '../schemas';
import { dimensionName } from './dimensions';
import type { PathEntry, PersonLike } from './evidence';
import { factorById, type FactorId } from './factors';
import {
  PRIOR_POINTS,
  SOURCES,
  SOURCE_POINTS_FROM,
  addJournalSums,
  ageItems,
  answerItems,
  coreFromSums,
  emptySums,
  round2,
  roundTo,
  setAnswerSums,
  signOf,
  journalItems,
  leanOf,
  type AgedItem,
  type AnswerItem,
  type Confidence,
  type FitCore,
  type FitLean,
  type SourceGroup,
} from './model';
import { nextSteps, type NextStep, type StepFacts } from './nextSteps';
import {
  confidenceSentence,
  contributionSentence,
  positionWords,
  sourceTensionSentence,
  tensionSentence,
  verdictSentence,
  type ConfidenceFacts,
  type ContributionFacts,
  type Voice,
} from './sentences';
import { plural } from './words';

export type { Confidence, FitLean } from './model';

/** The parts of a questionnaire answer that the fit reads (a stored PathAnswers fits). */
export type AnswersLike = Pick<PathAnswers, 'date' | 'dimensions' | 'factors'> & { createdAt?: string };

export type FitSource = 'dimension' | 'factor' | 'reflections' | 'conversations' | 'shadowing';

/** One thing the fit looked at, with its effect, weight, age and one-sentence reason. */
export interface FitContribution {
  /** 'dimension:risk', 'factor:job-security', or 'entry:<entry id>'. */
  id: string;
  source: FitSource;
  /** The explanation groups contributions by this. */
  group: SourceGroup;
  label: string;
  /** Signed effect on the position (negative: internal); the effects add up to the position. */
  points: number;
  /** Weight in evidence points after ageing (0: looked at, not counted). */
  weight: number;
  /** How much of its full weight it keeps for its age (1 for answers, which do not age). */
  recency: number;
  /** Days old (null for answers). */
  ageDays: number | null;
  direction: PathId | 'neither';
  /** False for neutral ratings, "either suits me" answers and unrated conversations. */
  counted: boolean;
  /** The entry it came from, for a link (journal contributions only). */
  entryId?: string;
  facts: ContributionFacts;
  /** One sentence saying why. */
  reason: string;
}

/** The fit as of one date. Plain data. */
export interface PathFit {
  asOf: string;
  /** From -1 (all internal) to 1 (all external), two decimals; it never reaches either end. */
  position: number;
  lean: FitLean;
  strength: FitCore['strength'];
  /** e.g. "Leans external". */
  positionLabel: string;
  /** "You lean toward the external path, with medium confidence." */
  verdict: string;
  confidence: Confidence;
  /** The three parts of confidence (0..1 each) and their product. */
  confidenceParts: { amount: number; agreement: number; coverage: number; score: number };
  confidenceReason: string;
  /** Every item looked at: answers first, then the journal by source, each group largest effect first. */
  contributions: FitContribution[];
  /** The (up to) three largest contributions behind the lean, as sentences. */
  reasons: string[];
  /** Answers and journal sources that pull against the lean. */
  tensions: string[];
  /** Conversations with internal or external PMs that have no energy rating: listed, not counted. */
  unrated: FitContribution[];
  nextStep: string;
  nextSteps: NextStep[];
  /** The date of the questionnaire answers used, or null when none. */
  answersDate: string | null;
  /** Journal entries that count (leaning reflections, rated non-neutral conversations and shadowing). */
  evidenceCount: number;
  /** Signed effect of the questionnaire and of the journal (they add up to the position, up to rounding). */
  totals: { questionnaire: number; journal: number };
  /** Entries dated after `asOf`: not counted, and said so. */
  futureCount: number;
  dataNote: string | null;
  /** What the sentences are built from, so another voice can say them (see `fitSentences`). */
  facts: FitFacts;
}

/** Everything the sentences need, in plain data. */
export interface FitFacts {
  lean: FitLean;
  strength: FitCore['strength'];
  confidence: ConfidenceFacts;
  steps: StepFacts;
  /** The top reasons and the tensions, as facts. */
  reasons: ContributionFacts[];
  tensions: (
    { kind: 'answer'; item: { kind: 'dimension' | 'factor'; id: string; value: number } } | { kind: 'source'; source: SourceGroup }
  )[];
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
  const { lean, strength } = leanOf(position);
  return { lean, label: positionWords(lean, strength) };
}

function direction(points: number): PathId | 'neither' {
  return points < 0 ? 'internal' : points > 0 ? 'external' : 'neither';
}

function answerContribution(a: AnswerItem, denominator: number): FitContribution {
  const signed = a.side ? signOf(a.side) * a.points : 0;
  const facts: ContributionFacts =
    a.kind === 'dimension'
      ? { kind: 'dimension', dimension: a.id, value: a.value }
      : { kind: 'factor', factor: a.id as never, value: a.value };
  return {
    id: `${a.kind}:${a.id}`,
    source: a.kind,
    group: 'answers',
    label: a.kind === 'dimension' ? dimensionLabel(a.id) : factorLabel(a.id),
    points: round3(signed / denominator),
    weight: round2(a.points),
    recency: 1,
    ageDays: null,
    direction: direction(signed),
    counted: a.points > 0,
    facts,
    reason: contributionSentence(facts, 'you'),
  };
}

function journalContribution(a: AgedItem, denominator: number): FitContribution {
  const e = a.entry;
  const facts: ContributionFacts =
    e.kind === 'reflection'
      ? { kind: 'reflection', title: e.title, date: e.date, lean: a.about, ageDays: a.ageDays, recency: a.recency }
      : {
          kind: a.source === 'shadowing' ? 'shadowing' : 'conversation',
          personName: a.personName,
          about: a.about,
          date: e.date,
          energy: a.energy,
          reading: a.reading,
          ageDays: a.ageDays,
          recency: a.recency,
        };
  const label =
    e.kind === 'reflection'
      ? `Reflection: ${e.title}`
      : `${a.source === 'shadowing' ? 'Shadowing' : 'Conversation'} with ${a.personName ?? 'someone'} (${a.about} PM)`;
  return {
    id: `entry:${e.id}`,
    source: a.source,
    group: a.source,
    label,
    points: round3(a.signed / denominator),
    weight: round2(Math.abs(a.signed)),
    recency: round2(a.recency),
    ageDays: a.ageDays,
    direction: direction(a.signed),
    counted: a.signed !== 0,
    entryId: e.id,
    facts,
    // Worded here, not in a getter: an object literal with an accessor is about 20 times slower
    // to create in V8 (measured: 179 ms against 9 ms for 6,600 contributions).
    reason: contributionSentence(facts, 'you'),
  };
}

function round3(n: number): number {
  return roundTo(n, 3);
}

function dimensionLabel(id: string): string {
  return dimensionName(id as never);
}
function factorLabel(id: string): string {
  return factorById(id as FactorId)?.label ?? id;
}

/** The data-quality note for entries dated after `now` (null when there are none). */
export function futureNote(count: number, latest: string | null, what = 'entry'): string | null {
  if (count === 0 || latest === null) return null;
  const many = count === 1 ? `1 ${what} is` : `${plural(count, what, what === 'entry' ? 'entries' : `${what}s`)} are`;
  return `${many} dated after today (the latest ${latest}); ${count === 1 ? 'it is' : 'they are'} not counted until then. Check the date if that is a typo.`;
}

/** What both the full fit and its short form are computed from: the answers and journal items weighed as of `now`. */
interface FitBasis {
  answers: AnswersLike | null;
  aItems: AnswerItem[];
  aged: AgedItem[];
  core: FitCore;
  future: { count: number; latest: string | null };
  answersNet: number;
  journalNet: number;
  confidence: ConfidenceFacts;
  steps: StepFacts;
}

function fitBasis(
  answersHistory: readonly AnswersLike[],
  entries: readonly PathEntry[],
  people: readonly PersonLike[],
  now: string,
): FitBasis {
  const answers = answersAsOf(answersHistory, now);
  const future = { count: 0, latest: null as string | null };
  const aItems = answerItems(answers);
  const aged = ageItems(journalItems(entries, people, now, future), now);

  const sums = emptySums();
  setAnswerSums(sums, aItems);
  for (const a of aged) addJournalSums(sums, a, a.recency);
  const core = coreFromSums(sums);

  const answersNet = aItems.reduce((t, a) => t + (a.side ? signOf(a.side) * a.points : 0), 0);
  const journalNet = aged.reduce((t, a) => t + a.signed, 0);
  const journalToward = { internal: 0, external: 0 };
  for (const a of aged)
    if (a.signed < 0) journalToward.internal -= a.signed;
    else journalToward.external += a.signed;
  const pointing: Record<PathId, SourceGroup[]> = { internal: [], external: [] };
  for (const s of SOURCES) {
    const net = s === 'answers' ? answersNet : aged.filter((a) => a.source === s).reduce((t, a) => t + a.signed, 0);
    if (Math.abs(net) >= SOURCE_POINTS_FROM) pointing[net < 0 ? 'internal' : 'external'].push(s);
  }
  const sideOfNet = (n: number): PathId | null => (Math.abs(n) < SOURCE_POINTS_FROM ? null : n < 0 ? 'internal' : 'external');

  const unratedItems = aged.filter((a) => a.reading === 'unrated').sort((x, y) => compareDates(x.entry.date, y.entry.date));
  const shadowed = { internal: false, external: false };
  for (const a of aged) if (a.source === 'shadowing') shadowed[a.about] = true;

  return {
    answers,
    aItems,
    aged,
    core,
    future,
    answersNet,
    journalNet,
    confidence: {
      confidence: core.confidence,
      hasAnswers: aItems.length > 0,
      counted: aged.filter((a) => a.signed !== 0).length,
      journalPoints: core.journalPoints,
      pointing,
      answersNet,
      journalNet,
      journalToward,
      agreement: core.agreement,
      heard: core.heard,
    },
    steps: {
      now,
      answersDate: answers?.date ?? null,
      answersSide: sideOfNet(answersNet),
      journalSide: sideOfNet(journalNet),
      lean: core.lean,
      heard: core.heard,
      shadowed,
      unrated: unratedItems.map((a) => ({
        entryId: a.entry.id,
        personName: a.personName,
        date: a.entry.date,
        shadowing: a.source === 'shadowing',
      })),
      leaningReflections: aged.filter((a) => a.source === 'reflections').length,
    },
  };
}

/**
 * The fit as of `now`: the newest questionnaire answers on or before `now` (from `answersHistory`)
 * plus the journal entries dated on or before `now`, each weighed by its age. `people` says which
 * side each contact is on.
 */
export function pathFit(
  answersHistory: readonly AnswersLike[],
  entries: readonly PathEntry[],
  people: readonly PersonLike[],
  now: string,
): PathFit {
  const { answers, aItems, aged, core, future, answersNet, journalNet, confidence, steps } = fitBasis(answersHistory, entries, people, now);
  const denominator = effectDenominator(aItems, aged);

  const fromAnswers = aItems.map((a) => answerContribution(a, denominator)).sort(bySize);
  const fromJournal = aged.map((a) => journalContribution(a, denominator));
  const grouped = SOURCES.filter((s) => s !== 'answers').flatMap((s) => fromJournal.filter((c) => c.group === s).sort(bySize));
  const contributions = [...fromAnswers, ...grouped];

  // Top reasons: the largest counted items pointing the way of the lean (both ways when undecided).
  const lean = core.lean;
  const reasonItems = contributions
    .filter((c) => c.counted && (lean === 'undecided' || c.direction === lean))
    .sort(bySize)
    .slice(0, 3);
  const tensionFacts: FitFacts['tensions'] = [];
  if (lean !== 'undecided') {
    for (const a of [...aItems].sort((x, y) => y.points - x.points))
      if (a.side && a.side !== lean && (a.kind === 'dimension' || a.value >= 2))
        tensionFacts.push({ kind: 'answer', item: { kind: a.kind, id: a.id, value: a.value } });
    for (const s of confidence.pointing[lean === 'internal' ? 'external' : 'internal'])
      if (s !== 'answers') tensionFacts.push({ kind: 'source', source: s });
  }

  const facts: FitFacts = {
    lean,
    strength: core.strength,
    confidence,
    steps,
    reasons: reasonItems.map((c) => c.facts),
    tensions: tensionFacts.slice(0, 3),
  };
  const said = fitSentences(facts, 'you');
  return {
    asOf: now,
    position: core.position,
    lean,
    strength: core.strength,
    positionLabel: positionWords(lean, core.strength),
    verdict: said.verdict,
    confidence: core.confidence,
    confidenceParts: { amount: round2(core.amount), agreement: round2(core.agreement), coverage: core.coverage, score: round2(core.score) },
    confidenceReason: said.confidenceReason,
    contributions,
    reasons: said.reasons,
    tensions: said.tensions,
    unrated: fromJournal.filter((c) => (c.facts.kind === 'conversation' || c.facts.kind === 'shadowing') && c.facts.reading === 'unrated'),
    nextStep: said.nextSteps[0]!.text,
    nextSteps: said.nextSteps,
    answersDate: answers?.date ?? null,
    evidenceCount: confidence.counted,
    totals: { questionnaire: round2(answersNet / denominator), journal: round2(journalNet / denominator) },
    futureCount: future.count,
    dataNote: futureNote(future.count, future.latest ? formatDate(future.latest) : null),
    facts,
  };
}

/** The effect denominator: the prior plus every weight (after the drain cap), so effects add up to the position. */
function effectDenominator(aItems: readonly AnswerItem[], aged: readonly AgedItem[]): number {
  return PRIOR_POINTS + aItems.reduce((t, a) => t + (a.side ? a.points : 0), 0) + aged.reduce((t, a) => t + Math.abs(a.signed), 0);
}

/**
 * What a shared plan shows of the fit: the verdict's parts, the facts its confidence and next
 * steps are worded from, and its largest contributions (a full `PathFit` is one too).
 */
export type PathFitTop = Pick<PathFit, 'position' | 'lean' | 'positionLabel' | 'confidence'> & {
  facts: Pick<FitFacts, 'confidence' | 'steps'>;
  /** Contributions with an effect (points not 0), at least the `limit` largest, in the order `PathFit.contributions` lists them. */
  contributions: FitContribution[];
};

/**
 * The `limit` largest contributions with an effect and the verdict, as `pathFit` gives them for
 * the same arguments, without itemising the thousands of others: the largest are picked by their
 * effect alone and only they are worded. Ties keep the full list's order (answers, then the
 * journal by source, each in input order), so sorting either list by size gives the same first
 * `limit`.
 */
export function pathFitTop(
  answersHistory: readonly AnswersLike[],
  entries: readonly PathEntry[],
  people: readonly PersonLike[],
  now: string,
  limit: number,
): PathFitTop {
  const { aItems, aged, core, confidence, steps } = fitBasis(answersHistory, entries, people, now);
  const denominator = effectDenominator(aItems, aged);
  // Candidates as (size, group, index): the order a stable sort by size of the full list gives.
  type Ranked = { size: number; group: number; index: number };
  const top: Ranked[] = [];
  const before = (a: Ranked, b: Ranked) =>
    a.size > b.size || (a.size === b.size && (a.group < b.group || (a.group === b.group && a.index < b.index)));
  const offer = (p: Ranked) => {
    if (p.size === 0 || (top.length === limit && !before(p, top[limit - 1]!))) return;
    let i = Math.min(top.length, limit - 1);
    top[i] = p;
    for (; i > 0 && before(p, top[i - 1]!); i--) [top[i], top[i - 1]] = [top[i - 1]!, p];
  };
  if (limit > 0) {
    aItems.forEach((a, index) =>
      offer({ size: Math.abs(round3((a.side ? signOf(a.side) * a.points : 0) / denominator)), group: 0, index }),
    );
    aged.forEach((a, index) => offer({ size: Math.abs(round3(a.signed / denominator)), group: SOURCES.indexOf(a.source), index }));
  }
  const contributions = top
    .sort((a, b) => a.group - b.group || b.size - a.size || a.index - b.index)
    .map((p) => (p.group === 0 ? answerContribution(aItems[p.index]!, denominator) : journalContribution(aged[p.index]!, denominator)));
  return {
    position: core.position,
    lean: core.lean,
    positionLabel: positionWords(core.lean, core.strength),
    confidence: core.confidence,
    facts: { confidence, steps },
    contributions,
  };
}

/** The short form of the fit: where the person leans, how sure, and what to do next (what Home shows). */
export type PathLean = Pick<PathFit, 'asOf' | 'position' | 'lean' | 'strength' | 'positionLabel' | 'verdict' | 'confidence' | 'nextSteps'>;

/**
 * The same position, verdict and next steps as `pathFit` gives for the same arguments, without
 * itemising every contribution (the wording of thousands of reasons is most of a full fit's cost).
 */
export function pathLean(
  answersHistory: readonly AnswersLike[],
  entries: readonly PathEntry[],
  people: readonly PersonLike[],
  now: string,
): PathLean {
  const { core, steps } = fitBasis(answersHistory, entries, people, now);
  return {
    asOf: now,
    position: core.position,
    lean: core.lean,
    strength: core.strength,
    positionLabel: positionWords(core.lean, core.strength),
    verdict: verdictSentence(core.lean, core.strength, core.confidence, 'you'),
    confidence: core.confidence,
    nextSteps: nextSteps(steps, 'you'),
  };
}

/** Largest effect first; ties keep input order. */
function bySize(a: FitContribution, b: FitContribution): number {
  return Math.abs(b.points) - Math.abs(a.points);
}

/** The fit's sentences in one voice: the app's ('you') or the person's own plan ('i'). */
export function fitSentences(
  facts: FitFacts,
  voice: Voice,
): { verdict: string; confidenceReason: string; reasons: string[]; tensions: string[]; nextSteps: NextStep[] } {
  const lean = facts.lean;
  return {
    verdict: verdictSentence(lean, facts.strength, facts.confidence.confidence, voice),
    confidenceReason: confidenceSentence(facts.confidence, voice),
    reasons: facts.reasons.map((r) => contributionSentence(r, voice)),
    tensions:
      lean === 'undecided'
        ? []
        : facts.tensions.map((t) =>
            t.kind === 'answer' ? tensionSentence(t.item, lean, voice) : sourceTensionSentence(t.source, lean, voice),
          ),
    nextSteps: nextSteps(facts.steps, voice),
  };
}

/** Days since the answers were given, or null. */
export function answersAge(fit: Pick<PathFit, 'answersDate' | 'asOf'>): number | null {
  return fit.answersDate ? daysBetween(fit.answersDate, fit.asOf) : null;
}
