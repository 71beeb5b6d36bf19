/**
 * The grammar of every sentence the path fit says, in both voices, on a table of inputs: each
 * kind of contribution, every energy, every answer value, each next-step rule, confidence and
 * tension. Exact sentences are checked in fit.test.ts; here every generated sentence is checked
 * against the slips a reader would notice.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import {
  DIMENSION_IDS,
  FACTOR_IDS,
  contributionSentence,
  fitSentences,
  nextSteps,
  pathFit,
  tensionSentence,
  type ContributionFacts,
  type StepFacts,
  type Voice,
} from '../../../shared/path';
import { answers, person, reflection, talk } from './builders';

const NOW = '2026-03-01';
const VOICES: Voice[] = ['you', 'i'];

/** The slips a reader would notice, as [name, pattern]. */
const SLIPS: [string, RegExp][] = [
  ['doubled word', /\b(\w+) \1\b/i],
  ['"you said you either"', /said (you|I) either/],
  ['"it is it"', /\bit is it\b/],
  ['one with a plural noun', /(^|[^.\d])\b1 (entries|conversations|days|weeks|months|years|points|reflections)\b/],
  ['a plural count with a singular noun', /\b([02-9]|\d{2,}) (entry|conversation|day|week|month|year|reflection)\b(?! of)/],
  ['missing value', /undefined|null|NaN|\[object/],
  ['double space', / {2}/],
  ['space before punctuation', / [.,;:]/],
  ['lower-case start', /^[a-z]/],
  ['no full stop at the end', /[^.]$/],
];

function check(sentence: string, voice: Voice): void {
  for (const [name, re] of SLIPS) expect(re.test(sentence), `${name}: "${sentence}"`).toBe(false);
  if (voice === 'i') expect(/\b(you|your)\b/i.test(sentence), `second person in the first-person voice: "${sentence}"`).toBe(false);
  else expect(/\b(I|my|me)\b/.test(sentence), `first person in the app's voice: "${sentence}"`).toBe(false);
}

const ages = [0, 1, 5, 13, 20, 59, 100, 400, 800, 1500];

function contributionTable(): ContributionFacts[] {
  const out: ContributionFacts[] = [];
  for (const d of DIMENSION_IDS) for (const value of [-2, -1, 0, 1, 2]) out.push({ kind: 'dimension', dimension: d, value });
  for (const f of FACTOR_IDS) for (const value of [1, 2, 3]) out.push({ kind: 'factor', factor: f, value });
  for (const ageDays of ages) {
    const recency = Math.pow(0.5, ageDays / 182);
    for (const lean of ['internal', 'external'] as const)
      out.push({ kind: 'reflection', title: 'After the demo', date: addDays(NOW, -ageDays), lean, ageDays, recency });
    for (const kind of ['conversation', 'shadowing'] as const)
      for (const energy of [undefined, 1, 2, 3, 4, 5])
        for (const personName of ['Ana', null])
          out.push({
            kind,
            personName,
            about: 'internal',
            date: addDays(NOW, -ageDays),
            energy,
            reading: energy === undefined ? 'unrated' : energy > 3 ? 'for' : energy < 3 ? 'against' : 'neutral',
            ageDays,
            recency,
          });
  }
  return out;
}

describe('path sentences', () => {
  it('every contribution reason, in both voices', () => {
    const table = contributionTable();
    expect(table.length).toBeGreaterThan(250);
    for (const voice of VOICES) for (const f of table) check(contributionSentence(f, voice), voice);
  });

  it('every tension, in both voices', () => {
    for (const voice of VOICES)
      for (const lean of ['internal', 'external'] as const) {
        for (const d of DIMENSION_IDS)
          for (const value of [-2, -1, 1, 2]) check(tensionSentence({ kind: 'dimension', id: d, value }, lean, voice), voice);
        for (const f of FACTOR_IDS)
          for (const value of [2, 3]) check(tensionSentence({ kind: 'factor', id: f, value }, lean, voice), voice);
      }
  });

  it('every next-step rule, in both voices', () => {
    const base: StepFacts = {
      now: NOW,
      answersDate: '2026-02-01',
      answersSide: null,
      journalSide: null,
      lean: 'undecided',
      heard: { internal: false, external: false },
      shadowed: { internal: false, external: false },
      unrated: [],
      leaningReflections: 0,
    };
    const one = [{ entryId: 'x', personName: 'Ana', date: '2026-02-03', shadowing: false }];
    const cases: Partial<StepFacts>[] = [
      { answersDate: null },
      { answersSide: 'internal', journalSide: 'external', heard: { internal: true, external: true } },
      { answersSide: 'external', journalSide: 'internal', shadowed: { internal: false, external: true } },
      { unrated: one },
      { unrated: [...one, { entryId: 'y', personName: null, date: '2026-02-04', shadowing: true }] },
      { unrated: [{ ...one[0]!, shadowing: true }] },
      { heard: { internal: true, external: false }, lean: 'internal' },
      { heard: { internal: true, external: true }, lean: 'external' },
      { heard: { internal: true, external: true }, shadowed: { internal: true, external: false }, lean: 'external' },
      {
        heard: { internal: true, external: true },
        shadowed: { internal: true, external: true },
        leaningReflections: 2,
        answersDate: '2025-01-01',
      },
      { heard: { internal: true, external: true }, shadowed: { internal: true, external: true }, leaningReflections: 2 },
      { heard: { internal: true, external: true }, shadowed: { internal: true, external: true }, leaningReflections: 2, lean: 'internal' },
    ];
    const seen = new Set<string>();
    for (const voice of VOICES)
      for (const c of cases)
        for (const s of nextSteps({ ...base, ...c }, voice)) {
          seen.add(s.rule);
          check(s.text, voice);
        }
    expect([...seen].sort()).toEqual(
      ['answer', 'keep-testing', 'rate', 'reflect', 'revisit', 'shadow', 'shadow-other', 'talk-both', 'talk-side', 'test-answers'].sort(),
    );
  });

  it('never names both sides as the one to test in one list of steps', () => {
    const ana = person('Ana', 'internal');
    const ben = person('Ben', 'external');
    const journals = [
      [talk(NOW, ana, 5)],
      [talk(NOW, ben, 5), reflection(NOW, 'external')],
      [talk(NOW, ana, 1), talk(NOW, ben, 2)],
      [talk(NOW, ana, 5, 'shadowing')],
      [reflection(NOW, 'internal'), reflection(NOW, 'internal')],
    ];
    for (const dims of [{}, { relationships: -2 as const }, { relationships: 2 as const, risk: 2 as const }])
      for (const entries of journals) {
        const fit = pathFit([answers('2026-02-01', dims)], entries, [ana, ben], NOW);
        const single = fit.nextSteps.filter((s) => !/an internal PM and an external PM|compare both sides/.test(s.text));
        const sides = new Set(single.flatMap((s) => s.text.match(/\b(internal|external)(?= PM)/g) ?? []));
        expect(sides.size, fit.nextSteps.map((s) => s.text).join(' / ')).toBeLessThanOrEqual(1);
      }
  });

  it('verdicts, confidence reasons, reasons and tensions of whole fits, in both voices', () => {
    const ana = person('Ana', 'internal');
    const ben = person('Ben', 'external');
    const journals = [
      [],
      [talk(NOW, ben, 5, 'shadowing')],
      [talk(NOW, ana, 4), talk('2025-01-01', ben, 2), reflection('2024-03-01', 'external')],
      Array.from({ length: 12 }, () => talk(NOW, ben, 5)),
      [talk(NOW, ana, 3), talk(NOW, ben)],
    ];
    const answerSets = [
      [],
      [answers('2026-02-01', { relationships: -2, risk: -1 }, { 'work-life-balance': 3, 'job-security': 2 })],
      [answers('2025-01-01', { 'success-metric': 2 })],
    ];
    for (const a of answerSets)
      for (const entries of journals) {
        const fit = pathFit(a, entries, [ana, ben], NOW);
        for (const voice of VOICES) {
          const s = fitSentences(fit.facts, voice);
          for (const sentence of [s.verdict, s.confidenceReason, ...s.reasons, ...s.tensions, ...s.nextSteps.map((x) => x.text)])
            check(sentence, voice);
        }
      }
  });
});
