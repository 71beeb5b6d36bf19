/**
 * The tables of the derived data kept at write time, and how they are written as a whole (the
 * schema upgrade and a rebuild). Kept apart from db.ts's class so the upgrade can use it without
 * a circular import; the upkeep of single writes is in ./aggregates.
 */
import type { Table, Transaction } from 'dexie';
import { computeAggregates, type Aggregates } from '../../shared/aggregates';
import { Entry } from '../../shared/schemas';
import { nowIso } from './ids';
import { readValid } from './records';

/** The tables of the derived data; every transaction that writes entries includes them. */
export const AGGREGATE_TABLES = ['skillEvidence', 'personSummaries', 'pathFacts', 'aggregateMeta'] as const;

/** The row saying the aggregates were built (its presence is what counts). */
export interface AggregateMetaRow {
  key: 'built';
  builtAt: string;
}

interface Tables {
  table(name: string): Table;
}

/** Replaces every aggregate row with `agg` and marks them built (inside the caller's transaction). */
export async function writeAllAggregates(tables: Tables, agg: Aggregates, builtAt: string): Promise<void> {
  await Promise.all(AGGREGATE_TABLES.map((t) => tables.table(t).clear()));
  await tables.table('skillEvidence').bulkPut([...agg.skills.values()]);
  await tables.table('personSummaries').bulkPut([...agg.people.values()]);
  await tables.table('pathFacts').bulkPut([...agg.facts.values()]);
  await tables.table('aggregateMeta').put({ key: 'built', builtAt } satisfies AggregateMetaRow);
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
