/**
 * The tables of the derived data kept at write time, and how they are written as a whole (the
 * schema upgrade and a rebuild). Kept apart from db.ts's class so the upgrade can use it without
 * a circular import; the upkeep of single writes is in ./aggregates.
 */
import type { Table, Transaction } from 'dexie';
import { computeAggregates, factBuckets, type Aggregates, type TagCounts } from '../../shared/aggregates';
import { Entry } from '../../shared/schemas';
import { nowIso } from './ids';
import { readValid } from './records';

/** The tables of the derived data; every transaction that writes entries includes them. */
export const AGGREGATE_TABLES = ['skillEvidence', 'personSummaries', 'pathFacts', 'aggregateMeta'] as const;

/**
 * What the aggregates hold; rows built by an older version (without what was added since) are
 * rebuilt at the first read. 2: the tag counts. 3: path facts in buckets (before: one row
 * per fact).
 */
export const AGGREGATES_VERSION = 3;

/** The row saying the aggregates were built, and by which version of them. */
export interface AggregateBuiltRow {
  key: 'built';
  builtAt: string;
  /** Absent in rows written before versions were kept (version 1). */
  version?: number;
}

/** The one row of tag counts (`TagCountsRowSchema`). */
export interface TagCountsRow {
  key: 'tags';
  counts: TagCounts;
}

/** The rows of the aggregates' meta table. */
export type AggregateMetaRow = AggregateBuiltRow | TagCountsRow;

/** Whether a built row says the aggregates are built and current. */
export const isCurrentBuild = (row: AggregateMetaRow | undefined): boolean =>
  row?.key === 'built' && (row.version ?? 1) >= AGGREGATES_VERSION;

interface Tables {
  table(name: string): Table;
}

/** Replaces every aggregate row with `agg` and marks them built (inside the caller's transaction). */
export async function writeAllAggregates(tables: Tables, agg: Aggregates, builtAt: string): Promise<void> {
  // One after the other: a native Promise.all inside a Dexie transaction loses its zone, and the
  // writes after it would run in transactions of their own.
  for (const t of AGGREGATE_TABLES) await tables.table(t).clear();
  await tables.table('skillEvidence').bulkPut([...agg.skills.values()]);
  await tables.table('personSummaries').bulkPut([...agg.people.values()]);
  await tables.table('pathFacts').bulkPut([...factBuckets(agg.facts.values()).values()]);
  await tables
    .table('aggregateMeta')
    .bulkPut([
      { key: 'tags', counts: agg.tags } satisfies TagCountsRow,
      { key: 'built', builtAt, version: AGGREGATES_VERSION } satisfies AggregateBuiltRow,
    ]);
}

/** Builds the aggregates from every valid stored entry (inside the caller's transaction). */
export async function buildAggregatesFrom(tables: Tables, builtAt: string): Promise<void> {
  const entries = readValid(Entry, await tables.table('entries').toArray(), 'entries');
  await writeAllAggregates(tables, computeAggregates(entries), builtAt);
}

/**
 * The schema upgrade to v6: builds the aggregates from the stored entries. An encrypted journal's
 * records cannot be read before it is unlocked (the upgrade runs when the database opens, before
 * the lock screen), so it is left unbuilt and `ensureAggregates` builds it after unlocking.
 */
export async function buildAggregatesInUpgrade(tx: Transaction): Promise<void> {
  if (await tx.table('vault').get('keyring')) return;
  await buildAggregatesFrom(tx, nowIso());
}
