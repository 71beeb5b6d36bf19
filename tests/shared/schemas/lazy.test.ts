import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { built, lazySchema } from '../../../shared/schemas/lazy';
import { Entry, LearningGoal, Person, PathLean, SettingRow, Tags } from '../../../shared/schemas';
import { Backup, BackupData } from '../../../shared/backup/format';
import { Keyring } from '../../../shared/crypto/keyring';
import { sampleJournal } from '../backup/sampleJournal';

const ID = '0b7c1f0e-3c1a-4d0e-9a51-6f7d2b8c9e10';
const T = '2026-03-14T09:30:00Z';

describe('a schema built on first use', () => {
  it('is built on the first read of anything of it, once', () => {
    let builds = 0;
    const lazy = lazySchema(() => (builds++, z.strictObject({ name: z.string().trim().min(1, 'is required') })));
    const array = z.array(lazy); // composing it reads nothing of it
    expect(builds).toBe(0);
    expect(array.parse([{ name: ' a ' }])).toEqual([{ name: 'a' }]);
    expect(builds).toBe(1);
    expect(lazy.shape.name).toBe(built(lazy).shape.name);
    expect(built(lazy)).toBe(built(lazy));
    expect(builds).toBe(1);
  });

  it('parses, refuses and words its problems exactly as the schema it stands for', () => {
    const make = () => z.strictObject({ name: z.string().trim().min(1, 'is required'), n: z.number().int().max(5, 'too many') });
    const lazy = lazySchema(make);
    const eager = make();
    for (const value of [{ name: ' x ', n: 2 }, { name: ' ', n: 7 }, { name: 'x', n: 1.5, extra: 1 }, null, 'text'])
      expect(JSON.stringify(lazy.safeParse(value))).toBe(JSON.stringify(eager.safeParse(value)));
    expect(lazy.optional().parse(undefined)).toBeUndefined();
    expect(lazy.extend({ more: z.boolean() }).parse({ name: 'x', n: 1, more: true })).toEqual({ name: 'x', n: 1, more: true });
  });

  it('looks like the schema to zod and to code that inspects it', () => {
    expect(Person instanceof z.ZodObject).toBe(true);
    expect(PathLean.options).toEqual(['internal', 'external', 'unsure']);
    expect(Object.keys(LearningGoal.shape)).toEqual(Object.keys(built(LearningGoal).shape));
    expect('shape' in Person).toBe(true);
    expect(Object.getPrototypeOf(Person)).toBe(Object.getPrototypeOf(built(Person)));
    expect(built(Tags) instanceof z.ZodArray).toBe(true);
  });

  it("the app's schemas give the same results read through the stand-in and built", () => {
    const { entries, people, settings } = sampleJournal();
    const bad = [
      { ...entries[0], title: '', tags: ['UPPER', ''] },
      { ...entries[0], kind: 'diary' },
      { ...people[0], email: 'not-an-email', extra: true },
      { key: 'theme', value: 'pink' },
      { format: 'sextant-keyring', version: 2 },
      { format: 'sextant-backup', formatVersion: 2, appVersion: '1', exportedAt: T, counts: {}, data: {} },
    ];
    for (const schema of [Entry, Person, SettingRow, Keyring, Backup, BackupData] as z.ZodType[])
      for (const value of [...entries, ...people, ...settings, ...bad, { id: ID }])
        expect(JSON.stringify(schema.safeParse(value))).toBe(JSON.stringify(built(schema).safeParse(value)));
  });
});
