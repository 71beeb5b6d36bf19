// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SextantPlatform } from '../../../shared/platform';
import { makeBackup, serializeBackup } from '../../../shared/backup/format';
import { db, SextantDB, setDatabase } from '../../../renderer/data/db';
import { sampleJournal } from '../../shared/backup/sampleJournal';

/** The desktop app's restore of a listed automatic backup: confirmation, then a 'before-restore' backup of the current state, then the restore. */
const LISTED = 'sextant-backup-2026-03-01T10-00-00Z-daily.json';
const OTHER_PERSON = {
  id: 'f0000000-0000-4000-8000-000000000001',
  createdAt: '2026-03-02T00:00:00.000Z',
  updatedAt: '2026-03-02T00:00:00.000Z',
  name: 'Only here now',
  role: '',
  company: '',
  path: 'unknown' as const,
};
const writes: { reason: string; json: string; peopleAtWrite: string[] }[] = [];

const desktop: SextantPlatform = {
  kind: 'desktop',
  appInfo: async () => ({ version: '0.1.0', platform: 'linux' }),
  openExternal: async () => true,
  saveFile: async () => ({ saved: true }),
  openFile: async () => ({ opened: false }),
  printToPdf: async () => ({ saved: false }),
  eraseStoredFiles: async () => true,
  reminders: null,
  keyStore: null,
  backups: {
    list: async () => [{ name: LISTED, date: '2026-03-01T10:00:00.000Z', bytes: 4_321 }],
    read: async (name) => {
      if (name !== LISTED) throw new Error('no such backup');
      return serializeBackup(makeBackup(sampleJournal(), '0.1.0', '2026-03-01T10:00:00.000Z'));
    },
    write: async (json, reason) => {
      writes.push({ reason, json, peopleAtWrite: (await db().people.toArray()).map((p) => p.name) });
      return { name: 'x.json', date: '2026-03-02T10:00:00.000Z', bytes: json.length };
    },
    deleteAll: async () => ({ removed: 0 }),
  },
  onCommand: () => () => {},
  onBeforeQuit: () => () => {},
};

beforeAll(async () => {
  window.sextant = desktop;
  // jsdom has no modal dialogs; open/close is all the component needs.
  HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
    this.open = true;
  });
  HTMLDialogElement.prototype.close = vi.fn(function (this: HTMLDialogElement) {
    this.open = false;
  });
  setDatabase(new SextantDB('data-settings-desktop'));
  await db().people.put(OTHER_PERSON);
});
afterAll(() => {
  cleanup();
  db().close();
});

/** The date the list gives for the last good backup. */
const lastGoodBackup = () =>
  screen
    .getByText(/^Last good backup:/)
    .querySelector('time')!
    .getAttribute('dateTime');

describe('Your data in the desktop app', () => {
  it('lists automatic backups and restores one after confirming, saving the current state first', async () => {
    const { DataSettings } = await import('../../../renderer/features/data/DataSettings');
    const { ToastProvider } = await import('../../../renderer/components/Toast');
    render(
      <ToastProvider>
        <DataSettings />
      </ToastProvider>,
    );

    const table = await screen.findByRole('table', { name: 'Automatic backups, newest first' });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([new Date('2026-03-01T10:00:00.000Z').toLocaleString(), 'Daily', '4.3 KB', expect.stringContaining('Restore')]);
    fireEvent.click(within(table).getByRole('button', { name: /^Restore the backup saved/ }));

    await screen.findByRole('heading', { name: `Restore preview: ${LISTED}` });
    fireEvent.click(screen.getByRole('radio', { name: /Replace my journal/ }));
    const preview = await screen.findByRole('table', { name: /What restoring would change \(replace my journal\)/ });
    const people = within(preview).getByRole('row', { name: /^People/ });
    // In the backup 1; added 1 (Ada), updated 0, unchanged 0, removed 1 (the person only here now).
    expect(
      within(people)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0', '0', '1']);

    fireEvent.click(screen.getByRole('button', { name: 'Replace my journal…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace your journal?' });
    expect(writes).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my journal' }));

    await waitFor(() => expect(screen.getByText(/^Backup restored:/).textContent).toBe('Backup restored: 8 added, 0 updated, 1 removed.'), {
      // The restore runs beside the Damaged records check of the whole journal (fake-indexeddb is slow).
      timeout: 10_000,
    });
    expect(writes.map((w) => [w.reason, w.peopleAtWrite])).toEqual([['before-restore', ['Only here now']]]);
    expect(JSON.parse(writes[0]!.json).data.people.map((p: { name: string }) => p.name)).toEqual(['Only here now']);
    expect((await db().people.toArray()).map((p) => p.name)).toEqual(['Ada Okafor']);
    expect(await db().entries.count()).toBe(3);
  });

  it('says when an automatic backup failed and why, and still shows the date of the last good one', async () => {
    cleanup();
    const { AutomaticBackupsList } = await import('../../../renderer/features/data/AutomaticBackupsList');
    const { startAutomaticBackups } = await import('../../../renderer/features/data/automaticBackups');
    render(<AutomaticBackupsList onRestore={() => {}} />);
    await screen.findByText(/^Last good backup:/);
    expect(lastGoodBackup()).toBe('2026-03-01T10:00:00.000Z');
    expect(screen.queryByRole('alert')).toBeNull();

    const stop = startAutomaticBackups({
      backups: {
        ...desktop.backups!,
        write: async () => {
          throw new Error(
            'The automatic backup could not be written: the disk is full. Free some space; your journal itself is unchanged.',
          );
        },
      },
      onBeforeQuit: () => () => {},
      makeJson: async () => '{}',
      now: () => '2026-03-03T09:00:00.000Z',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `The automatic backup of ${new Date('2026-03-03T09:00:00.000Z').toLocaleString()} failed. The automatic backup could not be written: the disk is full. Free some space; your journal itself is unchanged.`,
    );
    expect(lastGoodBackup()).toBe('2026-03-01T10:00:00.000Z');
    stop();
  });
});
