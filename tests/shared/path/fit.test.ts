/**
 * Path fit, by scenario: hand-built journals, each with the verdict a careful reader (a career
 * coach looking at the same journal) would give and why, and the figures worked out by hand from
 * the model in docs/insight-model.md:
 *   weight: conversation 1, shadowing 2, reflection 1 at full strength; energy 4 gives half, 5 all;
 *   a drained conversation (2 or 1) counts half of that, away from the side, all drains with one
 *   side capped at 1 point; a neutral 3 counts 0. Each entry's weight halves every 182 days.
 *   answers: a dimension ±2 is 1 point, ±1 half; each side's six factors share 1 point (w/3/6 each).
 *   position = (external - internal) / (6 + all weight)
 *   confidence = amount × agreement × coverage, amount = J / (J + 3) for journal weight J,
 *   agreement = |net| / (|answers net| + J), coverage 1 with both sides heard, else 0.7;
 *   high from 0.55, medium from 0.3.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { answersAsOf, fitHistory, pathFit, pathLean, positionLabel, type PathFit } from '../../../shared/path';
import { FACTOR_IDS } from '../../../shared/path';
import { answers, person, reflection, talk, type Entry } from './builders';

const NOW = '2026-03-01';
const ana = person('Ana', 'internal');
const ian = person('Ian', 'internal');
const ben = person('Ben', 'external');
const eve = person('Eve', 'external');
const cy = person('Cy', 'unknown');
const people = [ana, ian, ben, eve, cy];
const strongly = (side: -2 | 2) => answers('2026-02-01', { relationships: side, risk: side, 'success-metric': side });
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const rules = (fit: PathFit) => fit.nextSteps.map((s) => s.rule);

describe('pathLean (what Home shows, without itemising every contribution)', () => {
  it('strong answers alone: 0.33 external, "Leans external", low, and the first next step to talk to both sides', () => {
    // As scenario 2 below: 3 points external over 6 + 3.
    expect(pathLean([strongly(2)], [], people, NOW)).toEqual({
      asOf: NOW,
      position: 0.33,
      lean: 'external',
      strength: 'leans',
      positionLabel: 'Leans external',
      verdict: 'You lean toward the external path, with low confidence.',
      confidence: 'low',
      nextSteps: pathFit([strongly(2)], [], people, NOW).nextSteps,
    });
    expect(pathLean([strongly(2)], [], people, NOW).nextSteps.map((s) => s.rule)).toEqual(['talk-both', 'shadow', 'reflect']);
  });

  it('an unrated conversation with an internal PM and a shadowing day: 0.25 external; answer, rate it, then hear the internal side', () => {
    // The unrated talk counts nothing; the shadowing day 2 points external: 2 / 8 = 0.25. No
    // answers yet, so the questionnaire first; then the unrated talk; the internal side is unheard.
    const entries = [talk('2026-02-20', ana, undefined), talk(NOW, ben, 5, 'shadowing')];
    const lean = pathLean([], entries, people, NOW);
    expect([lean.position, lean.positionLabel, lean.verdict]).toEqual([
      0.25,
      'Leans external',
      'You lean toward the external path, with low confidence.',
    ]);
    expect(lean.nextSteps.map((s) => [s.rule, s.action])).toEqual([
      ['answer', { kind: 'questionnaire' }],
      ['rate', { kind: 'rate', entryId: entries[0]!.id }],
      ['talk-side', { kind: 'new-conversation' }],
    ]);
    expect(lean.nextSteps[1]!.text).toBe('Rate how energising your conversation with Ana on 20 Feb 2026 felt, so it counts.');
    expect(lean.nextSteps).toEqual(pathFit([], entries, people, NOW).nextSteps);
  });
});

describe('pathFit scenarios', () => {
  it('1. an empty journal: undecided, low confidence, and the questionnaire first', () => {
    // Nothing to go on: a careful reader says nothing yet, and asks the person to say what they think.
    const fit = pathFit([], [], people, NOW);
    expect([fit.position, fit.positionLabel, fit.confidence]).toEqual([0, 'Undecided', 'low']);
    expect(fit.verdict).toBe('You have no clear lean yet, with low confidence.');
    expect(fit.confidenceReason).toBe('Low confidence: there is nothing to go on yet, no questionnaire answers and no journal evidence.');
    expect(fit.contributions).toEqual([]);
    expect(fit.nextSteps[0]).toMatchObject({ rule: 'answer', action: { kind: 'questionnaire' } });
  });

  it('2. strong answers alone: a lean, not "strongly", and low confidence until experience tests it', () => {
    // 3 points external: 3 / (6 + 3) = 0.333. A stated preference is a hypothesis.
    const fit = pathFit([strongly(2)], [], people, NOW);
    expect([fit.position, fit.positionLabel, fit.confidence]).toEqual([0.33, 'Leans external', 'low']);
    expect(fit.confidenceReason).toBe(
      'Low confidence: this rests on your questionnaire answers alone; nothing in your journal tests them yet.',
    );
    // Nobody heard from: talk to both sides; then shadow the side the answers lean to.
    expect(rules(fit)).toEqual(['talk-both', 'shadow', 'reflect']);
    expect(fit.nextSteps[1]!.text).toBe('Shadow an external PM for a day to test your lean first-hand.');
    expect(fit.reasons[0]).toBe('You said you strongly prefer earning the trust of clients and paying customers over that of colleagues.');
  });

  it('3. one shadowing day and nothing else: a hint, not a verdict', () => {
    // 2 points external: 2 / 8 = 0.25, "Leans". Confidence 2/5 × 1 × 0.7 (one side) = 0.28: low.
    const fit = pathFit([], [talk(NOW, ben, 5, 'shadowing')], people, NOW);
    expect([fit.position, fit.positionLabel, fit.confidence]).toEqual([0.25, 'Leans external', 'low']);
    expect(fit.confidenceParts).toEqual({ amount: 0.4, agreement: 1, coverage: 0.7, score: 0.28 });
    expect(fit.contributions[0]!.reason).toBe(
      'Your shadowing day with Ben, an external PM, on 1 Mar 2026 energised you (5 of 5); it counts in full because it is from today.',
    );
  });

  it('4. a balanced journal plus one shadowing day stays undecided, with low confidence', () => {
    // Conversations 3 internal + 3 external (energy 5) and one external shadowing day (2):
    // (5 - 3) / (6 + 8) = 0.143. Agreement 2/8 = 0.25; amount 8/11: score 0.18, low.
    const entries = [...times(3, () => talk(NOW, ana, 5)), ...times(3, () => talk(NOW, ben, 5)), talk(NOW, eve, 5, 'shadowing')];
    const fit = pathFit([], entries, people, NOW);
    expect([fit.position, fit.positionLabel, fit.confidence]).toEqual([0.14, 'Undecided', 'low']);
    expect(fit.confidenceReason).toBe(
      'Low confidence: 7 journal entries count, worth 8.0 points once older ones are discounted; your journal points both ways (3.0 points internal, 5.0 external); you have heard from both sides.',
    );
  });

  it('5. strong answers plus one agreeing shadowing day: still "Leans", not "Strongly"', () => {
    // (3 + 2) / (6 + 5) = 0.455. Confidence 0.4 × 1 × 0.7 = 0.28: low.
    const fit = pathFit([strongly(2)], [talk(NOW, ben, 5, 'shadowing')], people, NOW);
    expect([fit.position, fit.positionLabel, fit.confidence]).toEqual([0.45, 'Leans external', 'low']);
    expect(fit.nextStep).toBe('Talk to an internal PM about their days, pressures and rewards, and rate how it felt.');
  });

  it('6. a large, consistent journal against the answers: the journal wins, medium confidence, and the answers are tested first', () => {
    // Answers -3. Journal: 8 external conversations (8) + 4 external reflections (4) = 12; two
    // neutral internal conversations (heard, 0). (12 - 3) / (6 + 15) = 0.429.
    // Agreement 9 / (3 + 12) = 0.6; amount 12/15 = 0.8; both sides heard: 0.48, medium.
    const entries = [
      ...times(8, () => talk(NOW, ben, 5)),
      ...times(4, () => reflection(NOW, 'external')),
      talk(NOW, ana, 3),
      talk(NOW, ian, 3),
    ];
    const fit = pathFit([strongly(-2)], entries, people, NOW);
    expect([fit.position, fit.positionLabel, fit.confidence]).toEqual([0.43, 'Leans external', 'medium']);
    expect(fit.confidenceReason).toBe(
      'Medium confidence: 12 journal entries count, worth 12.0 points once older ones are discounted; your answers point internal, but your conversations and your reflections point external; the journal outweighs the answers; you have heard from both sides.',
    );
    expect(fit.nextStep).toBe(
      'Test what you said: shadow an internal PM for a day, since your answers favour the internal path but your journal points external.',
    );
    expect(fit.tensions[0]).toBe(
      'You said you strongly prefer earning the trust of colleagues (engineers, designers, sales) over that of clients, which points internal: it pulls against your external lean.',
    );
    expect(fit.totals).toEqual({ questionnaire: -0.14, journal: 0.57 });
  });

  it('7. draining conversations on one side only: weak evidence against it, never a lean toward the other', () => {
    // Four internal conversations at energy 1: 0.5 each against internal, 2 in all, capped at 1:
    // 1 / (6 + 1) = 0.143: undecided. Being drained by one side says little about the other.
    const fit = pathFit(
      [],
      times(4, () => talk(NOW, ana, 1)),
      people,
      NOW,
    );
    expect([fit.position, fit.positionLabel]).toEqual([0.14, 'Undecided']);
    expect(fit.contributions[0]!.reason).toBe(
      'Your conversation with Ana, an internal PM, on 1 Mar 2026 drained you (1 of 5): weak evidence against the internal path, not for the other; it counts in full because it is from today.',
    );
    expect(fit.contributions.map((c) => c.points)).toEqual([0.036, 0.036, 0.036, 0.036]);
    expect(rules(fit)).toEqual(['answer', 'talk-side', 'shadow']);
    expect(fit.nextSteps[1]!.text).toBe('Talk to an external PM about their days, pressures and rewards, and rate how it felt.');
  });

  it('8. old evidence against new: last autumn outweighs a year ago', () => {
    // Six internal talks 364 days ago (two half-lives: a quarter each, 1.5) against six external
    // ones today (6): (6 - 1.5) / (6 + 7.5) = 0.333. People change; recent experience counts most.
    const old = addDays(NOW, -364);
    const fit = pathFit([], [...times(6, () => talk(old, ana, 5)), ...times(6, () => talk(NOW, ben, 5))], people, NOW);
    expect([fit.position, fit.positionLabel]).toEqual([0.33, 'Leans external']);
    const oldOne = fit.contributions.find((c) => c.facts.kind === 'conversation' && c.facts.date === old)!;
    expect(oldOne.weight).toBe(0.25);
    expect(oldOne.reason).toBe(
      `Your conversation with Ana, an internal PM, on 2 Mar 2025 energised you (5 of 5); it weighs 25% because it is 12 months old.`,
    );
  });

  it('9. every factor rated the same and "either suits me" on each question: exactly undecided', () => {
    const all = answers(
      '2026-02-01',
      { relationships: 0, risk: 0, 'success-metric': 0 },
      Object.fromEntries(FACTOR_IDS.map((id) => [id, 3])),
    );
    const fit = pathFit([all], [], people, NOW);
    expect(fit.position).toBe(0);
    expect(fit.lean).toBe('undecided');
    expect(fit.contributions.find((c) => c.id === 'dimension:risk')!.reason).toBe('You said either side suits you on which risk you own.');
  });

  it('10. several independent agreeing pieces from both sides: "Strongly", high confidence', () => {
    // Answers +3; 2 external shadowing days (4), 4 external talks (4), 2 external reflections (2),
    // 2 neutral internal talks (heard): 13 / 19 = 0.684. Amount 10/13, agreement 1, coverage 1: 0.77.
    const entries = [
      ...times(2, () => talk(NOW, ben, 5, 'shadowing')),
      ...times(4, () => talk(NOW, eve, 5)),
      ...times(2, () => reflection(NOW, 'external')),
      talk(NOW, ana, 3),
      talk(NOW, ian, 3),
    ];
    const fit = pathFit([strongly(2)], entries, people, NOW);
    expect([fit.position, fit.positionLabel, fit.confidence]).toEqual([0.68, 'Strongly external', 'high']);
    expect(fit.verdict).toBe('You lean strongly toward the external path, with high confidence.');
    expect(fit.tensions).toEqual([]);
    expect(rules(fit)).toEqual(['shadow-other']);
  });

  it('11. unrated conversations are listed, not counted, and rating them comes first', () => {
    // Only relationships -1 (0.5 internal): -0.5 / 6.5 = -0.077, undecided.
    const a = answers('2026-02-01', { relationships: -1 });
    const first = talk('2026-02-10', ben);
    const fit = pathFit([a], [talk('2026-02-20', ana), first, talk('2026-02-11', cy, 5)], people, NOW);
    expect(fit.position).toBe(-0.08);
    expect(fit.unrated.map((c) => c.entryId)).toHaveLength(2);
    expect(fit.unrated.map((c) => c.reason)).toContain(
      'Your conversation with Ben, an external PM, on 10 Feb 2026: not rated, not counted.',
    );
    expect(fit.nextSteps[0]).toEqual({
      rule: 'rate',
      text: 'Rate how energising 2 conversations felt, so they count; the first is your conversation with Ben on 10 Feb 2026.',
      action: { kind: 'rate', entryId: first.id },
    });
    expect(fit.evidenceCount).toBe(0);
  });

  it('12. a neutral conversation is no evidence, and a future-dated entry is ignored and flagged', () => {
    const fit = pathFit([], [talk(NOW, ana, 3), reflection('9999-12-31', 'external')], people, NOW);
    expect(fit.position).toBe(0);
    expect(fit.contributions.map((c) => c.reason)).toEqual([
      'Your conversation with Ana, an internal PM, on 1 Mar 2026 felt neutral (3 of 5): no evidence either way.',
    ]);
    expect(fit.futureCount).toBe(1);
    expect(fit.dataNote).toBe(
      '1 entry is dated after today (the latest 31 Dec 9999); it is not counted until then. Check the date if that is a typo.',
    );
  });
});

describe('pathFit details', () => {
  it('adds up: the effects of all contributions sum to the position', () => {
    const entries = [
      talk('2025-11-01', ben, 4),
      talk('2026-01-01', ana, 2),
      reflection('2025-06-01', 'internal'),
      talk('2026-02-01', eve, 5, 'shadowing'),
    ];
    const fit = pathFit([answers('2026-01-01', { risk: -1 }, { 'job-security': 2, 'broad-network': 3 })], entries, people, NOW);
    const sum = fit.contributions.reduce((t, c) => t + c.points, 0);
    expect(Math.abs(sum - fit.position)).toBeLessThan(0.01);
  });

  it('uses the newest answers on or before the date', () => {
    const older = answers('2026-01-01', { risk: -2 });
    const newer = answers('2026-02-01', { risk: 2 });
    // 1 / (6 + 1) = 0.143.
    expect(pathFit([newer, older], [], [], '2026-01-15').position).toBe(-0.14);
    expect(pathFit([newer, older], [], [], NOW).position).toBe(0.14);
    expect(answersAsOf([newer, older], '2025-12-31')).toBeNull();
  });

  it('names the five regions of the scale', () => {
    expect([-1, -0.6, -0.59, -0.2, -0.19, 0, 0.19, 0.2, 0.6].map((p) => positionLabel(p).label)).toEqual([
      'Strongly internal',
      'Strongly internal',
      'Leans internal',
      'Leans internal',
      'Undecided',
      'Undecided',
      'Undecided',
      'Leans external',
      'Strongly external',
    ]);
  });
});

describe('fitHistory', () => {
  it('is the same model as of each month end: every point equals pathFit on that date', () => {
    const answersHistory = [answers('2025-09-01', { risk: -2 }), answers('2026-01-10', { risk: 1, relationships: 2 })];
    const entries: Entry[] = [
      talk('2025-09-15', ana, 5),
      reflection('2025-10-03', 'external'),
      talk('2025-11-20', ben, 4),
      talk('2025-11-21', ian, 1),
      talk('2026-01-05', eve, 5, 'shadowing'),
      reflection('2026-02-14', 'external'),
      talk('2026-04-01', ben, 5),
    ];
    const h = fitHistory(answersHistory, entries, people, NOW);
    expect(h.map((p) => p.date)).toEqual(['2025-09-15', '2025-10-03', '2025-11-21', '2026-01-10', '2026-02-14']);
    for (const p of h) {
      const f = pathFit(answersHistory, entries, people, p.date);
      expect([p.position, p.positionLabel, p.confidence]).toEqual([f.position, f.positionLabel, f.confidence]);
    }
  });

  it('shows a lean moving as evidence ages: six months of silence halve the journal', () => {
    // Two external reflections in January 2025 (2 points): 2/8 = 0.25. A neutral talk on
    // 2025-07-02 (182 days later) adds a point in July, when they weigh 1 in all: 1/7 = 0.14.
    const h = fitHistory(
      [],
      [reflection('2025-01-01', 'external'), reflection('2025-01-01', 'external'), talk('2025-07-02', ana, 3)],
      people,
      NOW,
    );
    expect(h.map((p) => [p.date, p.position, p.positionLabel])).toEqual([
      ['2025-01-01', 0.25, 'Leans external'],
      ['2025-07-02', 0.14, 'Undecided'],
    ]);
  });
});
