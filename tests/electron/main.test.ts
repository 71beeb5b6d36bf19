import { beforeEach, describe, expect, it, vi } from 'vitest';

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
    name: 'Sextant',
    isPackaged: true,
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(() => calls.push('protocol.handle')),
  };
  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
  };
  const ipcMain = { handle: vi.fn() };
  const Menu = { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() };
  const screen = {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
  };
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = [];
  const dialog = { showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true }) as { canceled: boolean; filePath?: string }) };
  /** A fresh, not-yet-ready Electron for the next test (call records and handlers emptied). */
  const reset = () => {
    calls.length = 0;
    appHandlers.clear();
    windows.length = 0;
    readiness.promise = new Promise<void>((r) => (readiness.resolve = r));
  };
  return { calls, appHandlers, readiness, reset, app, protocol, session, ipcMain, Menu, screen, windows, dialog };
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
    constructor(public options: Record<string, unknown>) {
      super();
      e.calls.push('new BrowserWindow');
      e.windows.push(this);
    }
  }
  return {
    app: e.app,
    protocol: e.protocol,
    session: e.session,
    ipcMain: e.ipcMain,
    Menu: e.Menu,
    screen: e.screen,
    BrowserWindow,
    dialog: e.dialog,
    shell: { openExternal: vi.fn() },
  };
});

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
    expect(e.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([
      'app:info',
      'app:quit-ready',
      'backup:list',
      'backup:read',
      'backup:write',
      'file:open',
      'file:print-pdf',
      'file:save',
      'shell:open-external',
    ]);
    expect(e.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    const [win] = e.windows;
    expect(win!.loadURL).toHaveBeenCalledExactlyOnceWith('app://sextant/index.html');
    expect((win!.options.webPreferences as Record<string, unknown>).preload).toBe(
      '/opt/Sextant/resources/app.asar/dist-electron/preload.cjs',
    );
    expect(win!.options).toMatchObject({ width: 1200, height: 800, x: 360, y: 120 });
  });

  it("holds the first quit for the renderer's last backup", async () => {
    await boot();
    const [win] = e.windows as unknown as Array<{ webContents: { send: ReturnType<typeof vi.fn> } }>;
    const event = { preventDefault: vi.fn() };
    e.appHandlers.get('before-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(win!.webContents.send).toHaveBeenCalledExactlyOnceWith('app:before-quit');
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
