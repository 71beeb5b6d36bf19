import { BrowserWindow, type WebPreferences } from 'electron';
import { hardenWebContents } from './security';
import { MIN_SIZE, type Rect, type WindowState } from './windowState';

/** The webPreferences of every window: isolated, sandboxed, no Node, only our preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** What a new window needs: the preload, where to open, and the link opener for http(s) links. */
export interface AppWindowOptions {
  preloadPath: string;
  bounds: Rect & { maximized: boolean };
  openExternal: (href: string) => Promise<void>;
  /** Asks the person whether to leave with unsaved edits; true means leave. */
  confirmLeave: (win: BrowserWindow) => boolean;
}

/**
 * Electron does not show the browser's "leave this page?" prompt: a renderer that cancels
 * `beforeunload` (a form with unsaved edits) would just refuse to close. Ask instead, and let
 * the window close only when the person chooses to leave.
 */
export function handleUnsavedEdits(win: BrowserWindow, confirmLeave: (win: BrowserWindow) => boolean): void {
  win.webContents.on('will-prevent-unload', (event: { preventDefault(): void }) => {
    if (confirmLeave(win)) event.preventDefault();
  });
}

/**
 * The one function that creates windows: secure webPreferences, navigation and new windows
 * locked down, shown once the first paint is ready (maximized if it was last time).
 */
export function createAppWindow({ preloadPath, bounds, openExternal, confirmLeave }: AppWindowOptions): BrowserWindow {
  const { maximized, ...rect } = bounds;
  const win = new BrowserWindow({
    ...rect,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Sextant',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenWebContents(win.webContents, openExternal);
  handleUnsavedEdits(win, confirmLeave);
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  return win;
}

/** The state to remember for a window: its normal (unmaximized) bounds and whether it is maximized. */
export function windowStateOf(win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized: win.isMaximized() };
}
