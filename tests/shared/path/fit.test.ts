import { describe, expect, it } from 'vitest';
import { answersAsOf, fitHistory, pathFit, positionLabel } from '../../../shared/path';
import { answers, person, reflection, talk, type Entry } from './builders';

const NOW = '2026-03-01';
const ana = person('Ana', 'internal');
const ben = person('Ben', 'external');
const cy = person('Cy', 'unknown');
const people = [ana, ben, cy];

describe('pathFit', () => {
  it('is undecided with low confidence, and asks for the questionnaire, when there is no data', () => {
    const fit = pathFit([], [], [], NOW);
    expect(fit.position).toBe(0);
    expect(fit.lean).toBe('undecided');
    expect(fit.positionLabel).toBe('Undecided');
    expect(fit.confidence).toBe('low');
    expect(fit.contributions).toEqual([]);
    expect(fit.answersDate).toBeNull();
    expect(fit.nextStep).toMatch(/^Answer the questionnaire/);
  });

  it('follows the questionnaire alone, with low confidence, and suggests talking to the other side', () => {
    // relationships +2, risk +1, success-metric 0 → 3 points; market-exposure 2 → +1; job-security 1 → -0.5.
    // Total 3.5 / 6 = 0.583 → 0.58: "Leans external" (below the 0.6 strong threshold).
    const a = answers('2026-02-01', { relationships: 2, risk: 1, 'success-metric': 0 }, { 'market-exposure': 2, 'job-security': 1 });
    const fit = pathFit([a], [], people, NOW);
    expect(fit.position).toBe(0.58);
    expect(fit.positionLabel).toBe('Leans external');
    expect(fit.confidence).toBe('low');
    expect(fit.confidenceReason).toMatch(/questionnaire answers alone/);
    expect(fit.totals).toEqual({ questionnaire: 3.5, journal: 0 });
    expect(fit.contributions.map((c) => [c.id, c.points, c.direction])).toEqual([
      ['dimension:relationships', 2, 'external'],
      ['dimension:risk', 1, 'external'],
      ['dimension:success-metric', 0, 'neither'],
      ['factor:job-security', -0.5, 'internal'],
      ['factor:market-exposure', 1, 'external'],
    ]);
    // Leaning external with nobody talked to: test it against the other side first.
    expect(fit.nextStep).toBe('Talk to an internal PM about their work, then one from the other side, and log both conversations.');
  });

  it('ignores zero weights and unanswered dimensions: they neither move the fit nor appear in it', () => {
    const a = answers('2026-02-01', { risk: -2 }, { 'job-security': 0, 'broad-network': 0, independence: 0 });
    const fit = pathFit([a], [], people, NOW);
    // Only risk -2 → -2 / 6 = -0.333 → -0.33.
    expect(fit.position).toBe(-0.33);
    expect(fit.positionLabel).toBe('Leans internal');
    expect(fit.contributions.map((c) => c.id)).toEqual(['dimension:risk']);
  });

  it('stays undecided when every weight is zero and every dimension is "either"', () => {
    const a = answers('2026-02-01', { relationships: 0, risk: 0, 'success-metric': 0 }, { 'job-security': 0, 'market-exposure': 0 });
    const fit = pathFit([a], [], people, NOW);
    expect(fit.position).toBe(0);
    expect(fit.lean).toBe('undecided');
    expect(fit.contributions.every((c) => c.points === 0)).toBe(true);
    expect(fit.contributions).toHaveLength(3);
  });

  it('keeps the questionnaire side but drops to low confidence when weaker evidence contradicts it', () => {
    // Answers: relationships -2, risk -1 → -3. Journal: one reflection leaning external (+1), one
    // conversation with an external PM at energy 5 → (5-3)*0.5 = +1. Journal +2.
    // Total -1 / 6 = -0.1667 → -0.17: undecided. Both sides ≥ 1 point and opposite: they disagree.
    const a = answers('2026-01-10', { relationships: -2, risk: -1 });
    const entries: Entry[] = [reflection('2026-02-01', 'external'), talk('2026-02-05', ben, 5)];
    const fit = pathFit([a], entries, people, NOW);
    expect(fit.totals).toEqual({ questionnaire: -3, journal: 2 });
    expect(fit.position).toBe(-0.17);
    expect(fit.lean).toBe('undecided');
    expect(fit.confidence).toBe('low');
    expect(fit.confidenceReason).toBe('Your answers point internal but your journal points external.');
    const talkC = fit.contributions.find((c) => c.id === 'conversations:external')!;
    expect(talkC.points).toBe(1);
    expect(talkC.reason).toBe('1 conversation with external PMs: energising on average (5 of 5).');
  });

  it('follows the journal when its evidence outweighs the answers', () => {
    // Answers: relationships -1 → -1. Journal: reflections 3 external, 0 internal → +3 (at the cap);
    // shadowing an external PM at energy 5 → +2; shadowing an internal PM at energy 1 → -1*(1-3)*1 = +2.
    // Journal +7, total +6 / 6 = 1.0: strongly external, but low confidence since they disagree.
    const a = answers('2026-01-10', { relationships: -1 });
    const entries: Entry[] = [
      reflection('2026-01-20', 'external'),
      reflection('2026-01-21', 'external'),
      reflection('2026-01-22', 'external'),
      talk('2026-02-01', ben, 5, 'shadowing'),
      talk('2026-02-02', ana, 1, 'shadowing'),
    ];
    const fit = pathFit([a], entries, people, NOW);
    expect(fit.totals).toEqual({ questionnaire: -1, journal: 7 });
    expect(fit.position).toBe(1);
    expect(fit.positionLabel).toBe('Strongly external');
    expect(fit.confidence).toBe('low');
    expect(fit.confidenceReason).toBe('Your answers point internal but your journal points external, and the journal weighs more.');
    expect(fit.contributions.find((c) => c.id === 'shadowing:internal')).toMatchObject({ points: 2, direction: 'external' });
    // No ordinary conversations yet on either side: that is the next thing to do.
    expect(fit.nextStep).toMatch(/^Talk to an internal PM/);
  });

  it('caps a burst of one kind of evidence', () => {
    // Five external-leaning reflections would be 5 points; the cap holds them at 3.
    const entries: Entry[] = Array.from({ length: 5 }, (_, i) => reflection(`2026-02-0${i + 1}`, 'external'));
    const fit = pathFit([], entries, people, NOW);
    expect(fit.contributions).toEqual([
      {
        id: 'reflections',
        source: 'reflections',
        label: 'Reflections',
        points: 3,
        direction: 'external',
        reason: '5 reflections leaned external and 0 internal (capped at 3 points).',
      },
    ]);
    expect(fit.position).toBe(0.5);
    expect(fit.confidence).toBe('medium');
  });

  it('reaches high confidence only with answers, six pieces of agreeing evidence from both sides and shadowing', () => {
    // Answers +4 (relationships 2, success-metric 2). Journal: 2 external reflections (+2),
    // external talk energy 4 (+0.5), internal talk energy 2 (+0.5), internal talk energy 3 (0),
    // external shadowing energy 4 (+1). Six pieces; journal +4; total 8/6 → clamped to 1.
    const a = answers('2026-01-01', { relationships: 2, 'success-metric': 2 });
    const entries: Entry[] = [
      reflection('2026-01-05', 'external'),
      reflection('2026-01-06', 'external'),
      talk('2026-01-10', ben, 4),
      talk('2026-01-11', ana, 2),
      talk('2026-01-12', ana, 3),
      talk('2026-01-15', ben, 4, 'shadowing'),
    ];
    const fit = pathFit([a], entries, people, NOW);
    expect(fit.evidenceCount).toBe(6);
    expect(fit.totals).toEqual({ questionnaire: 4, journal: 4 });
    expect(fit.position).toBe(1);
    expect(fit.confidence).toBe('high');
    // Only the external side was shadowed: shadow the other one.
    expect(fit.nextStep).toBe('Shadow an internal PM too, so you can compare both sides first-hand.');
  });

  it('does not count contacts of unknown side, unrated conversations, or entries dated after now', () => {
    const a = answers('2026-01-01', { risk: 1 });
    const entries: Entry[] = [
      talk('2026-01-10', cy, 5),
      talk('2026-01-11', ben),
      reflection('2026-04-01', 'internal'),
      talk('2026-01-12', ana, 4),
    ];
    const fit = pathFit([a], entries, people, NOW);
    // Ben's conversation is listed (0 points, unrated); Cy's is not a side; the April reflection is in the future.
    expect(fit.contributions.map((c) => [c.id, c.points])).toEqual([
      ['dimension:risk', 1],
      ['conversations:internal', -0.5],
      ['conversations:external', 0],
    ]);
    expect(fit.evidenceCount).toBe(1);
    expect(fit.nextStep).toBe('Rate how energising your conversation with Ben on 11 Jan 2026 felt, so it counts.');
  });

  it('uses the newest answers on or before the date', () => {
    const older = answers('2026-01-01', { risk: -2 });
    const newer = answers('2026-02-01', { risk: 2 });
    expect(pathFit([newer, older], [], [], '2026-01-15').position).toBe(-0.33);
    expect(pathFit([newer, older], [], [], NOW).position).toBe(0.33);
    expect(answersAsOf([newer, older], '2025-12-31')).toBeNull();
  });
});

describe('positionLabel', () => {
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
  it('re-runs the fit as each month with a change ended (its last such date), oldest first, up to now', () => {
    const h = fitHistory(
      [answers('2026-01-01', { risk: -2 }), answers('2026-02-01', { risk: 1 })],
      [reflection('2026-01-15', 'external'), reflection('2026-01-20'), talk('2026-05-01', ben, 5)],
      people,
      NOW,
    );
    // January's last change is 01-15 (01-20's reflection has no lean): (-2+1)/6. February: 02-01, (1+1)/6.
    // 01-01 (-2/6) is inside January, so it is not a point; the May talk is after now.
    expect(h.map((p) => [p.date, p.position])).toEqual([
      ['2026-01-15', -0.17],
      ['2026-02-01', 0.33],
    ]);
  });

  it('has one point a month however many entries a month holds', () => {
    // 28 reflections leaning external, one a day through February, then one in March.
    const feb = Array.from({ length: 28 }, (_, i) => reflection(`2026-02-${String(i + 1).padStart(2, '0')}`, 'external'));
    const h = fitHistory([], [...feb, reflection('2026-03-02', 'internal')], people, '2026-03-10');
    // End of February: 28 external, capped at 3 points: 3/6. 2 March: 28 - 1 = 27, still capped: 0.5.
    expect(h.map((p) => [p.date, p.position])).toEqual([
      ['2026-02-28', 0.5],
      ['2026-03-02', 0.5],
    ]);
  });
});
