import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readBackupFile } from '../../shared/backup/read';
import { makeBackup, serializeBackup } from '../../shared/backup/format';
import { InputError } from '../../shared/errors';
import { fieldWords, listPlace, plainProblems, problemSentence } from '../../shared/problemSentences';
import { sampleJournal } from './backup/sampleJournal';

const Row = z.strictObject({
  title: z.string().max(5),
  email: z.email().optional(),
  kind: z.enum(['reflection', 'goal']),
  level: z.number().int().min(1).max(5),
  tags: z.array(z.string()).max(2),
  date: z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { message: 'must be a date like 2026-03-14' }),
});
const File = z.object({ entries: z.array(Row) });

/** Every problem of `value` against File, as the sentences the screen shows. */
function sentences(value: unknown): string[] {
  const r = File.safeParse(value);
  if (r.success) throw new Error('expected problems');
  return plainProblems(r.error, value, listPlace('entries', 'Entry')).map(problemSentence);
}

const ok = { title: 'Hi', kind: 'goal', level: 3, tags: [], date: '2026-01-01' };

describe('plain sentences for zod issues', () => {
  it('says where (entry number) and what, quoting the value, for each kind of issue', () => {
    expect(
      sentences({
        entries: [
          ok,
          { title: 'Much too long', email: 'bob@', kind: 'poem', level: 9, tags: ['a', 'b', 'c'], date: 'soon', extra: true },
          { kind: 'goal', level: 'high', tags: 'x', date: '2026-01-01' },
        ],
      }),
    ).toEqual([
      'Entry 2: the title is 13 characters long; at most 5 fit.',
      'Entry 2: the email address “bob@” is not complete (an email address looks like name@example.com).',
      'Entry 2: the kind of entry is “poem”, which Sextant does not know; it should be one of “reflection”, “goal”.',
      'Entry 2: the level is 9; the most allowed is 5.',
      'Entry 2: 3 items in the tags; at most 2 are allowed.',
      'Entry 2: the date “soon” is not a date like 2026-03-14.',
      'Entry 2: it has a field Sextant does not know: “extra”.',
      'Entry 3: the title is missing.',
      'Entry 3: the level should be a number but is “high”.',
      'Entry 3: the tags should be a list but is “x”.',
    ]);
  });

  it('speaks of the whole file above the list, and of an entry that is not a group of fields', () => {
    expect(sentences({})).toEqual(['The file: the list of entries is missing.']);
    expect(sentences({ entries: [ok, 7] })).toEqual(['Entry 2: it should be a group of fields but is the number 7.']);
    expect(sentences({ entries: [{ ...ok, level: 0, title: '' }] })).toEqual(['Entry 1: the level is 0; the least allowed is 1.']);
  });

  it('names an unknown kind of a discriminated union in words, never as "Invalid discriminator value"', () => {
    const Kinded = z.object({
      entries: z.array(z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })])),
    });
    const value = { entries: [{ kind: 'zebra' }] };
    const r = Kinded.safeParse(value);
    expect(plainProblems(r.error!, value, listPlace('entries', 'Entry')).map(problemSentence)).toEqual([
      'Entry 1: the kind of entry is “zebra”, a kind Sextant does not know; it should be one of “a”, “b”.',
    ]);
  });

  it('words unknown field keys from their camelCase', () => {
    expect(fieldWords('targetDate')).toBe('the target date');
    expect(fieldWords('email')).toBe('the email address');
  });
});

describe('a malformed backup, explained in sentences', () => {
  const EXPORTED = '2026-03-01T12:00:00.000Z';
  const sentencesOf = (text: string) => {
    try {
      readBackupFile(text);
    } catch (e) {
      if (e instanceof InputError) return e.problems.map(problemSentence);
    }
    throw new Error('expected an InputError');
  };

  it('places each problem by record and field, with no validator wording', () => {
    const b = JSON.parse(serializeBackup(makeBackup(sampleJournal(), '0.1.0', EXPORTED)));
    b.data.entries[0].kind = 'poem';
    b.data.people[0].name = 42;
    b.data.people[0].email = 'bob@';
    b.exportedAt = 'yesterday';
    const got = sentencesOf(JSON.stringify(b));
    expect(got).toEqual([
      "The backup's header: the export time “yesterday” is not a date and time like 2026-03-14T09:30:00Z.",
      'Journal entry 1 of the backup: the kind of entry is “poem”, a kind Sextant does not know; it should be one of “reflection”, “conversation”, “goal”.',
      'Person 1 of the backup: the name should be text but is the number 42.',
      'Person 1 of the backup: the email address “bob@” is not complete (an email address looks like name@example.com).',
    ]);
    for (const s of got) expect(s).not.toMatch(/Invalid|expected \w+, received|discriminator/);
  });
});
