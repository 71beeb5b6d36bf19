import Dexie, { type EntityTable, type Table } from 'dexie';
import type { VaultRow } from './encryption/vault';
import { encryptionMiddleware } from './encryption/middleware';
import type { CheckIn, Entry, FormDraft, PathAnswers, Person, SettingRow, SkillTarget, Tombstone } from '../../shared/schemas';
import type { PathFactBucket, PersonSummaryRow, SkillEvidenceRow } from '../../shared/aggregates';
import { AGGREGATE_TABLES, buildAggregatesInUpgrade, type AggregateMetaRow } from './aggregateTables';

export const DB_NAME = 'sextant';

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

/**
 * The one IndexedDB database. Every schema version stays declared so that a journal created by
 * any earlier release upgrades step by step; a version is never edited after it ships.
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
    // v1: the journal. Skills and tags are multi-entry indexes so filters use the index.
    this.version(1).stores({
      entries: 'id, kind, date, *skills, *tags, personId, followUpDate, updatedAt, [kind+date]',
      people: 'id, name, company, profileUrl, updatedAt',
      settings: 'key',
    });
    // v2: skill progress.
    this.version(2).stores({
      checkIns: 'id, date',
      targets: 'skill',
    });
    // v3: the path questionnaire.
    this.version(3).stores({
      pathAnswers: 'id, date',
    });
    // v4: revisions. Entries and people get rev 1; deletions leave tombstones (so a save based on
    // a deleted record is caught); forms keep autosaved drafts; which reminders were shown (web
    // mode), so two tabs or a reload never show one twice. The new tables are local to this
    // device: backups leave them out.
    this.version(4)
      .stores({
        deletions: '[table+id], deletedAt',
        drafts: 'key, savedAt',
        reminderLog: 'id, shownAt',
      })
      .upgrade(async (tx) => {
        for (const table of ['entries', 'people']) {
          await tx
            .table(table)
            .toCollection()
            .modify((row: { rev?: number }) => {
              row.rev ??= 1;
            });
        }
      });
    // v5: the keyring and privacy preferences (clear; see encryption/middleware.ts).
    this.version(5).stores({
      vault: 'name',
    });
    // v6: derived data kept at write time (renderer/data/aggregates.ts): evidence per skill and
    // day, conversations and open follow-ups per person and day, the path facts of each reflection
    // and conversation, and a row saying they were built. Built here from the stored entries when
    // they can be read (a locked encrypted journal builds them after unlocking).
    this.version(6)
      .stores({
        skillEvidence: 'skill',
        personSummaries: 'personId',
        pathFacts: 'id',
        aggregateMeta: 'key',
      })
      .upgrade(buildAggregatesInUpgrade);
    // v7: the saved search index (a snapshot), so search answers at once at start. Starts empty:
    // the first start builds the index from the entries and saves it.
    this.version(7).stores({
      searchSnapshot: 'part',
    });
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

/** The current schema version (the highest declared). */
export const SCHEMA_VERSION = 7;

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
