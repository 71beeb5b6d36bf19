import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SextantDB, db, useDatabase } from '../../renderer/data/db';
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
    useDatabase(new SextantDB('t-' + crypto.randomUUID()));
    expect(await openDatabase()).toEqual({ ok: true });
  });

  it('refuses a journal a newer release upgraded, and leaves its data and schema untouched', async () => {
    const name = 't-' + crypto.randomUUID();
    // This release writes the journal (native version 40: Dexie stores version n as n*10)...
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
    useDatabase(new SextantDB(name));
    const result = await openDatabase();
    expect(result).toEqual({ ok: false, failure: { reason: 'newer-version', detail: 'Stored schema version 9, this app knows up to 4.' } });
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
      stores: ['checkIns', 'entries', 'future', 'pathAnswers', 'people', 'settings', 'targets', 'vault'],
    });
    const reopened = new SextantDB(name);
    expect(((await reopened.settings.get('profile'))?.value as { name: string } | undefined)?.name).toBe('Sam');
    reopened.close();
  });
});
