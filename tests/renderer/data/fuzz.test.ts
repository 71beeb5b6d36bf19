import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBackup, serializeBackup, TABLE_NAMES } from '../../../shared/backup/format';
import { readBackupFile } from '../../../shared/backup/read';
import { stableStringify } from '../../../shared/backup/plan';
import { InputError } from '../../../shared/errors';
import { parseDayOneExport } from '../../../shared/import/dayone';
import { parseLinkedInConnections } from '../../../shared/import/linkedin';
import { applyRestore } from '../../../renderer/data/backupStore';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { applyPeopleImport, applyReflectionImport } from '../../../renderer/data/importStore';
import { sampleJournal } from '../../shared/backup/sampleJournal';

/**
 * Arbitrary JSON and bytes given to restore and to both importers, end to end against the store:
 * each input is either accepted (and written) or rejected with an InputError, and on rejection
 * the store is exactly as it was. Fixed seed, so a failure reproduces.
 */
const SEED = 5_050_505;
const tally = { accepted: 0, rejected: 0 };

beforeAll(async () => {
  setDatabase(new SextantDB('fuzz'));
  await db().open();
  const journal = sampleJournal();
  for (const t of TABLE_NAMES) await db().table(t).bulkPut(journal[t]);
});
afterAll(() => {
  db().close();
  console.info(`fuzz: ${tally.accepted} accepted, ${tally.rejected} rejected`);
});

async function fingerprint(): Promise<string> {
  return db().transaction(
    'r',
    TABLE_NAMES.map((t) => db().table(t)),
    async () => {
      const parts: string[] = [];
      for (const t of TABLE_NAMES) parts.push(stableStringify(await db().table(t).toArray()));
      return parts.join('\n');
    },
  );
}

/** Runs one input through a pipeline; the only allowed failure is InputError, which must leave the store unchanged. */
async function acceptOrRejectCleanly(run: () => Promise<unknown>): Promise<void> {
  const before = await fingerprint();
  try {
    await run();
    tally.accepted++;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    tally.rejected++;
    expect(await fingerprint()).toBe(before);
  }
}

const restore = (input: Uint8Array | string) => acceptOrRejectCleanly(() => applyRestore(readBackupFile(input), 'merge'));
const linkedIn = (input: Uint8Array | string) => acceptOrRejectCleanly(() => applyPeopleImport(parseLinkedInConnections(input)));
const dayOne = (input: Uint8Array | string) => acceptOrRejectCleanly(() => applyReflectionImport(parseDayOneExport(input)));

const hostile = fc.oneof(
  fc.json({ depthSize: 'medium' }),
  fc.jsonValue().map((v) => JSON.stringify({ ['__proto__']: v })),
  fc.integer({ min: 30, max: 5_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const bytes = fc.uint8Array({ maxLength: 400 });

/** A valid backup with one value somewhere replaced by arbitrary JSON (reaches deep validation). */
const mutatedBackup = fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([pick, value]) => {
  const backup = makeBackup(sampleJournal(), '0.1.0', '2026-02-01T10:00:00.000Z') as unknown as Record<string, unknown>;
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(backup, []);
  const path = paths[1 + (pick % (paths.length - 1))]!;
  let parent = backup as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return JSON.stringify(backup);
});

const CSV_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const csvCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('"', '""', ',', '\r\n', '24 Aug 2023', 'https://www.linkedin.com/in/x', 'a@b.co', ''),
);
const csvLike = fc
  .array(fc.array(csvCell, { minLength: 1, maxLength: 8 }), { maxLength: 6 })
  .map((rows) => `\uFEFFNotes:\r\n\r\n${CSV_HEADER}\r\n${rows.map((r) => r.join(',')).join('\r\n')}`);

const dayOneEntry = fc.record(
  {
    uuid: fc.oneof(fc.stringMatching(/^[0-9A-F]{32}$/), fc.string()),
    creationDate: fc.oneof(
      fc.date({ noInvalidDate: true, min: new Date('1990-01-01'), max: new Date('2090-01-01') }).map((d) => d.toISOString()),
      fc.string(),
    ),
    timeZone: fc.oneof(fc.constantFrom('Europe/Berlin', 'America/New_York', 'Not/AZone', ''), fc.string()),
    text: fc.string({ unit: 'grapheme', maxLength: 200 }),
    tags: fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
    starred: fc.oneof(fc.boolean(), fc.jsonValue()),
  },
  { requiredKeys: ['creationDate'] },
);
const dayOneLike = fc.array(dayOneEntry, { maxLength: 4 }).map((entries) => JSON.stringify({ metadata: { version: '1.0' }, entries }));

const runs = (numRuns: number) => ({ numRuns, seed: SEED });

describe('fuzzing restore and imports against the store', () => {
  it('restore: 1500 arbitrary or hostile JSON texts, 1000 byte strings, 1000 mutated backups', async () => {
    await fc.assert(fc.asyncProperty(hostile, restore), runs(1_500));
    await fc.assert(fc.asyncProperty(bytes, restore), runs(1_000));
    await fc.assert(fc.asyncProperty(mutatedBackup, restore), runs(1_000));
  }, 300_000);

  it('LinkedIn: 1500 CSV-like texts, 1000 arbitrary strings, 1000 byte strings', async () => {
    await fc.assert(fc.asyncProperty(csvLike, linkedIn), runs(1_500));
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), linkedIn), runs(1_000));
    await fc.assert(fc.asyncProperty(bytes, linkedIn), runs(1_000));
  }, 300_000);

  it('Day One: 1500 Day One-like exports, 1000 arbitrary or hostile JSON texts, 1000 byte strings', async () => {
    await fc.assert(fc.asyncProperty(dayOneLike, dayOne), runs(1_500));
    await fc.assert(fc.asyncProperty(hostile, dayOne), runs(1_000));
    await fc.assert(fc.asyncProperty(bytes, dayOne), runs(1_000));
  }, 300_000);

  it('a valid backup still restores after all that (the store was never left half-written)', async () => {
    await restore(serializeBackup(makeBackup(sampleJournal(), '0.1.0', '2026-02-01T10:00:00.000Z')));
    expect(await db().entries.count()).toBeGreaterThanOrEqual(3);
  });
});
