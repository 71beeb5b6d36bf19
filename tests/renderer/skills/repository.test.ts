import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { setClock } from '../../../renderer/data/ids';
import { addCheckIn, getCheckIn, listCheckIns, listTargets, saveTargets } from '../../../renderer/data/repositories/skills';
import { InputError } from '../../../shared/errors';

const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-01T18:00:00.000Z';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
  setClock(() => T1);
});

describe('check-ins', () => {
  it('adds a check-in with a new id and lists them oldest first, same-day ones in the order saved', async () => {
    const later = await addCheckIn({ date: '2026-03-01', ratings: [{ skill: 'research', level: 3 }], blind: false });
    setClock(() => T2);
    const sameDay = await addCheckIn({
      date: '2026-03-01',
      ratings: [{ skill: 'research', level: 4, note: 'ran my first survey' }],
      blind: true,
    });
    const earlier = await addCheckIn({ date: '2026-02-01', ratings: [{ skill: 'research', level: 2 }], blind: false });
    expect((await listCheckIns()).map((c) => c.id)).toEqual([earlier.id, later.id, sameDay.id]);
    expect(await getCheckIn(sameDay.id)).toEqual({
      id: sameDay.id,
      createdAt: T2,
      updatedAt: T2,
      rev: 1,
      date: '2026-03-01',
      ratings: [{ skill: 'research', level: 4, note: 'ran my first survey' }],
      blind: true,
    });
  });

  it('refuses an invalid check-in and writes nothing', async () => {
    await expect(addCheckIn({ date: '2026-02-30', ratings: [{ skill: 'research', level: 0 }], blind: false })).rejects.toThrow(InputError);
    try {
      await addCheckIn({ date: '2026-02-30', ratings: [{ skill: 'research', level: 0 }], blind: false });
    } catch (e) {
      expect((e as InputError).problems.map((p) => p.where).sort()).toEqual(['date', 'ratings[0].level']);
    }
    expect(await db().checkIns.count()).toBe(0);
  });

  it('never reuses an id handed in, so an earlier check-in cannot be overwritten', async () => {
    const first = await addCheckIn({ date: '2026-02-01', ratings: [{ skill: 'strategy', level: 2 }], blind: false });
    const draft = { id: first.id, date: '2026-03-01', ratings: [{ skill: 'strategy' as const, level: 5 }], blind: false };
    const second = await addCheckIn(draft);
    expect(second.id).not.toBe(first.id);
    expect(await getCheckIn(first.id)).toEqual(first);
  });
});

describe('targets', () => {
  it('replaces the whole set: a skill left out has no target afterwards', async () => {
    await saveTargets([
      { skill: 'strategy', level: 4, targetDate: '2026-12-31' },
      { skill: 'leadership', level: 3 },
    ]);
    await saveTargets([{ skill: 'leadership', level: 5 }]);
    expect(await listTargets()).toEqual([{ skill: 'leadership', level: 5, updatedAt: T1 }]);
  });

  it('keeps the stored targets when any new one is invalid, naming which', async () => {
    await saveTargets([{ skill: 'strategy', level: 4 }]);
    await expect(
      saveTargets([
        { skill: 'research', level: 3 },
        { skill: 'leadership', level: 9 },
      ]),
    ).rejects.toThrow("Target 2 can't be saved: level: must be from 1 to 5");
    await expect(
      saveTargets([
        { skill: 'research', level: 3 },
        { skill: 'research', level: 4 },
      ]),
    ).rejects.toThrow('each skill can have only one target');
    expect((await listTargets()).map((t) => t.skill)).toEqual(['strategy']);
  });
});
