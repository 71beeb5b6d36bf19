import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { backupFileName, createBackupStore, isoWeekKey, parseBackupFileName, selectBackupsToKeep } from '../../electron/backups';

const at = (iso: string, reason: 'daily' | 'quit' | 'before-restore' = 'daily') => {
  const date = new Date(iso);
  return { name: backupFileName(date, reason), date };
};

describe('backup file names', () => {
  it('stamps the UTC time and the reason into the name', () => {
    expect(backupFileName(new Date('2026-03-04T05:06:07.890Z'), 'before-restore')).toBe(
      'sextant-backup-2026-03-04T05-06-07Z-before-restore.json',
    );
  });

  it('reads the date and reason back', () => {
    expect(parseBackupFileName('sextant-backup-2026-03-04T05-06-07Z-quit.json')).toEqual({
      date: new Date('2026-03-04T05:06:07Z'),
      reason: 'quit',
    });
  });

  it.each([
    'notes.txt',
    'sextant-backup-2026-03-04T05-06-07Z-weekly.json',
    'sextant-backup-2026-13-40T05-06-07Z-daily.json',
    '.sextant-backup-2026-03-04T05-06-07Z-daily.json.abc.tmp',
    '../sextant-backup-2026-03-04T05-06-07Z-daily.json',
  ])('ignores %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('isoWeekKey', () => {
  it.each([
    ['2026-03-10T09:00:00Z', '2026-W11'],
    ['2026-03-09T00:00:00Z', '2026-W11'], // a Monday starts the week
    ['2026-03-08T23:59:59Z', '2026-W10'], // the Sunday before ends the previous one
    ['2026-01-01T12:00:00Z', '2026-W01'],
    ['2025-12-29T12:00:00Z', '2026-W01'], // ISO year differs from the calendar year
    ['2027-01-01T12:00:00Z', '2026-W53'], // 2026 starts on a Thursday, so it has 53 weeks
  ])('%s is in %s', (iso, week) => {
    expect(isoWeekKey(new Date(iso))).toBe(week);
  });
});

describe('selectBackupsToKeep', () => {
  // now is Friday 2026-03-20 12:00 UTC. ISO weeks: W12 = 16-22 Mar, W11 = 9-15 Mar, W10 = 2-8 Mar,
  // W09 = 23 Feb-1 Mar, W08 = 16-22 Feb, W07 = 9-15 Feb.
  const now = new Date('2026-03-20T12:00:00Z');
  const files = {
    // The 7 most recent days that have backups: 20, 19, 17, 16, 14, 13, 11 March (none on 18, 15, 12).
    a1: at('2026-03-20T10:00:00Z'), // newest of 20 Mar: keep
    a2: at('2026-03-20T08:00:00Z', 'quit'), // older on the same day: delete
    b1: at('2026-03-19T22:00:00Z', 'quit'), // keep
    c1: at('2026-03-17T09:00:00Z'), // keep
    d1: at('2026-03-16T09:00:00Z'), // keep
    d2: at('2026-03-16T07:00:00Z', 'before-restore'), // not newest of its day, but before-restore within 30 days: keep
    e1: at('2026-03-14T09:00:00Z'), // keep
    f1: at('2026-03-13T09:00:00Z'), // keep
    g1: at('2026-03-11T09:00:00Z'), // 7th day: keep
    // Beyond those days, the newest of each of the 4 most recent ISO weeks.
    h1: at('2026-03-10T09:00:00Z'), // W11 (its later days are daily ones): keep
    h2: at('2026-03-09T09:00:00Z'), // W11, older: delete
    i1: at('2026-03-06T09:00:00Z'), // W10 newest: keep
    i2: at('2026-03-03T09:00:00Z'), // W10: delete
    j1: at('2026-02-25T09:00:00Z', 'quit'), // W09: keep
    k1: at('2026-02-20T09:00:00Z'), // W08 newest, the 4th week: keep
    m1: at('2026-02-19T10:00:00Z', 'before-restore'), // 29 d 2 h old before-restore: keep
    o1: at('2026-02-18T12:00:00Z', 'before-restore'), // exactly 30 days old before-restore: keep
    n1: at('2026-02-17T09:00:00Z', 'before-restore'), // 31 d 3 h old before-restore in W08: delete
    l1: at('2026-02-12T09:00:00Z'), // W07, a 5th week: delete
  };

  it('keeps the newest per day for 7 days, per ISO week for 4 more weeks, and recent before-restore backups', () => {
    const kept = selectBackupsToKeep(Object.values(files), now);
    const keptKeys = Object.entries(files)
      .filter(([, f]) => kept.has(f.name))
      .map(([k]) => k)
      .sort();
    expect(keptKeys).toEqual(['a1', 'b1', 'c1', 'd1', 'd2', 'e1', 'f1', 'g1', 'h1', 'i1', 'j1', 'k1', 'm1', 'o1']);
    expect(kept.size).toBe(14);
  });

  it('does not depend on the order of the list', () => {
    const shuffled = Object.values(files).reverse();
    expect([...selectBackupsToKeep(shuffled, now)].sort()).toEqual([...selectBackupsToKeep(Object.values(files), now)].sort());
  });

  it('keeps everything when there are only a few days of backups', () => {
    const few = [at('2026-03-20T10:00:00Z'), at('2026-03-19T10:00:00Z'), at('2026-03-01T10:00:00Z')];
    expect(selectBackupsToKeep(few, now)).toEqual(new Set(few.map((f) => f.name)));
  });

  it('keeps nothing of an empty folder', () => {
    expect(selectBackupsToKeep([], now).size).toBe(0);
  });
});

describe('createBackupStore', () => {
  let dir: string;
  let clock: Date;
  beforeEach(async () => {
    dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'sextant-backups-')), 'backups');
    clock = new Date('2026-03-20T12:00:00Z');
  });
  afterEach(() => fs.rm(path.dirname(dir), { recursive: true, force: true }));
  const store = () =>
    createBackupStore(
      dir,
      fs,
      () => clock,
      () => 'rnd',
    );

  it('writes the JSON under a dated name, creating the folder, and leaves no temp file behind', async () => {
    const info = await store().write('{"entries":[]}', 'daily');
    expect(info).toEqual({ name: 'sextant-backup-2026-03-20T12-00-00Z-daily.json', date: '2026-03-20T12:00:00.000Z', bytes: 14 });
    expect(await fs.readdir(dir)).toEqual(['sextant-backup-2026-03-20T12-00-00Z-daily.json']);
    expect(await fs.readFile(path.join(dir, info.name), 'utf8')).toBe('{"entries":[]}');
  });

  it('writes through a temp file in the same folder and renames it into place', async () => {
    const calls: string[] = [];
    const spyFs = {
      ...fs,
      writeFile: async (f: string, d: string, e: 'utf8') => (calls.push(`write ${path.basename(f)}`), fs.writeFile(f, d, e)),
      rename: async (a: string, b: string) => (calls.push(`rename ${path.basename(a)} -> ${path.basename(b)}`), fs.rename(a, b)),
    };
    await createBackupStore(
      dir,
      spyFs,
      () => clock,
      () => 'rnd',
    ).write('{}', 'quit');
    expect(calls).toEqual([
      'write .sextant-backup-2026-03-20T12-00-00Z-quit.json.rnd.tmp',
      'rename .sextant-backup-2026-03-20T12-00-00Z-quit.json.rnd.tmp -> sextant-backup-2026-03-20T12-00-00Z-quit.json',
    ]);
  });

  it('lists only backup files, newest first, with their sizes', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'sextant-backup-2026-03-18T09-00-00Z-daily.json'), 'abc');
    await fs.writeFile(path.join(dir, 'sextant-backup-2026-03-19T09-00-00Z-quit.json'), 'abcdef');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'not a backup');
    expect(await store().list()).toEqual([
      { name: 'sextant-backup-2026-03-19T09-00-00Z-quit.json', date: '2026-03-19T09:00:00.000Z', bytes: 6 },
      { name: 'sextant-backup-2026-03-18T09-00-00Z-daily.json', date: '2026-03-18T09:00:00.000Z', bytes: 3 },
    ]);
  });

  it('lists nothing before the folder exists', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('applies retention after each write', async () => {
    await fs.mkdir(dir, { recursive: true });
    // Two on 20 Mar already; the new one at 12:00 is the newest of that day, so both go.
    await fs.writeFile(path.join(dir, 'sextant-backup-2026-03-20T08-00-00Z-quit.json'), '{}');
    await fs.writeFile(path.join(dir, 'sextant-backup-2026-03-20T10-00-00Z-daily.json'), '{}');
    await fs.writeFile(path.join(dir, 'sextant-backup-2026-03-19T10-00-00Z-daily.json'), '{}');
    await store().write('{}', 'daily');
    expect((await fs.readdir(dir)).sort()).toEqual([
      'sextant-backup-2026-03-19T10-00-00Z-daily.json',
      'sextant-backup-2026-03-20T12-00-00Z-daily.json',
    ]);
  });

  it('reads a listed backup', async () => {
    const info = await store().write('{"v":1}', 'daily');
    expect(await store().read(info.name)).toBe('{"v":1}');
  });

  it('refuses to read names that are not in the listing', async () => {
    await store().write('{}', 'daily');
    await fs.writeFile(path.join(path.dirname(dir), 'secret.json'), '{"secret":true}');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'not a backup');
    for (const name of ['../secret.json', 'notes.txt', 'sextant-backup-2026-01-01T00-00-00Z-daily.json', '/etc/passwd', '']) {
      await expect(store().read(name)).rejects.toThrow(`No backup named "${name}" in the backups folder`);
    }
  });
});

describe('selectBackupsToKeep: counts and clocks', () => {
  const now = new Date('2026-03-20T12:00:00Z');

  it('keeps at most the 5 newest before-restore copies, even when all are recent', () => {
    // 8 restores over the last 8 hours, plus one daily backup of today.
    const restores = Array.from({ length: 8 }, (_, i) => at(`2026-03-20T0${i + 1}:00:00Z`, 'before-restore'));
    const daily = at('2026-03-20T11:00:00Z');
    const kept = selectBackupsToKeep([...restores, daily], now);
    // The daily one is the newest of today; of the restores, 04:00 to 08:00 (the 5 newest).
    expect([...kept].sort()).toEqual([daily, ...restores.slice(3)].map((f) => f.name).sort());
    expect(kept.size).toBe(6);
  });

  it('treats a backup dated in the future as the newest of today, so a real backup written now replaces it', () => {
    const future = [at('2027-01-05T10:00:00Z'), at('2027-01-04T10:00:00Z'), at('2027-01-03T10:00:00Z')];
    const real = [at('2026-03-19T10:00:00Z'), at('2026-03-18T10:00:00Z')];
    // Before a backup is written today: the newest future one holds today's place, the other two go.
    expect([...selectBackupsToKeep([...future, ...real], now)].sort()).toEqual([future[0]!, ...real].map((f) => f.name).sort());
    // A backup written now takes today's place from it.
    const written = at('2026-03-20T12:00:00Z');
    expect([...selectBackupsToKeep([...future, ...real, written], now)].sort()).toEqual([written, ...real].map((f) => f.name).sort());
  });
});

describe('createBackupStore under faults (injected through the file-system seam)', () => {
  let dir: string;
  const clock = new Date('2026-03-20T12:00:00Z');
  beforeEach(async () => {
    dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'sextant-faults-')), 'backups');
    await fs.mkdir(dir, { recursive: true });
  });
  afterEach(() => fs.rm(path.dirname(dir), { recursive: true, force: true }));

  const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

  /** A disk that fills after `room` bytes: the partial file stays behind, as a real write leaves it. */
  const fullDisk = (room: number) => ({
    ...fs,
    writeFile: async (f: string, d: string, e: 'utf8') => {
      await fs.writeFile(f, d.slice(0, room), e);
      throw errno('ENOSPC', `ENOSPC: no space left on device, write '${f}'`);
    },
  });

  it('on a full disk removes its partial temp file, says why in plain words, and keeps earlier backups', async () => {
    await fs.writeFile(path.join(dir, 'sextant-backup-2026-03-19T10-00-00Z-daily.json'), '{"old":true}');
    const logged: string[] = [];
    const store = createBackupStore(
      dir,
      fullDisk(3),
      () => clock,
      () => 'rnd',
      (m) => logged.push(m),
    );
    await expect(store.write('{"entries":[1,2,3]}', 'daily')).rejects.toThrow(
      'The automatic backup could not be written: the disk is full. Free some space; your journal itself is unchanged.',
    );
    expect(await fs.readdir(dir)).toEqual(['sextant-backup-2026-03-19T10-00-00Z-daily.json']);
    expect(logged).toEqual([]);
  });

  it('removes temp files left by an earlier crash when started, and nothing else', async () => {
    const names = [
      '.sextant-backup-2026-03-19T10-00-00Z-daily.json.abc.tmp',
      '.sextant-backup-2026-03-18T10-00-00Z-quit.json.x1.tmp',
      'sextant-backup-2026-03-19T09-00-00Z-daily.json',
      'notes.tmp',
    ];
    for (const n of names) await fs.writeFile(path.join(dir, n), 'x');
    await createBackupStore(dir, fs, () => clock).removeStaleTemps();
    expect((await fs.readdir(dir)).sort()).toEqual(['notes.tmp', 'sextant-backup-2026-03-19T09-00-00Z-daily.json']);
  });

  it('does nothing at start when the folder does not exist yet', async () => {
    await expect(createBackupStore(path.join(dir, 'missing'), fs, () => clock).removeStaleTemps()).resolves.toBeUndefined();
  });

  it('logs and skips a backup it cannot delete (locked), deletes the others, and the backup still succeeds', async () => {
    const locked = 'sextant-backup-2026-03-20T08-00-00Z-quit.json';
    const other = 'sextant-backup-2026-03-20T09-00-00Z-daily.json';
    await fs.writeFile(path.join(dir, locked), '{}');
    await fs.writeFile(path.join(dir, other), '{}');
    const lockedFs = {
      ...fs,
      unlink: async (f: string) => {
        if (path.basename(f) === locked) throw errno('EBUSY', `EBUSY: resource busy or locked, unlink '${f}'`);
        return fs.unlink(f);
      },
    };
    const logged: string[] = [];
    const store = createBackupStore(
      dir,
      lockedFs,
      () => clock,
      () => 'rnd',
      (m) => logged.push(m),
    );
    const info = await store.write('{"v":2}', 'daily');
    expect(info.name).toBe('sextant-backup-2026-03-20T12-00-00Z-daily.json');
    expect((await fs.readdir(dir)).sort()).toEqual([locked, info.name]);
    expect(logged).toEqual([`Could not delete ${locked}; leaving it for now`]);

    // The next backups keep working, and retention catches up once the lock is gone.
    const later = new Date('2026-03-20T13:00:00Z');
    const next = await createBackupStore(dir, fs, () => later).write('{"v":3}', 'quit');
    expect((await fs.readdir(dir)).sort()).toEqual([next.name]);
  });

  it('reports success when the listing for retention fails after the backup was written', async () => {
    let reads = 0;
    const flakyFs = {
      ...fs,
      readdir: async (d: string) => {
        reads++;
        throw errno('EIO', `EIO: i/o error, scandir '${d}'`);
      },
    };
    const logged: string[] = [];
    const info = await createBackupStore(
      dir,
      flakyFs,
      () => clock,
      () => 'rnd',
      (m) => logged.push(m),
    ).write('{}', 'daily');
    expect(info.name).toBe('sextant-backup-2026-03-20T12-00-00Z-daily.json');
    expect(reads).toBe(1);
    expect(logged).toEqual(['Backup retention failed; older backups are kept for now']);
    expect(await fs.readdir(dir)).toEqual([info.name]);
  });
});

describe('createBackupStore.deleteAll', () => {
  it('removes every backup and temp file, counts the backups, and leaves other files alone', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'sextant-delete-')), 'backups');
    await fs.mkdir(dir, { recursive: true });
    const names = [
      'sextant-backup-2026-03-19T09-00-00Z-daily.json',
      'sextant-backup-2026-03-18T09-00-00Z-quit.json',
      'sextant-backup-2026-03-17T09-00-00Z-before-restore.json',
      '.sextant-backup-2026-03-19T10-00-00Z-daily.json.abc.tmp',
      'notes.txt',
    ];
    for (const n of names) await fs.writeFile(path.join(dir, n), '{}');
    expect(await createBackupStore(dir, fs, () => new Date()).deleteAll()).toEqual({ removed: 3 });
    expect(await fs.readdir(dir)).toEqual(['notes.txt']);
    await fs.rm(path.dirname(dir), { recursive: true, force: true });
  });

  it('reports nothing removed when the folder was never made', async () => {
    expect(await createBackupStore('/nonexistent/sextant/backups', fs, () => new Date()).deleteAll()).toEqual({ removed: 0 });
  });
});
