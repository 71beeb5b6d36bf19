import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_IPC_CHANNELS } from './channels';

// main.ts wires everything at import time; this drives it against a mocked Electron and checks
// the order and the wiring (the pieces themselves are tested in their own files).
const e = vi.hoisted(() => {
  const calls: string[] = [];
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const readiness = { resolve: () => {}, promise: Promise.resolve() };
  const app = {
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    quit: vi.fn(),
    on: vi.fn((name: string, handler: (...args: unknown[]) => void) => (appHandlers.set(name, handler), app)),
    whenReady: vi.fn(() => readiness.promise),
    isReady: () => true,
    getAppPath: () => '/opt/Sextant/resources/app.asar',
    getPath: (name: string) => `/home/pm/.config/Sextant${name === 'userData' ? '' : `/${name}`}`,
    getVersion: () => '0.1.0',
    setBadgeCount: vi.fn(),
    name: 'Sextant',
    isPackaged: true,
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => calls.push('protocol.handle')),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      setSpellCheckerLanguages: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
    },
  };
  const ipcMain = { handle: vi.fn() };
  const Menu = { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() };
  const screen = {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
  };
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = [];
  const dialog = {
    showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  };
  const notifications: Array<{ options: { title: string; body: string }; show: ReturnType<typeof vi.fn>; emit(name: string): void }> = [];
  const trays: Array<{ setContextMenu: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }> = [];
  const powerHandlers = new Map<string, () => void>();
  const powerMonitor = { on: vi.fn((name: string, handler: () => void) => powerHandlers.set(name, handler)) };
  const safeStorage = { isEncryptionAvailable: () => true, encryptString: vi.fn(), decryptString: vi.fn() };
  const files = new Map<string, string>();
  /** A fresh, not-yet-ready Electron for the next test (call records, handlers and files emptied). */
  const reset = () => {
    calls.length = 0;
    appHandlers.clear();
    windows.length = 0;
    notifications.length = 0;
    trays.length = 0;
    files.clear();
    powerHandlers.clear();
    readiness.promise = new Promise<void>((r) => (readiness.resolve = r));
  };
  return {
    calls,
    appHandlers,
    readiness,
    reset,
    app,
    protocol,
    session,
    ipcMain,
    Menu,
    screen,
    windows,
    notifications,
    trays,
    powerHandlers,
    powerMonitor,
    safeStorage,
    files,
    dialog,
  };
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { FakeWebContents } = await import('./fakes');
  class BrowserWindow extends EventEmitter {
    static getFocusedWindow = () => null;
    webContents = Object.assign(new FakeWebContents(), {
      send: vi.fn(),
      isCrashed: () => false,
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 plan')),
    });
    loadURL = vi.fn(async () => {});
    isDestroyed = () => false;
    isMinimized = () => false;
    show = vi.fn();
    hide = vi.fn();
    focus = vi.fn();
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
    isMaximized = () => false;
    constructor(public options: Record<string, unknown>) {
      super();
      e.calls.push('new BrowserWindow');
      e.windows.push(this);
    }
  }
  class Notification extends EventEmitter {
    static isSupported = () => true;
    show = vi.fn();
    constructor(public options: { title: string; body: string }) {
      super();
      e.notifications.push(this);
    }
  }
  class Tray extends EventEmitter {
    setToolTip = vi.fn();
    setContextMenu = vi.fn();
    destroy = vi.fn();
    constructor(public image: unknown) {
      super();
      e.trays.push(this);
    }
  }
  return {
    Notification,
    Tray,
    nativeImage: { createFromDataURL: () => ({ isEmpty: () => true }) },
    powerMonitor: e.powerMonitor,
    app: e.app,
    protocol: e.protocol,
    session: e.session,
    ipcMain: e.ipcMain,
    Menu: e.Menu,
    screen: e.screen,
    safeStorage: e.safeStorage,
    BrowserWindow,
    dialog: e.dialog,
    shell: { openExternal: vi.fn() },
  };
});

// The shown-reminders record is a file in the fake userData (/home/pm/...): kept in memory here;
// every other path goes to the real file system.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const fake = (file: unknown) => typeof file === 'string' && file.startsWith('/home/pm/');
  const readFile = (async (file: string, ...rest: unknown[]) => {
    if (!fake(file)) return (actual.readFile as (...a: unknown[]) => Promise<unknown>)(file, ...rest);
    if (!e.files.has(file)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return e.files.get(file)!;
  }) as typeof actual.readFile;
  const writeFile = (async (file: string, data: unknown, ...rest: unknown[]) => {
    if (!fake(file)) return (actual.writeFile as (...a: unknown[]) => Promise<void>)(file, data, ...rest);
    e.files.set(file, String(data));
  }) as typeof actual.writeFile;
  const mod = { ...actual, readFile, writeFile };
  return { ...mod, default: mod };
});

const trusted = () => ({
  sender: (e.windows[0] as unknown as { webContents: unknown }).webContents,
  senderFrame: { url: 'app://sextant/index.html', parent: null },
});
const handler = (channel: string) =>
  e.ipcMain.handle.mock.calls.find((c) => c[0] === channel)![1] as (event: unknown, arg: unknown) => Promise<unknown>;

// Each test boots its own main process (fresh module state, fresh fake Electron), so none
// depends on what another left behind: run with --sequence.shuffle to check.
beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  e.reset();
});

/** Loads main.ts (the app not yet ready). */
async function load(): Promise<void> {
  await import('../../electron/main');
}

/** Loads main.ts and lets the app become ready (the window is then open). */
async function boot(): Promise<void> {
  await load();
  e.readiness.resolve();
  await vi.waitFor(() => expect(e.windows).toHaveLength(1));
}

describe('main process wiring', () => {
  it('registers the app scheme before ready, then secures the session, serves app://, registers IPC and opens the window', async () => {
    await load();
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(e.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(e.app.quit).not.toHaveBeenCalled();
    expect([...e.appHandlers.keys()].sort()).toEqual([
      'activate',
      'before-quit',
      'second-instance',
      'web-contents-created',
      'window-all-closed',
    ]);
    expect(e.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);

    e.readiness.resolve();
    await vi.waitFor(() => expect(e.windows).toHaveLength(1));
    expect(e.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'protocol.handle', 'new BrowserWindow']);
    expect(e.protocol.handle.mock.calls[0]).toEqual(['app', expect.any(Function)]);
    expect(e.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(e.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(e.session.defaultSession.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledExactlyOnceWith('http://127.0.0.1:9/');
    expect(e.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual(ALL_IPC_CHANNELS);
    expect(e.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    // Reminders look again on resume; the journal locks on screen lock and suspend.
    expect([...e.powerHandlers.keys()].sort()).toEqual(['lock-screen', 'resume', 'suspend']);

    const [win] = e.windows;
    expect(win!.loadURL).toHaveBeenCalledExactlyOnceWith('app://sextant/index.html');
    expect((win!.options.webPreferences as Record<string, unknown>).preload).toBe(
      '/opt/Sextant/resources/app.asar/dist-electron/preload.cjs',
    );
    expect(win!.options).toMatchObject({ width: 1200, height: 800, x: 360, y: 120 });
    // The screen locking reaches the renderer as the lock command, on the menu's channel.
    e.powerHandlers.get('lock-screen')!();
    expect((win as unknown as { webContents: { send: ReturnType<typeof vi.fn> } }).webContents.send).toHaveBeenCalledWith(
      'menu:command',
      'lock-journal',
    );
    (win as unknown as { webContents: { send: ReturnType<typeof vi.fn> } }).webContents.send.mockClear();
  });

  it('shows a due reminder as a notification once, sets the badge, and a click opens its conversation', async () => {
    await boot();
    const win = e.windows[0] as unknown as {
      show: ReturnType<typeof vi.fn>;
      focus: ReturnType<typeof vi.fn>;
      webContents: { send: ReturnType<typeof vi.fn> };
    };
    const notice = {
      id: 'follow-up:x:2026-03-10T09:00',
      kind: 'follow-up',
      at: Date.now() - 1_000,
      title: 'Follow up with Dana',
      body: 'Send the deck',
      target: '/journal/abc',
    };
    await expect(
      handler('reminders:schedule')(
        { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } },
        { notices: [notice], badge: 1 },
      ),
    ).rejects.toThrow(/untrusted sender/);
    await expect(
      handler('reminders:schedule')(trusted(), { notices: [{ ...notice, target: 'https://evil.example/' }], badge: 1 }),
    ).rejects.toThrow(/invalid argument/);
    expect(e.notifications).toHaveLength(0);

    await handler('reminders:schedule')(trusted(), { notices: [notice], badge: 3 });
    await vi.waitFor(() => expect(e.notifications).toHaveLength(1));
    expect(e.notifications[0]!.options).toMatchObject({ title: 'Follow up with Dana', body: 'Send the deck' });
    expect(e.notifications[0]!.show).toHaveBeenCalledOnce();
    expect(e.app.setBadgeCount).toHaveBeenLastCalledWith(3);
    // Recorded on disk: the same schedule again (another window, a restart) shows nothing new.
    expect(JSON.parse(e.files.get('/home/pm/.config/Sextant/shown-reminders.json')!)).toHaveProperty([notice.id]);
    await handler('reminders:schedule')(trusted(), { notices: [notice], badge: 3 });
    await new Promise((r) => setTimeout(r, 10));
    expect(e.notifications).toHaveLength(1);

    e.notifications[0]!.emit('click');
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith('reminders:open', '/journal/abc');
  });

  it('keeps running in the tray when asked: closing the window hides it, the tray menu opens it', async () => {
    await boot();
    await handler('reminders:schedule')(trusted(), { notices: [], badge: 3 });
    const win = e.windows[0] as unknown as {
      hide: ReturnType<typeof vi.fn>;
      show: ReturnType<typeof vi.fn>;
      emit(name: string, ev: unknown): void;
    };
    await handler('reminders:keep-running')(trusted(), true);
    expect(e.trays).toHaveLength(1);
    const menu = e.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ label?: string; click?: () => void }>;
    expect(menu.map((m) => m.label)).toEqual(['Open Sextant', '3 items due', undefined, 'Quit Sextant']);
    const close = { preventDefault: vi.fn() };
    win.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalledOnce();
    expect(win.hide).toHaveBeenCalledOnce();
    win.show.mockClear();
    menu[0]!.click!();
    expect(win.show).toHaveBeenCalledOnce();
    await handler('reminders:keep-running')(trusted(), false);
    expect(e.trays[0]!.destroy).toHaveBeenCalledOnce();
  });

  it("holds the first quit for the renderer's last backup", async () => {
    await boot();
    const [win] = e.windows as unknown as Array<{ webContents: { send: ReturnType<typeof vi.fn> } }>;
    const event = { preventDefault: vi.fn() };
    e.appHandlers.get('before-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(win!.webContents.send).toHaveBeenLastCalledWith('app:before-quit');
  });

  it('quits when our window says its backup is done, and refuses the signal from anything else', async () => {
    await boot();
    // The person quits; the quit is held for the renderer's backup.
    const first = { preventDefault: vi.fn() };
    e.appHandlers.get('before-quit')!(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    const [win] = e.windows as unknown as Array<{ webContents: unknown }>;
    const quitReady = e.ipcMain.handle.mock.calls.find((c) => c[0] === 'app:quit-ready')![1] as (
      event: unknown,
      arg: unknown,
    ) => Promise<unknown>;
    await expect(quitReady({ sender: {}, senderFrame: { url: 'app://sextant/index.html', parent: null } }, undefined)).rejects.toThrow(
      /untrusted sender/,
    );
    expect(e.app.quit).not.toHaveBeenCalled();
    await quitReady({ sender: win!.webContents, senderFrame: { url: 'app://sextant/index.html', parent: null } }, undefined);
    expect(e.app.quit).toHaveBeenCalledOnce();
    const event = { preventDefault: vi.fn() };
    e.appHandlers.get('before-quit')!(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it("prints the calling window's page with Chromium (printToPDF, CSS page size) to the file chosen in the save dialog", async () => {
    await boot();
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'sextant-print-')), 'plan.pdf');
    e.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const [win] = e.windows as unknown as Array<{ webContents: { printToPDF: ReturnType<typeof vi.fn> } }>;
    const printPdf = e.ipcMain.handle.mock.calls.find((c) => c[0] === 'file:print-pdf')![1] as (
      event: unknown,
      arg: unknown,
    ) => Promise<unknown>;
    const event = { sender: win!.webContents, senderFrame: { url: 'app://sextant/index.html#/plan', parent: null } };
    expect(await printPdf(event, { suggestedName: 'career-plan-2026-03-01.pdf', paper: 'A4' })).toEqual({ saved: true, path: file });
    expect(win!.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
    });
    expect(e.dialog.showSaveDialog.mock.calls[0]![1]).toEqual({
      defaultPath: '/home/pm/.config/Sextant/documents/career-plan-2026-03-01.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 plan');
  });
});
