import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MainEvent } from '../shared/ipc';
import type { AppCommand } from '../shared/platform';
import { createBackupStore } from './backups';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { createKeyStore } from './keyStore';
import { lockOnPowerEvents } from './powerLock';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createQuitHandshake } from './quit';
import { APP_ENTRY_URL, APP_SCHEME, denyAllPermissions } from './security';
import { createAppWindow, windowStateOf } from './window';
import { initialWindowBounds, parseWindowState, WINDOW_STATE_FILE } from './windowState';

// Before ready: app:// must be a standard, secure scheme to get an origin, fetch and storage.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

/** The native "leave with unsaved edits?" question; the safe answer is the default. */
function confirmLeaveWithUnsavedEdits(win: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(win, {
    type: 'question',
    buttons: ['Keep editing', 'Leave without saving'],
    defaultId: 0,
    cancelId: 0,
    message: 'You have unsaved edits',
    detail: 'If you leave now, the changes in the open form are lost.',
  });
  return choice === 1;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp();
}

function readTextOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function startApp(): void {
  const appRoot = app.getAppPath();
  const distDir = path.join(appRoot, 'dist');
  const preloadPath = path.join(appRoot, 'dist-electron', 'preload.cjs');
  const userData = app.getPath('userData');
  const windowStateFile = path.join(userData, WINDOW_STATE_FILE);
  const windows = new Set<BrowserWindow>();
  let mainWindow: BrowserWindow | null = null;

  const openExternal = (href: string) => shell.openExternal(href);
  const sendToRenderer = (channel: MainEvent, ...args: unknown[]) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, ...args);
  };

  const quitHandshake = createQuitHandshake({
    hasLiveWindow: () => mainWindow !== null && !mainWindow.isDestroyed() && !mainWindow.webContents.isCrashed(),
    requestLastBackup: () => sendToRenderer('app:before-quit'),
    quit: () => app.quit(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  });

  function openMainWindow(): BrowserWindow {
    const displays = screen.getAllDisplays().map((d) => d.workArea);
    const bounds = initialWindowBounds(parseWindowState(readTextOrNull(windowStateFile)), displays, screen.getPrimaryDisplay().workArea);
    const win = createAppWindow({ preloadPath, bounds, openExternal, confirmLeave: confirmLeaveWithUnsavedEdits });
    windows.add(win);
    mainWindow = win;
    win.on('close', (event) => {
      try {
        writeFileSync(windowStateFile, JSON.stringify(windowStateOf(win)));
      } catch {
        // Forgetting the window's place is not worth interrupting a close for.
      }
      // Outside macOS closing the window quits the app, so it goes through the quit handshake too.
      if (process.platform !== 'darwin') quitHandshake.onQuitAttempt(event);
    });
    win.on('closed', () => {
      windows.delete(win);
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(APP_ENTRY_URL);
    return win;
  }

  app.on('second-instance', () => {
    if (!app.isReady()) return;
    const win = mainWindow ?? openMainWindow();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });

  // Every web contents (not only our windows) refuses <webview> and new windows.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('before-quit', (event) => quitHandshake.onQuitAttempt(event));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(distDir, (file) => fs.readFile(file)),
    );

    const focusedWindowOrNone = () => BrowserWindow.getFocusedWindow() ?? mainWindow;
    registerIpcHandlers(
      ipcMain,
      createIpcHandlers({
        appVersion: app.getVersion(),
        platform: process.platform,
        defaultSaveDir: app.getPath('documents'),
        openExternal,
        showSaveDialog: (options) => {
          const parent = focusedWindowOrNone();
          return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
        },
        showOpenDialog: (options) => {
          const parent = focusedWindowOrNone();
          return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
        },
        writeFile: (file, data) => fs.writeFile(file, data),
        printToPdf: (sender, { pageSize }) =>
          (sender as WebContents).printToPDF({ pageSize, preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true }),
        stat: (file) => fs.stat(file),
        readFile: (file) => fs.readFile(file),
        backups: createBackupStore(path.join(userData, 'backups'), fs, () => new Date()),
        keyStore: createKeyStore(safeStorage, process.platform),
        onQuitReady: () => quitHandshake.onRendererReady(),
      }),
      (contents) => [...windows].some((w) => !w.isDestroyed() && w.webContents === contents),
    );

    const template = buildMenuTemplate({
      appName: app.name,
      platform: process.platform,
      isPackaged: app.isPackaged,
      send: (command: AppCommand) => sendToRenderer('menu:command', command),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    lockOnPowerEvents(powerMonitor, (command) => sendToRenderer('menu:command', command));

    openMainWindow();
  });
}
