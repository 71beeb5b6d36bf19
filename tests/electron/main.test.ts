import { describe, expect, it, vi } from 'vitest';

// main.ts wires everything at import time; this drives it against a mocked Electron and checks
// the order and the wiring (the pieces themselves are tested in their own files).
const e = vi.hoisted(() => {
  const calls: string[] = [];
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  const app = {
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    quit: vi.fn(),
    on: vi.fn((name: string, handler: (...args: unknown[]) => void) => (appHandlers.set(name, handler), app)),
    whenReady: vi.fn(() => ready),
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
  const powerHandlers = new Map<string, () => void>();
  const powerMonitor = { on: vi.fn((name: string, handler: () => void) => powerHandlers.set(name, handler)) };
  const safeStorage = { isEncryptionAvailable: () => true, encryptString: vi.fn(), decryptString: vi.fn() };
  return {
    calls,
    appHandlers,
    readyResolve,
    app,
    protocol,
    session,
    ipcMain,
    Menu,
    screen,
    windows,
    powerHandlers,
    powerMonitor,
    safeStorage,
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
    powerMonitor: e.powerMonitor,
    safeStorage: e.safeStorage,
    BrowserWindow,
    dialog: e.dialog,
    shell: { openExternal: vi.fn() },
  };
});

describe('main process wiring', () => {
  it('registers the app scheme before ready, then secures the session, serves app://, registers IPC and opens the window', async () => {
    await import('../../electron/main');
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

    e.readyResolve();
    await new Promise((r) => setTimeout(r, 0));
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
      'keystore:protect',
      'keystore:status',
      'keystore:unprotect',
      'shell:open-external',
    ]);
    expect(e.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect([...e.powerHandlers.keys()]).toEqual(['lock-screen', 'suspend']);

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

  it("holds the first quit for the renderer's last backup", () => {
    const [win] = e.windows as unknown as Array<{ webContents: { send: ReturnType<typeof vi.fn> } }>;
    const event = { preventDefault: vi.fn() };
    e.appHandlers.get('before-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(win!.webContents.send).toHaveBeenCalledExactlyOnceWith('app:before-quit');
  });

  it('quits when our window says its backup is done, and refuses the signal from anything else', async () => {
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
