import Dexie, { type EntityTable, type Table } from 'dexie';
import type { VaultRow } from './encryption/vault';
import { encryptionMiddleware } from './encryption/middleware';
import type { CheckIn, Entry, PathAnswers, Person, SettingRow, SkillTarget } from '../../shared/schemas';

export const DB_NAME = 'sextant';

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
  vault!: Table<VaultRow, VaultRow['name']>;

  constructor(name = DB_NAME) {
    super(name);
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
    // v4: the keyring and privacy preferences (clear; see encryption/middleware.ts).
    this.version(4).stores({
      vault: 'name',
    });
    // Seals records on write and opens them on read while encryption is on.
    this.use(encryptionMiddleware);
  }
}

/** The current schema version (the highest declared). */
export const SCHEMA_VERSION = 4;

let instance: SextantDB | null = null;

/** The app's database (opened lazily; tests may swap it with `useDatabase`). */
export function db(): SextantDB {
  instance ??= new SextantDB();
  return instance;
}

/** Points the app at another database (tests, benchmarks). */
export function useDatabase(next: SextantDB): void {
  instance = next;
}
