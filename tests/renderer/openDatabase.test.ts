import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../renderer/data/db';
import { classifyOpenError, openDatabase } from '../../renderer/data/openDatabase';

describe('classifyOpenError', () => {
  it('reads a VersionError as a journal from a newer version', () => {
    expect(classifyOpenError(new Dexie.VersionError('requested 3, stored 40'))).toEqual({
      reason: 'newer-version',
      detail: 'requested 3, stored 40',
    });
  });
  it('looks inside an OpenFailedError for the VersionError that caused it', () => {
    const inner = new Dexie.VersionError('stored version is higher');
    expect(classifyOpenError(new Dexie.OpenFailedError('open failed', inner))).toEqual({
      reason: 'newer-version',
      detail: 'stored version is higher',
    });
  });
  it('reads an UpgradeError as a failed upgrade', () => {
    expect(classifyOpenError(new Dexie.UpgradeError('upgrade threw'))).toEqual({ reason: 'upgrade-failed', detail: 'upgrade threw' });
  });
  it('reads a MissingAPIError (no IndexedDB) as storage unavailable', () => {
    expect(classifyOpenError(new Dexie.MissingAPIError('indexedDB API missing'))).toEqual({
      reason: 'unavailable',
      detail: 'indexedDB API missing',
    });
  });
  it('reads a plain DOMException-like VersionError by name', () => {
    expect(classifyOpenError({ name: 'VersionError', message: 'lower than existing' })).toEqual({
      reason: 'newer-version',
      detail: 'lower than existing',
    });
  });
  it('treats an unknown error as a failed open, keeping its message', () => {
    expect(classifyOpenError(new TypeError('boom'))).toEqual({ reason: 'upgrade-failed', detail: 'boom' });
    expect(classifyOpenError('just a string')).toEqual({ reason: 'upgrade-failed', detail: 'just a string' });
  });
});

describe('openDatabase', () => {
  afterEach(() => db().close());

  it('opens a fresh journal', async () => {
    setDatabase(new SextantDB('t-' + crypto.randomUUID()));
    expect(await openDatabase()).toEqual({ ok: true });
  });

  it('upgrades a version 4 journal (drafts, tombstones, reminders shown) to the current version (the vault, the derived tables), keeping its rows', async () => {
    const name = 't-' + crypto.randomUUID();
    // Version 4 as the previous release declared it, without the vault.
    const v4 = new Dexie(name);
    v4.version(4).stores({
      entries: 'id, kind, date, *skills, *tags, personId, followUpDate, updatedAt, [kind+date]',
      people: 'id, name, company, profileUrl, updatedAt',
      settings: 'key',
      checkIns: 'id, date',
      targets: 'skill',
      pathAnswers: 'id, date',
      deletions: '[table+id], deletedAt',
      drafts: 'key, savedAt',
      reminderLog: 'id, shownAt',
    });
    await v4.table('drafts').put({ key: 'entry:new:reflection', value: { body: 'half a thought' }, savedAt: '2026-03-01T10:00:00.000Z' });
    await v4.table('reminderLog').put({ id: 'follow-up:a:2026-03-01T09:00', shownAt: '2026-03-01T09:00:05.000Z' });
    v4.close();
    setDatabase(new SextantDB(name));
    expect(await openDatabase()).toEqual({ ok: true });
    expect(db().verno).toBe(7);
    expect(db().tables.map((t) => t.name)).toContain('vault');
    expect(await db().searchSnapshot.count()).toBe(0);
    expect(await db().vault.count()).toBe(0);
    expect((await db().drafts.get('entry:new:reflection'))?.value).toEqual({ body: 'half a thought' });
    expect(await db().reminderLog.count()).toBe(1);
  });

  it('refuses a journal a newer release upgraded, and leaves its data and schema untouched', async () => {
    const name = 't-' + crypto.randomUUID();
    // This release writes the journal (native version 70: Dexie stores version n as n*10)...
    const current = new SextantDB(name);
    await current.settings.put({ key: 'profile', value: { name: 'Sam', currentRole: '', targetRole: '', onboardingDone: true } });
    current.close();
    // ...then a newer release upgrades it to version 9 (native 90) and adds a table of its own.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 90);
      req.onupgradeneeded = () => req.result.createObjectStore('future');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    setDatabase(new SextantDB(name));
    const result = await openDatabase();
    expect(result).toEqual({ ok: false, failure: { reason: 'newer-version', detail: 'Stored schema version 9, this app knows up to 7.' } });
    const after = await new Promise<{ version: number; stores: string[] }>((resolve) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => {
        const d = req.result;
        resolve({ version: d.version, stores: [...d.objectStoreNames] });
        d.close();
      };
    });
    expect(after).toEqual({
      version: 90,
      stores: [
        'aggregateMeta',
        'checkIns',
        'deletions',
        'drafts',
        'entries',
        'future',
        'pathAnswers',
        'pathFacts',
        'people',
        'personSummaries',
        'reminderLog',
        'searchSnapshot',
        'settings',
        'skillEvidence',
        'targets',
        'vault',
      ],
    });
    const reopened = new SextantDB(name);
    expect(((await reopened.settings.get('profile'))?.value as { name: string } | undefined)?.name).toBe('Sam');
    reopened.close();
  });
});
