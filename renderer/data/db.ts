import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { VaultRow } from './encryption/vault';
import { encryptionMiddleware } from './encryption/middleware';
import type { CheckIn, Entry, FormDraft, PathAnswers, Person, SettingRow, SkillTarget, Tombstone } from '../../shared/schemas';
import type { PathFactBucket, PersonSummaryRow, SkillEvidenceRow } from '../../shared/aggregates';
import { AGGREGATE_TABLES, buildAggregatesInUpgrade, type AggregateMetaRow } from './aggregateTables';

import { DB_NAME } from './dbName';

export { DB_NAME };

/**
 * One part of the saved search index (renderer/data/searchIndex.ts): the snapshot's text, cut
 * into parts so that sealing one (encryption on) is a short task; read back in `part` order.
 */
export interface SearchSnapshotPart {
  part: number;
  text: string;
}

/** A reminder that was shown: its occurrence id and when (no text, so nothing private). */
export interface ShownReminder {
  id: string;
  shownAt: string;
}

/** One schema version as it shipped: its new or changed stores and, when rows had to change, its upgrade. */
interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, in order. A journal created by any earlier release upgrades step by step
 * through them; a version is never edited after it ships (add a new one).
 */
const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  // v1: the journal. Skills and tags are multi-entry indexes so filters use the index.
  {
    version: 1,
    stores: {
      entries: 'id, kind, date, *skills, *tags, personId, followUpDate, updatedAt, [kind+date]',
      people: 'id, name, company, profileUrl, updatedAt',
      settings: 'key',
    },
  },
  // v2: skill progress.
  { version: 2, stores: { checkIns: 'id, date', targets: 'skill' } },
  // v3: the path questionnaire.
  { version: 3, stores: { pathAnswers: 'id, date' } },
  // v4: revisions. Entries and people get rev 1; deletions leave tombstones (so a save based on
  // a deleted record is caught); forms keep autosaved drafts; which reminders were shown (web
  // mode), so two tabs or a reload never show one twice. The new tables are local to this
  // device: backups leave them out.
  {
    version: 4,
    stores: { deletions: '[table+id], deletedAt', drafts: 'key, savedAt', reminderLog: 'id, shownAt' },
    upgrade: async (tx) => {
      for (const table of ['entries', 'people']) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: { rev?: number }) => {
            row.rev ??= 1;
          });
      }
    },
  },
  // v5: the keyring and privacy preferences (clear; see encryption/middleware.ts).
  { version: 5, stores: { vault: 'name' } },
  // v6: derived data kept at write time (renderer/data/aggregates.ts): evidence per skill and
  // day, conversations and open follow-ups per person and day, the path facts of each reflection
  // and conversation, and a row saying they were built. Built here from the stored entries when
  // they can be read (a locked encrypted journal builds them after unlocking).
  {
    version: 6,
    stores: { skillEvidence: 'skill', personSummaries: 'personId', pathFacts: 'id', aggregateMeta: 'key' },
    upgrade: buildAggregatesInUpgrade,
  },
  // v7: the saved search index (a snapshot), so search answers at once at start. Starts empty:
  // the first start builds the index from the entries and saves it.
  { version: 7, stores: { searchSnapshot: 'part' } },
];

/** The current schema version (the highest declared). */
export const SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Every store as the current version has it: the versions' declarations in order, a later one winning. */
export const CURRENT_STORES: Readonly<Record<string, string>> = SCHEMA_HISTORY.reduce<Record<string, string>>(
  (all, v) => ({ ...all, ...v.stores }),
  {},
);

// The origin's databases and their stored versions, as listed at this start (recordStoredVersions);
// undefined: not listed.
let listed: ReadonlyMap<string, number> | undefined;

/**
 * Records the origin's databases and their IndexedDB versions as listed at start
 * (`indexedDB.databases()`), before the journal's database is made: a database listed at the
 * current version, or not listed at all (a first start), is then declared with its current stores
 * only; Dexie's parse of every older version was about 6 ms of every start on a loaded machine.
 */
export function recordStoredVersions(databases: readonly { name?: string; version?: number }[] | undefined): void {
  listed = databases ? new Map(databases.flatMap((d) => (d.name ? [[d.name, d.version ?? 0] as const] : []))) : undefined;
}

/** The origin's databases and their versions, or undefined when the browser cannot say. */
export function listDatabases(): Promise<{ name: string; version: number }[] | undefined> {
  return (indexedDB.databases?.() ?? Promise.resolve(undefined)).then(
    (infos) => infos?.map((d) => ({ name: d.name ?? '', version: d.version ?? 0 })),
    () => undefined,
  );
}

/**
 * Whether the database `name` needs only its current version declared: listed at this start at
 * the current version (Dexie stores version n as n*10, and may add small steps of its own), or
 * not there at all (created at the current version). Not listed, or at another version: every
 * version, so that an older journal upgrades step by step and a newer one is recognised.
 */
export function isStoredAtCurrentVersion(name: string): boolean {
  if (!listed) return false;
  const stored = listed.get(name);
  return stored === undefined || Math.floor(stored / 10) === SCHEMA_VERSION;
}

/**
 * The one IndexedDB database. A journal at the current version (see isStoredAtCurrentVersion) is
 * declared with its current stores only; any other with every version of SCHEMA_HISTORY.
 */
export class SextantDB extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  people!: EntityTable<Person, 'id'>;
  settings!: Table<SettingRow, SettingRow['key']>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  targets!: Table<SkillTarget, SkillTarget['skill']>;
  pathAnswers!: EntityTable<PathAnswers, 'id'>;
  deletions!: Table<Tombstone, [Tombstone['table'], string]>;
  drafts!: Table<FormDraft, string>;
  reminderLog!: Table<ShownReminder, string>;
  vault!: Table<VaultRow, VaultRow['name']>;
  skillEvidence!: Table<SkillEvidenceRow, SkillEvidenceRow['skill']>;
  personSummaries!: Table<PersonSummaryRow, string>;
  pathFacts!: Table<PathFactBucket, string>;
  aggregateMeta!: Table<AggregateMetaRow, AggregateMetaRow['key']>;
  searchSnapshot!: Table<SearchSnapshotPart, number>;

  constructor(name = DB_NAME) {
    // Live queries share Dexie's result cache without a deep copy of every result: what a query
    // returns is frozen (each row and the array), so no code may change a row it read. Every
    // repository hands on parsed copies (zod), never the stored rows themselves.
    super(name, { cache: 'immutable' });
    if (isStoredAtCurrentVersion(name)) this.version(SCHEMA_VERSION).stores(CURRENT_STORES);
    else
      for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
        const declared = this.version(version).stores(stores);
        if (upgrade) declared.upgrade(upgrade);
      }
    // Seals records on write and opens them on read while encryption is on.
    this.use(encryptionMiddleware);
  }
}

/**
 * Tables that belong to this computer, not to the journal: left out of backups and not restored
 * (tombstones, form drafts, which reminders were shown), emptied by "Delete all data".
 */
export const LOCAL_TABLES = ['deletions', 'drafts', 'reminderLog'] as const;

/**
 * Tables derived from the journal (renderer/data/aggregates.ts, and the saved search index):
 * left out of backups (a restore rebuilds them), copied with the journal when encryption is
 * turned on or off (sealed or opened like every other table on the way).
 */
export const DERIVED_TABLES = [...AGGREGATE_TABLES, 'searchSnapshot'] as const;

let instance: SextantDB | null = null;

/** The app's database (opened lazily; tests may swap it with `setDatabase`). */
export function db(): SextantDB {
  instance ??= new SextantDB();
  return instance;
}

/** Points the app at another database (tests, benchmarks). */
export function setDatabase(next: SextantDB): void {
  instance = next;
}
