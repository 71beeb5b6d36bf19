import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
  type WebContents,
} from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MainEvent, ReminderAction } from '../shared/ipc';
import type { AppCommand } from '../shared/platform';
import { createBackgroundMode } from './background';
import { createBackupStore } from './backups';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { keepSessionOffline } from './offline';
import { createKeyStore } from './keyStore';
import { lockOnPowerEvents } from './powerLock';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { createQuitHandshake } from './quit';
import { createReminderNotifier } from './reminders';
import { createShownReminders, SHOWN_REMINDERS_FILE } from './shownReminders';
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

// The tray icon, inlined as a data URL at build time (scripts/build-electron.mjs).
declare const __TRAY_ICON__: string | undefined;

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

  // Reminders: main shows them (one timer), the tray keeps the app running when the person opts in.
  const background = createBackgroundMode({
    createTray: () => {
      const icon = nativeImage.createFromDataURL(typeof __TRAY_ICON__ === 'string' ? __TRAY_ICON__ : '');
      return new Tray(icon.isEmpty() ? icon : icon.resize({ width: 18, height: 18 }));
    },
    buildMenu: (template) => Menu.buildFromTemplate(template),
    showWindow: () => showMainWindow(),
    quit: () => app.quit(),
  });
  const shownReminders = createShownReminders(path.join(userData, SHOWN_REMINDERS_FILE), fs, () => Date.now());
  // Button presses that arrive while no window is open wait until the renderer is back.
  const pendingActions: ReminderAction[] = [];
  const notifier = createReminderNotifier({
    platform: process.platform,
    isSupported: () => Notification.isSupported(),
    createNotification: (options) => new Notification(options),
    setBadgeCount: (count) => {
      app.setBadgeCount(count);
      background.setDue(count);
    },
    open: (route) => showMainWindow(route),
    act: (action) => {
      if (mainWindow && !mainWindow.isDestroyed()) sendToRenderer('reminders:action', action);
      else {
        pendingActions.push(action);
        showMainWindow();
      }
    },
    claim: (ids) => shownReminders.claim(ids),
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    onError: (error) => console.error('Reminder notification failed:', error),
  });

  /** Shows the main window (opening it if there is none), optionally at an in-app route. */
  function showMainWindow(route?: string): void {
    if (mainWindow === null || mainWindow.isDestroyed()) {
      openMainWindow(route);
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    if (route) sendToRenderer('reminders:open', route);
  }

  function openMainWindow(route?: string): BrowserWindow {
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
      // Background mode: the window hides and the app keeps running in the tray for reminders.
      if (background.shouldHideOnClose()) {
        event.preventDefault();
        win.hide();
        return;
      }
      // Outside macOS closing the window quits the app, so it goes through the quit handshake too.
      if (process.platform !== 'darwin') quitHandshake.onQuitAttempt(event);
    });
    win.on('closed', () => {
      windows.delete(win);
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(route ? `${APP_ENTRY_URL}#${route}` : APP_ENTRY_URL);
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

  app.on('before-quit', (event) => {
    background.markQuitting();
    quitHandshake.onQuitAttempt(event);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    keepSessionOffline(session.defaultSession, process.platform);
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(distDir, (file) => fs.readFile(file)),
    );

    const backups = createBackupStore(path.join(userData, 'backups'), fs, () => new Date());
    // A write interrupted by a crash or a full disk may have left temp files; clear them at start.
    void backups.removeStaleTemps().catch((e: unknown) => console.warn('Could not clear stale backup temp files', e));

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
        backups,
        eraseStorage: () => session.defaultSession.clearStorageData({ storages: ['indexdb'] }),
        keyStore: createKeyStore(safeStorage, process.platform),
        onQuitReady: () => quitHandshake.onRendererReady(),
        reminders: {
          schedule: (schedule) => {
            void notifier.schedule(schedule);
            // The renderer is up again: hand over buttons pressed while it was away.
            for (const action of pendingActions.splice(0)) sendToRenderer('reminders:action', action);
          },
          setKeepRunning: (enabled) => background.setEnabled(enabled),
        },
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

    // A computer that slept through a reminder: look again as soon as it wakes.
    powerMonitor.on('resume', () => void notifier.check());

    openMainWindow();
  });
}
