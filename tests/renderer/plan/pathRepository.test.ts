// The path questionnaire's store: answers are added (never overwritten) and validated before writing.
import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { addPathAnswers, listPathAnswers } from '../../../renderer/data/repositories/path';
import { InputError } from '../../../shared/errors';
import { PathAnswers } from '../../../shared/schemas';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  setClock(() => '2026-03-01T10:00:00.000Z');
});

describe('path answers repository', () => {
  it('keeps every visit as history, oldest first, two on one day in saving order', async () => {
    await addPathAnswers({ date: '2026-02-01', dimensions: { risk: 1 }, factors: {} });
    setClock(() => '2026-03-01T11:00:00.000Z');
    await addPathAnswers({ date: '2026-03-01', dimensions: { risk: -1 }, factors: { 'job-security': 2 } });
    setClock(() => '2026-03-01T12:00:00.000Z');
    await addPathAnswers({ date: '2026-03-01', dimensions: { risk: 2 }, factors: {} });
    setClock(() => '2026-03-01T09:00:00.000Z');
    await addPathAnswers({ date: '2026-01-15', dimensions: {}, factors: { independence: 3 } });
    const all = await listPathAnswers();
    expect(all.map((a) => [a.date, a.dimensions.risk])).toEqual([
      ['2026-01-15', undefined],
      ['2026-02-01', 1],
      ['2026-03-01', -1],
      ['2026-03-01', 2],
    ]);
  });

  it('refuses unknown dimension or factor ids and out-of-range values, naming where, and writes nothing', async () => {
    const bad = [
      { date: '2026-03-01', dimensions: { colour: 1 }, factors: {} },
      { date: '2026-03-01', dimensions: { risk: 3 }, factors: {} },
      { date: '2026-03-01', dimensions: {}, factors: { 'job-security': 4 } },
      { date: '2026-02-30', dimensions: {}, factors: {} },
    ];
    const wheres: string[] = [];
    for (const draft of bad) {
      const err = await addPathAnswers(draft as never).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      wheres.push((err as InputError).problems[0]!.where);
    }
    expect(wheres).toEqual(['dimensions', 'dimensions.risk', 'factors.job-security', 'date']);
    expect(await db().pathAnswers.count()).toBe(0);
  });

  it('accepts a complete set of answers at the edges of each scale', () => {
    const r = PathAnswers.safeParse({
      id: crypto.randomUUID(),
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      date: '2026-03-01',
      dimensions: { relationships: -2, risk: 2, 'success-metric': 0 },
      factors: { 'job-security': 0, 'single-focus': 3 },
    });
    expect(r.success).toBe(true);
  });
});
