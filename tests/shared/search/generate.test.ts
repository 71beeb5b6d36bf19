import { describe, expect, it } from 'vitest';
import { CheckIn, Entry, PathAnswers, Person, SkillTarget } from '../../../shared/schemas';
import { generateJournal, prng, QUICK_SIZE } from '../../../bench/generate';

describe('benchmark journal generator', () => {
  const journal = generateJournal(42, QUICK_SIZE);

  it('produces the requested counts, with goals among the entries', () => {
    expect(journal.entries).toHaveLength(1_000);
    expect(journal.entries.filter((e) => e.kind === 'goal')).toHaveLength(20);
    expect(journal.people).toHaveLength(50);
    expect(journal.checkIns).toHaveLength(5);
    expect(journal.targets).toHaveLength(6);
  });

  it('produces records that pass the app schemas (so the app reads every one)', () => {
    for (const e of journal.entries) expect(Entry.safeParse(e).error).toBeUndefined();
    for (const p of journal.people) expect(Person.safeParse(p).error).toBeUndefined();
    for (const c of journal.checkIns) expect(CheckIn.safeParse(c).error).toBeUndefined();
    for (const t of journal.targets) expect(SkillTarget.safeParse(t).error).toBeUndefined();
    for (const a of journal.pathAnswers) expect(PathAnswers.safeParse(a).error).toBeUndefined();
  });

  it('is deterministic: the same seed gives the same journal, another seed a different one', () => {
    expect(generateJournal(42, QUICK_SIZE)).toEqual(journal);
    expect(generateJournal(43, QUICK_SIZE).entries[0]!.id).not.toBe(journal.entries[0]!.id);
  });

  it('writes entries of realistic length with Markdown', () => {
    const reflections = journal.entries.filter((e) => e.kind === 'reflection');
    const words = reflections.map((e) => e.body.split(/\s+/).length).sort((a, b) => a - b);
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(100);
    expect(reflections.some((e) => e.body.includes('## '))).toBe(true);
    expect(reflections.some((e) => e.body.includes('**'))).toBe(true);
  });

  it('uses a PRNG whose first outputs for seed 1 are fixed (mulberry32)', () => {
    const next = prng(1);
    // Reference values of mulberry32(1).
    expect(next()).toBeCloseTo(0.6270739405881613, 12);
    expect(next()).toBeCloseTo(0.002735721180215478, 12);
  });
});
