/**
 * Upkeep of the derived data kept at write time (shared/aggregates): every write of an entry
 * changes the rows it touches in the SAME transaction (so a screen never sees an entry without its
 * evidence, or the other way round), and a whole-journal write (restore, import) rebuilds or
 * batches them. The screens then read a few small rows instead of every entry.
 */
import type { Table } from 'dexie';
import {
  changeEntry,
  emptyAggregates,
  factBucketOf,
  factBuckets,
  keysOf,
  lastContactsOfRows,
  noneTouched,
  tagsInUse,
  type Aggregates,
  type PathFact,
  type PathFactBucket,
  type PersonSummaryRow,
  type SkillEvidenceRow,
  type TagCounts,
  type Touched,
} from '../../shared/aggregates';
import {
  PathFactSchema,
  PersonSummaryRowSchema,
  SkillEvidenceRowSchema,
  TagCountsRowSchema,
  looksLikePathFact,
  looksLikePersonSummaryRow,
  looksLikeSkillEvidenceRow,
} from '../../shared/aggregates/schema';
import { Entry } from '../../shared/schemas';
import { AGGREGATE_TABLES, buildAggregatesFrom, isCurrentBuild, writeAllAggregates, type TagCountsRow } from './aggregateTables';
import { isEncrypted } from '../crypto/session';
import { db, type SextantDB } from './db';
import { nowIso } from './ids';
import { readDerived, readValid } from './records';

/** The aggregate tables as Dexie tables, for a transaction's scope. */
export function aggregateTables(database: SextantDB = db()): Table[] {
  return AGGREGATE_TABLES.map((t) => database.table(t));
}

/** What a transaction that writes entries must include: entries, tombstones and the aggregates. */
export function entryWriteScope(database: SextantDB = db()): Table[] {
  return [database.entries, database.deletions, ...aggregateTables(database)];
}

/** A stored row as an entry the aggregates count: a damaged record counts nowhere (as on every screen). */
function counted(row: unknown): Entry | undefined {
  if (row === undefined || row === null) return undefined;
  const r = Entry.safeParse(row);
  return r.success ? r.data : undefined;
}

/**
 * Changes to the aggregates collected over one transaction: the rows a change needs are read once,
 * changed in memory, and written by `flush` (a restore of thousands of entries writes each row once).
 */
export class AggregateBatch {
  private readonly agg = emptyAggregates();
  private readonly loaded = noneTouched();
  private readonly dirty: Touched = noneTouched();
  private tagsLoaded = false;

  /** Records that the stored entry `before` (undefined: none) became `after` (undefined: deleted). */
  async change(before: unknown, after: unknown): Promise<void> {
    await this.changeMany([[before, after]]);
  }

  /**
   * Records many changes at once: the rows they need are read in one go, then every change is
   * applied in memory (a loop of awaits without a database request would let the transaction
   * commit early).
   */
  async changeMany(
    changes: readonly (readonly [before: unknown, after: unknown])[],
    /** The new versions were validated already (a restore's, checked when its file was read): not parsed again. */
    { afterValid = false }: { afterValid?: boolean } = {},
  ): Promise<void> {
    const valid = changes
      .map(([before, after]) => [counted(before), afterValid ? (after as Entry | undefined) : counted(after)] as const)
      .filter(([b, a]) => b || a);
    if (!valid.length) return;
    const keys = noneTouched();
    for (const [b, a] of valid) {
      const k = keysOf(b, a);
      k.skills.forEach((x) => keys.skills.add(x));
      k.people.forEach((x) => keys.people.add(x));
      k.tags.forEach((x) => keys.tags.add(x));
      k.facts.forEach((x) => keys.facts.add(factBucketOf(x)));
    }
    await this.load(keys);
    for (const [b, a] of valid) changeEntry(this.agg, b, a, this.dirty);
  }

  private async load(keys: Touched): Promise<void> {
    const d = db();
    const skills = [...keys.skills].filter((k) => !this.loaded.skills.has(k));
    const people = [...keys.people].filter((k) => !this.loaded.people.has(k));
    const buckets = [...keys.facts].filter((k) => !this.loaded.facts.has(k));
    // Dexie promises only, one after the other: awaiting anything else would commit the transaction.
    const skillRows = skills.length ? await d.skillEvidence.bulkGet(skills as SkillEvidenceRow['skill'][]) : [];
    const personRows = people.length ? await d.personSummaries.bulkGet(people) : [];
    const bucketRows = buckets.length ? await d.pathFacts.bulkGet(buckets) : [];
    const loadTags = keys.tags.size > 0 && !this.tagsLoaded;
    const tagsRow = loadTags ? await d.aggregateMeta.get('tags') : undefined;
    if (loadTags) {
      this.tagsLoaded = true;
      if (tagsRow?.key === 'tags') this.agg.tags = { ...tagsRow.counts };
    }
    skills.forEach((k, i) => {
      this.loaded.skills.add(k);
      const row = skillRows[i];
      if (row) this.agg.skills.set(k, { skill: row.skill, days: { ...row.days } });
    });
    people.forEach((k, i) => {
      this.loaded.people.add(k);
      const row = personRows[i];
      if (row) this.agg.people.set(k, { personId: row.personId, days: { ...row.days }, followUps: { ...row.followUps } });
    });
    // A bucket's row is rewritten whole: every fact in it is loaded.
    buckets.forEach((k, i) => {
      this.loaded.facts.add(k);
      const facts = bucketRows[i]?.facts;
      if (Array.isArray(facts)) for (const f of facts) this.agg.facts.set(f.id, f);
    });
  }

  /** Writes the rows changed since the last flush (inside the caller's transaction). */
  async flush(): Promise<void> {
    const d = db();
    const write = async <K extends string, T>(table: Table<T, K>, keys: Set<string>, rows: Map<string, T>) => {
      const put: T[] = [];
      const remove: K[] = [];
      for (const k of keys) {
        const row = rows.get(k);
        if (row) put.push(row);
        else remove.push(k as K);
      }
      if (put.length) await table.bulkPut(put);
      if (remove.length) await table.bulkDelete(remove);
      keys.clear();
    };
    await write(d.skillEvidence, this.dirty.skills, this.agg.skills);
    await write(d.personSummaries, this.dirty.people, this.agg.people);
    const buckets = new Set([...this.dirty.facts].map(factBucketOf));
    this.dirty.facts.clear();
    await write(d.pathFacts, buckets, factBuckets(this.agg.facts.values(), buckets));
    if (this.dirty.tags.size) {
      await d.aggregateMeta.put({ key: 'tags', counts: { ...this.agg.tags } } satisfies TagCountsRow);
      this.dirty.tags.clear();
    }
  }
}

/** Applies one entry write to the aggregates (inside the caller's transaction, which includes them). */
export async function upkeepEntryWrite(before: unknown, after: unknown, batch?: AggregateBatch): Promise<void> {
  if (batch) return batch.change(before, after);
  const one = new AggregateBatch();
  await one.change(before, after);
  await one.flush();
}

/**
 * Replaces every aggregate with `agg` (inside the caller's transaction): after a restore that made
 * the stored entries exactly those `agg` was computed from (`computeAggregates`, in one pass over
 * entries already validated).
 */
export async function replaceAggregates(agg: Aggregates): Promise<void> {
  await writeAllAggregates(db(), agg, nowIso());
}

/** Rebuilds every aggregate from the stored entries, in one transaction (after a restore or import, or when never built). */
export async function rebuildAggregates(): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.entries, ...aggregateTables(d)], async () => buildAggregatesFrom(d, nowIso()));
}

const ready = new WeakMap<SextantDB, Promise<void>>();
const known = new WeakSet<SextantDB>();

/**
 * Resolves once the aggregates of the current database are built: at once when they are, after a
 * rebuild when they never were (a new database, an encrypted journal upgraded while locked, rows
 * written past the app). The rebuild is a read-write transaction, which a live query may not
 * open: it starts from a timer, outside the caller's Dexie zone.
 */
export function ensureAggregates(): Promise<void> {
  const d = db();
  let p = ready.get(d);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      setTimeout(() => {
        const build = async () => {
          if (!isCurrentBuild(await d.aggregateMeta.get('built'))) await rebuildAggregates();
          known.add(d);
        };
        build().then(resolve, reject);
      }, 0);
    });
    // A failure (the journal locked meanwhile) is retried on the next read.
    p.catch(() => ready.delete(d));
    ready.set(d, p);
  }
  return p;
}

/**
 * Reads aggregate rows once they are built: the read goes out together with a tracked look at the
 * built mark (no round trip of its own before the rows, which a cold start would wait for), and
 * its rows are used when the mark says built. When it does not, they are dropped and read again
 * after a rebuild (which writes the mark, so a live query runs again, then fully tracked).
 */
async function whenBuilt<T>(read: () => Promise<T>): Promise<T> {
  const d = db();
  if (known.has(d)) return read();
  const [built, rows] = await Promise.all([d.aggregateMeta.get('built'), read()]);
  if (isCurrentBuild(built)) {
    known.add(d);
    return rows;
  }
  await ensureAggregates();
  return read();
}

/** The evidence rows of every skill with any tagged entry. */
export async function listSkillEvidence(): Promise<SkillEvidenceRow[]> {
  const rows = await whenBuilt(() => db().skillEvidence.toArray());
  return readDerived(SkillEvidenceRowSchema, looksLikeSkillEvidenceRow, rows, 'skillEvidence');
}

/** The evidence row of one skill, or undefined when no entry is tagged with it. */
export async function getSkillEvidence(skill: SkillEvidenceRow['skill']): Promise<SkillEvidenceRow | undefined> {
  const row = await whenBuilt(() => db().skillEvidence.get(skill));
  return readValid(SkillEvidenceRowSchema, [row].filter(Boolean), 'skillEvidence')[0];
}

/** Every person's conversation summary row, by person id (people without conversations have none). */
export async function listPersonSummaries(): Promise<Map<string, PersonSummaryRow>> {
  const stored = await whenBuilt(() => db().personSummaries.toArray());
  const rows = readDerived(PersonSummaryRowSchema, looksLikePersonSummaryRow, stored, 'personSummaries');
  return new Map(rows.map((r) => [r.personId, r]));
}

/** Each person's last conversation on or before `today` (from the summary rows, no conversation read). */
export async function listLastContacts(today: string): Promise<Map<string, string>> {
  return lastContactsOfRows((await listPersonSummaries()).values(), today);
}

/** The path facts of every reflection and conversation. */
export async function listPathFacts(): Promise<PathFact[]> {
  // In a transaction of its own: a live query's read outside one goes through Dexie's result
  // cache, which hands out a deep copy of every fact (thousands of small objects) each time.
  const d = db();
  const rows = await whenBuilt(() => d.transaction('r', d.pathFacts, () => d.pathFacts.toArray()));
  // A row that is not a bucket is passed on as it is, to be reported as damaged.
  const facts = rows.flatMap((row: unknown) => {
    const inside = (row as Partial<PathFactBucket> | null)?.facts;
    return Array.isArray(inside) ? inside : [row];
  });
  return readDerived(PathFactSchema, looksLikePathFact, facts, 'pathFacts');
}

/** How many entries carry each tag. */
export async function getTagCounts(): Promise<TagCounts> {
  const stored = await whenBuilt(() => db().aggregateMeta.get('tags'));
  const [row] = readValid(TagCountsRowSchema, [stored].filter(Boolean), 'aggregateMeta');
  return row?.counts ?? {};
}

/**
 * Every tag in use, sorted. A plain journal lists the keys of its tag index (no record read, and
 * no wait for aggregates being rebuilt); an encrypted one, whose tag index is empty (tags are
 * sealed), reads the one row of tag counts instead of opening every entry.
 */
export async function listTags(): Promise<string[]> {
  if (!isEncrypted()) return ((await db().entries.orderBy('tags').uniqueKeys()) as string[]).slice().sort();
  return tagsInUse(await getTagCounts());
}
