/**
 * Every sentence the path fit says, in two voices: 'you' (the app speaking to the person) and 'i'
 * (the person's own plan). Pure: plain facts in, strings out. Sentences avoid forms of "to be"
 * after the pronoun, so one template serves both voices ("you lean" / "I lean").
 */
import { formatDate } from '../dates';
import type { PathId } from '../domain/framework';
import { DIMENSIONS } from './dimensions';
import { factorById, type FactorId } from './factors';
import type { Confidence, FitLean, SourceGroup } from './model';
import { article, plural } from './words';

export type Voice = 'you' | 'i';

/** The pronouns of a voice. */
export function pronouns(voice: Voice) {
  return voice === 'you'
    ? { You: 'You', you: 'you', me: 'you', your: 'your', Your: 'Your' }
    : { You: 'I', you: 'I', me: 'me', your: 'my', Your: 'My' };
}

/** Fills {you}, {me}, {your} in a phrase. */
export function fill(text: string, voice: Voice): string {
  const p = pronouns(voice);
  return text.replace(/\{(You|you|me|your|Your)\}/g, (_, k: keyof typeof p) => p[k]);
}

/** "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** formatDate through a cache: a long journal's explanation names thousands of dates, few distinct. */
const dateWords = new Map<string, string>();
function dateText(date: string): string {
  let out = dateWords.get(date);
  if (out === undefined) {
    if (dateWords.size > 50_000) dateWords.clear();
    out = formatDate(date);
    dateWords.set(date, out);
  }
  return out;
}

/** The first letter lower-cased (labels are written as headings). */
function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** An age in words: "today", "3 days", "5 weeks", "14 months", "4 years". */
export function ageWords(days: number): string {
  if (days <= 0) return 'today';
  if (days < 14) return plural(days, 'day');
  if (days < 61) return plural(Math.round(days / 7), 'week');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}

/** "it weighs 40% because it is 14 months old" (or "it counts in full because it is from today"). */
export function recencyWords(ageDays: number, recency: number): string {
  if (ageDays <= 0) return 'it counts in full because it is from today';
  const pct = Math.round(recency * 100);
  return `it weighs ${pct < 1 ? 'under 1' : pct}% because it is ${ageWords(ageDays)} old`;
}

/** A signed number on the position scale: "+0.12", "-0.40", "0" (ASCII minus: it prints in every font). */
export function formatSigned(n: number): string {
  if (n === 0) return '0';
  return `${n > 0 ? '+' : '-'}${Math.abs(n).toFixed(2)}`;
}

/** The facts behind one contribution, enough to say it in either voice. */
export type ContributionFacts =
  | { kind: 'dimension'; dimension: string; value: number }
  | { kind: 'factor'; factor: FactorId; value: number }
  | { kind: 'reflection'; title: string; date: string; lean: PathId; ageDays: number; recency: number }
  | {
      kind: 'conversation' | 'shadowing';
      personName: string | null;
      about: PathId;
      date: string;
      energy: number | undefined;
      reading: 'for' | 'against' | 'neutral' | 'unrated';
      ageDays: number;
      recency: number;
    };

const STRENGTH_WORDS: Record<number, string> = { 1: 'somewhat prefer', 2: 'strongly prefer' };
const WEIGHT_WORDS: Record<number, string> = { 1: 'mattering a little', 2: 'mattering', 3: 'mattering a lot' };

/** A factor's label as part of a sentence ("my own way" follows the voice). */
function factorPhrase(id: FactorId, voice: Voice): string {
  return lower(factorById(id)?.label ?? id).replace(/\bmy\b/, pronouns(voice).your);
}

/** What the conversation or shadowing day was, e.g. "Your conversation with Ana, an internal PM, on 3 Feb 2026". */
function meetingWords(f: Extract<ContributionFacts, { kind: 'conversation' | 'shadowing' }>, voice: Voice): string {
  const what = f.kind === 'shadowing' ? 'shadowing day' : 'conversation';
  const who = f.personName ? `${f.personName}, ${article(f.about)} PM` : `${article(f.about)} PM`;
  return `${pronouns(voice).Your} ${what} with ${who}, on ${dateText(f.date)}`;
}

/** The one-sentence reason for a contribution. */
export function contributionSentence(f: ContributionFacts, voice: Voice): string {
  const p = pronouns(voice);
  switch (f.kind) {
    case 'dimension': {
      const d = DIMENSIONS.find((x) => x.id === f.dimension);
      if (!d) return '';
      if (f.value === 0) return `${p.You} said either side suits ${p.me} on ${fill(d.topic, voice)}.`;
      const side: PathId = f.value < 0 ? 'internal' : 'external';
      return `${p.You} said ${p.you} ${STRENGTH_WORDS[Math.abs(f.value)]} ${d.sides[side].prefer}.`;
    }
    case 'factor': {
      const factor = factorById(f.factor);
      if (!factor) return '';
      const other = factor.favours === 'internal' ? 'external' : 'internal';
      const why =
        factor.kind === 'pro'
          ? `a strength of the ${factor.favours} path`
          : `it spares ${p.me} a usual drawback of the ${other} path (${lower(factor.drawback ?? '')})`;
      return `${p.You} rated ${factorPhrase(f.factor, voice)} as ${WEIGHT_WORDS[f.value]}: ${why}.`;
    }
    case 'reflection':
      return `${p.Your} reflection "${f.title}" on ${dateText(f.date)} leaned ${f.lean}; ${recencyWords(f.ageDays, f.recency)}.`;
    case 'conversation':
    case 'shadowing': {
      const head = meetingWords(f, voice);
      const age = recencyWords(f.ageDays, f.recency);
      switch (f.reading) {
        case 'unrated':
          return `${head}: not rated, not counted.`;
        case 'neutral':
          return `${head} felt neutral (3 of 5): no evidence either way.`;
        case 'for':
          return `${head} energised ${p.me} (${f.energy} of 5); ${age}.`;
        case 'against':
          return `${head} drained ${p.me} (${f.energy} of 5): weak evidence against the ${f.about} path, not for the other; ${age}.`;
      }
    }
  }
}

/** "Leans external", "Strongly internal", "Undecided". */
export function positionWords(lean: FitLean, strength: 'undecided' | 'leans' | 'strongly'): string {
  if (lean === 'undecided') return 'Undecided';
  return `${strength === 'strongly' ? 'Strongly' : 'Leans'} ${lean}`;
}

/** The verdict in one sentence: "You lean toward the external path, with medium confidence." */
export function verdictSentence(lean: FitLean, strength: 'undecided' | 'leans' | 'strongly', confidence: Confidence, voice: Voice): string {
  const p = pronouns(voice);
  const head =
    lean === 'undecided'
      ? `${p.You} have no clear lean yet`
      : `${p.You} lean ${strength === 'strongly' ? 'strongly ' : ''}toward the ${lean} path`;
  return `${head}, with ${confidence} confidence.`;
}

const SOURCE_WORDS: Record<SourceGroup, string> = {
  answers: '{your} answers',
  conversations: '{your} conversations',
  shadowing: '{your} shadowing days',
  reflections: '{your} reflections',
};

/** "your answers", "my conversations". */
export function sourceWords(source: SourceGroup, voice: Voice): string {
  return fill(SOURCE_WORDS[source], voice);
}

/** The facts a confidence explanation needs. */
export interface ConfidenceFacts {
  confidence: Confidence;
  hasAnswers: boolean;
  /** Journal entries that count (rated non-neutral conversations and shadowing, leaning reflections). */
  counted: number;
  /** Journal weight after ageing. */
  journalPoints: number;
  /** Sources pointing each way (|net| ≥ SOURCE_POINTS_FROM). */
  pointing: Record<PathId, SourceGroup[]>;
  /** Signed weight of the answers and of the journal. */
  answersNet: number;
  journalNet: number;
  /** Journal weight pointing each way. */
  journalToward: Record<PathId, number>;
  agreement: number;
  heard: Record<PathId, boolean>;
}

/** Why the confidence is what it is: amount, agreement (naming every disagreement) and coverage, in that order. */
export function confidenceSentence(f: ConfidenceFacts, voice: Voice): string {
  const p = pronouns(voice);
  const label = `${f.confidence.charAt(0).toUpperCase()}${f.confidence.slice(1)} confidence`;
  if (!f.hasAnswers && f.counted === 0) return `${label}: there is nothing to go on yet, no questionnaire answers and no journal evidence.`;
  const parts: string[] = [];
  if (f.counted === 0) parts.push(`this rests on ${p.your} questionnaire answers alone; nothing in ${p.your} journal tests them yet`);
  else
    parts.push(
      `${plural(f.counted, 'journal entry', 'journal entries')} ${f.counted === 1 ? 'counts' : 'count'}, worth ${f.journalPoints.toFixed(1)} points once older ones are discounted`,
    );
  const toI = f.pointing.internal;
  const toE = f.pointing.external;
  if (toI.length > 0 && toE.length > 0) {
    // Every source is a plural noun ("answers", "conversations"), so the verb is always "point".
    const say = (xs: SourceGroup[], side: PathId) => `${listWords(xs.map((x) => sourceWords(x, voice)))} point ${side}`;
    let clash = `${say(toI, 'internal')}, but ${say(toE, 'external')}`;
    const answersSide = f.answersNet < 0 ? 'internal' : 'external';
    const journalSide = f.journalNet < 0 ? 'internal' : 'external';
    if (f.hasAnswers && f.answersNet !== 0 && f.journalNet !== 0 && answersSide !== journalSide)
      clash +=
        Math.abs(f.journalNet) > Math.abs(f.answersNet)
          ? `; the journal outweighs the answers`
          : `; the answers still outweigh the journal`;
    parts.push(clash);
  } else if (f.counted > 0 && f.agreement < 0.6 && f.journalToward.internal > 0 && f.journalToward.external > 0) {
    parts.push(
      `${p.your} journal points both ways (${f.journalToward.internal.toFixed(1)} points internal, ${f.journalToward.external.toFixed(1)} external)`,
    );
  } else if (f.counted > 0)
    parts.push(f.hasAnswers ? `it agrees with ${p.your} answers` : `there are no questionnaire answers to compare the journal with`);
  if (f.counted > 0) {
    if (f.heard.internal && f.heard.external) parts.push(`${p.you} have heard from both sides`);
    else if (f.heard.internal || f.heard.external)
      parts.push(`${p.you} have not yet heard from ${article(f.heard.internal ? 'external' : 'internal')} PM`);
    else parts.push(`${p.you} have not yet talked with an internal or an external PM`);
  }
  return `${label}: ${parts.join('; ')}.`;
}

/** An answer that pulls against the lean, as a sentence. */
export function tensionSentence(item: { kind: 'dimension' | 'factor'; id: string; value: number }, lean: PathId, voice: Voice): string {
  const p = pronouns(voice);
  if (item.kind === 'dimension') {
    const d = DIMENSIONS.find((x) => x.id === item.id);
    const side: PathId = item.value < 0 ? 'internal' : 'external';
    return `${p.You} said ${p.you} ${STRENGTH_WORDS[Math.abs(item.value)]} ${d?.sides[side].prefer ?? item.id}, which points ${side}: it pulls against ${p.your} ${lean} lean.`;
  }
  const factor = factorById(item.id as FactorId);
  const phrase = factorPhrase(item.id as FactorId, voice);
  if (!factor || factor.kind === 'pro')
    return `${p.You} rated ${phrase} as ${WEIGHT_WORDS[item.value]}, a strength of the ${factor?.favours ?? ''} path: it pulls against ${p.your} ${lean} lean.`;
  return `${p.You} rated ${phrase} as ${WEIGHT_WORDS[item.value]}, but the ${lean} path ${p.you} lean toward usually comes with ${lower(factor.drawback ?? '')}.`;
}

/** A journal source that points against the lean, as a sentence. */
export function sourceTensionSentence(source: SourceGroup, lean: PathId, voice: Voice): string {
  const other = lean === 'internal' ? 'external' : 'internal';
  const words = sourceWords(source, voice);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} point ${other}: against ${pronouns(voice).your} ${lean} lean.`;
}
