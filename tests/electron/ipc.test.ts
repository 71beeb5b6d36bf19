import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { IPC } from '../../shared/ipc';
import { ALL_IPC_CHANNELS } from './channels';
import { InputError } from '../../shared/errors';
import type { BackupStore } from '../../electron/backups';
import { createIpcHandlers, guardedHandler, isTrustedSender, registerIpcHandlers, type IpcDeps, type SenderInfo } from '../../electron/ipc';

const ourContents = { id: 1 };
const otherContents = { id: 2 };
const isOurs = (c: unknown) => c === ourContents;
const mainFrame = (url = 'app://sextant/index.html'): SenderInfo => ({ sender: ourContents, senderFrame: { url, parent: null } });

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on app://sextant', () => {
    expect(isTrustedSender(mainFrame(), isOurs)).toBe(true);
    expect(isTrustedSender(mainFrame('app://sextant/index.html#/journal'), isOurs)).toBe(true);
  });

  it.each([
    ['a page of another origin', mainFrame('https://evil.example/')],
    ['another app:// host', mainFrame('app://evil/index.html')],
    ['a file:// page', mainFrame('file:///tmp/index.html')],
    [
      'a subframe of our window',
      { sender: ourContents, senderFrame: { url: 'app://sextant/frame.html', parent: { url: 'app://sextant/index.html' } } },
    ],
    ['an unknown web contents', { sender: otherContents, senderFrame: { url: 'app://sextant/index.html', parent: null } }],
    ['a frame that is gone', { sender: ourContents, senderFrame: null }],
  ])('refuses %s', (_label, event) => {
    expect(isTrustedSender(event, isOurs)).toBe(false);
  });
});

describe('guardedHandler', () => {
  it('refuses an untrusted sender before looking at the argument or calling the handler', async () => {
    const handler = vi.fn(() => true);
    const guarded = guardedHandler('shell:open-external', handler, isOurs);
    await expect(guarded(mainFrame('https://evil.example/'), 'https://example.com')).rejects.toThrow(
      'IPC shell:open-external: refused a call from an untrusted sender (https://evil.example/)',
    );
    await expect(
      guarded({ sender: otherContents, senderFrame: { url: 'app://sextant/', parent: null } }, 'https://example.com'),
    ).rejects.toThrow(/untrusted sender/);
    await expect(
      guarded({ sender: ourContents, senderFrame: { url: 'app://sextant/', parent: {} } }, 'https://example.com'),
    ).rejects.toThrow(/untrusted sender/);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['shell:open-external', 42],
    ['shell:open-external', { url: 'https://example.com' }],
    ['shell:open-external', 'https://example.com/' + 'a'.repeat(2_000)],
    ['app:info', 'anything'],
    ['backup:read', '../secrets.json'],
    ['backup:read', 'C:\\backups\\x.json'],
    ['backup:write', { json: '{}', reason: 'weekly' }],
    ['backup:write', { json: '{}', reason: 'daily', extra: true }],
    ['file:save', { suggestedName: '../x', filter: { name: 'JSON', extensions: ['json'] }, data: '{}' }],
    ['file:save', { suggestedName: '/etc/cron.d/x', filter: { name: 'JSON', extensions: ['json'] }, data: '{}' }],
    ['file:save', { suggestedName: 'ok.json', filter: { name: 'JSON', extensions: ['.json'] }, data: '{}' }],
    ['file:save', { suggestedName: 'ok.json', filter: { name: 'JSON', extensions: ['json'] }, data: 12 }],
    ['file:open', { filter: { name: 'JSON', extensions: ['json'] }, maxBytes: -1 }],
    ['file:open', { filter: { name: 'JSON', extensions: ['json'] }, maxBytes: 1.5 }],
  ] as const)('refuses a bad argument for %s: %j', async (channel, arg) => {
    const handler = vi.fn();
    const guarded = guardedHandler(channel, handler as never, isOurs);
    const error = await guarded(mainFrame(), arg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(`IPC ${channel}: invalid argument`);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a good argument to the handler and returns its result', async () => {
    const handler = vi.fn(async () => ({ saved: true, path: '/home/pm/plan.json' }));
    const guarded = guardedHandler('file:save', handler, isOurs);
    const arg = { suggestedName: 'plan.json', filter: { name: 'JSON', extensions: ['json'] }, data: new Uint8Array([1, 2, 3]) };
    await expect(guarded(mainFrame(), arg)).resolves.toEqual({ saved: true, path: '/home/pm/plan.json' });
    // The handler gets the validated argument and the web contents that called.
    expect(handler).toHaveBeenCalledExactlyOnceWith(arg, ourContents);
  });

  it('refuses to return a result that breaks the contract', async () => {
    const guarded = guardedHandler('app:info', (() => ({ version: 1 })) as never, isOurs);
    await expect(guarded(mainFrame(), undefined)).rejects.toThrow('IPC app:info: main produced an invalid result');
  });
});

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract, each guarded', async () => {
    const handle = vi.fn();
    const handlers = Object.fromEntries(Object.keys(IPC).map((c) => [c, vi.fn()])) as never;
    registerIpcHandlers({ handle }, handlers, isOurs);
    const channels = handle.mock.calls.map((c) => c[0]);
    expect(channels.sort()).toEqual(ALL_IPC_CHANNELS);
    const openExternal = handle.mock.calls.find((c) => c[0] === 'shell:open-external')![1];
    await expect(openExternal(mainFrame('https://evil.example/'), 'https://example.com')).rejects.toThrow(/untrusted sender/);
  });
});

function deps(overrides: Partial<IpcDeps> = {}): IpcDeps {
  const backups: BackupStore = {
    removeStaleTemps: vi.fn(),
    deleteAll: vi.fn(async () => ({ removed: 0 })),
    write: vi.fn(),
    list: vi.fn(async () => []),
    read: vi.fn(),
  };
  return {
    appVersion: '1.2.3',
    platform: 'linux',
    defaultSaveDir: '/home/pm/Documents',
    openExternal: vi.fn(async () => {}),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    writeFile: vi.fn(async () => {}),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70, 45])),
    stat: vi.fn(async () => ({ size: 10 })),
    readFile: vi.fn(async () => new Uint8Array([7, 8, 9])),
    backups,
    eraseStorage: vi.fn(async () => {}),
    keyStore: { status: vi.fn(() => ({ available: true })), protect: vi.fn(), unprotect: vi.fn() },
    onQuitReady: vi.fn(),
    reminders: { schedule: vi.fn(), setKeepRunning: vi.fn() },
    ...overrides,
  };
}

describe('createIpcHandlers', () => {
  it('app:info reports the version and platform', async () => {
    expect(await createIpcHandlers(deps())['app:info'](undefined)).toEqual({ version: '1.2.3', platform: 'linux' });
  });

  it.each([
    ['https://example.com/a', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['file:///etc/passwd', false],
    ['file://fileserver/share/payload.exe', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['sextant-custom://x', false],
    ['http//missing-colon', false],
    ['', false],
  ])('shell:open-external %j -> %s', async (url, expected) => {
    const d = deps();
    expect(await createIpcHandlers(d)['shell:open-external'](url)).toBe(expected);
    expect(d.openExternal).toHaveBeenCalledTimes(expected ? 1 : 0);
  });

  it('file:save writes the bytes where the person chose and reports the path', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/pm/out/plan.pdf' })) });
    const data = new Uint8Array([37, 80, 68, 70]);
    const result = await createIpcHandlers(d)['file:save']({
      suggestedName: 'plan.pdf',
      filter: { name: 'PDF', extensions: ['pdf'] },
      data,
    });
    expect(result).toEqual({ saved: true, path: '/home/pm/out/plan.pdf' });
    expect(d.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: '/home/pm/Documents/plan.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(d.writeFile).toHaveBeenCalledExactlyOnceWith('/home/pm/out/plan.pdf', data);
  });

  it('file:save writes nothing when the dialog is cancelled', async () => {
    const d = deps();
    expect(
      await createIpcHandlers(d)['file:save']({ suggestedName: 'a.json', filter: { name: 'JSON', extensions: ['json'] }, data: '{}' }),
    ).toEqual({ saved: false });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('file:print-pdf asks where to save, has Chromium print the calling page on the chosen paper, and writes the PDF', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/pm/out/plan.pdf' })) });
    const result = await createIpcHandlers(d)['file:print-pdf'](
      { suggestedName: 'career-plan-2026-03-01.pdf', paper: 'Letter' },
      ourContents,
    );
    expect(result).toEqual({ saved: true, path: '/home/pm/out/plan.pdf' });
    expect(d.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: '/home/pm/Documents/career-plan-2026-03-01.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(d.printToPdf).toHaveBeenCalledExactlyOnceWith(ourContents, { pageSize: 'Letter' });
    expect(d.writeFile).toHaveBeenCalledExactlyOnceWith('/home/pm/out/plan.pdf', new Uint8Array([37, 80, 68, 70, 45]));
  });

  it('file:print-pdf prints nothing when the dialog is cancelled', async () => {
    const d = deps();
    expect(await createIpcHandlers(d)['file:print-pdf']({ suggestedName: 'plan.pdf', paper: 'A4' }, ourContents)).toEqual({ saved: false });
    expect(d.printToPdf).not.toHaveBeenCalled();
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('file:print-pdf through the guard: the sender is checked, the argument validated, and the calling contents printed', async () => {
    const d = deps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/tmp/p.pdf' })) });
    const guarded = guardedHandler('file:print-pdf', createIpcHandlers(d)['file:print-pdf'], isOurs);
    await expect(guarded(mainFrame('https://evil.example/'), { suggestedName: 'p.pdf', paper: 'A4' })).rejects.toThrow(/untrusted sender/);
    await expect(guarded(mainFrame(), { suggestedName: 'p.pdf', paper: 'A5' })).rejects.toThrow(InputError);
    await expect(guarded(mainFrame(), { suggestedName: 'p.exe', paper: 'A4' })).rejects.toThrow(/must end in .pdf/);
    await expect(guarded(mainFrame(), { suggestedName: '../p.pdf', paper: 'A4' })).rejects.toThrow(/plain file name/);
    expect(d.printToPdf).not.toHaveBeenCalled();
    expect(await guarded(mainFrame(), { suggestedName: 'p.pdf', paper: 'A4' })).toEqual({ saved: true, path: '/tmp/p.pdf' });
    expect(d.printToPdf).toHaveBeenCalledExactlyOnceWith(ourContents, { pageSize: 'A4' });
  });

  it("file:open returns the chosen file's name and bytes", async () => {
    const d = deps({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/pm/in/journal.json'] })) });
    const result = await createIpcHandlers(d)['file:open']({ filter: { name: 'JSON', extensions: ['json'] }, maxBytes: 10 });
    expect(result).toEqual({ opened: true, name: 'journal.json', data: new Uint8Array([7, 8, 9]) });
    expect(d.showOpenDialog).toHaveBeenCalledExactlyOnceWith({
      properties: ['openFile'],
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
  });

  it('file:open refuses a file larger than maxBytes without reading it', async () => {
    const d = deps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/pm/in/huge.json'] })),
      stat: vi.fn(async () => ({ size: 11 })),
    });
    await expect(createIpcHandlers(d)['file:open']({ filter: { name: 'JSON', extensions: ['json'] }, maxBytes: 10 })).rejects.toThrow(
      'huge.json is 11 bytes; files larger than 10 bytes are refused',
    );
    expect(d.readFile).not.toHaveBeenCalled();
  });

  it('file:open reports a cancelled dialog', async () => {
    expect(await createIpcHandlers(deps())['file:open']({ filter: { name: 'JSON', extensions: ['json'] }, maxBytes: 10 })).toEqual({
      opened: false,
    });
  });

  it('backup channels go to the backup store and app:quit-ready to the quit handshake', async () => {
    const d = deps();
    const h = createIpcHandlers(d);
    await h['backup:write']({ json: '{}', reason: 'before-restore' });
    await h['backup:list'](undefined);
    await h['backup:read']('sextant-backup-2026-03-20T12-00-00Z-daily.json');
    await h['backup:delete-all'](undefined);
    expect(await h['app:erase-storage'](undefined)).toBe(true);
    expect(d.eraseStorage).toHaveBeenCalledOnce();
    await h['app:quit-ready'](undefined);
    expect(d.backups.write).toHaveBeenCalledExactlyOnceWith('{}', 'before-restore');
    expect(d.backups.list).toHaveBeenCalledOnce();
    expect(d.backups.read).toHaveBeenCalledExactlyOnceWith('sextant-backup-2026-03-20T12-00-00Z-daily.json');
    expect(d.backups.deleteAll).toHaveBeenCalledOnce();
    expect(d.onQuitReady).toHaveBeenCalledOnce();
  });
});
