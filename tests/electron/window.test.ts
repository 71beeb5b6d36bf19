import { describe, expect, it, vi } from 'vitest';
import { type FakeWebContents } from './fakes';

const created = vi.hoisted(() => [] as Array<{ options: Record<string, unknown>; win: unknown }>);

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { FakeWebContents: Contents } = await import('./fakes');
  class BrowserWindow extends EventEmitter {
    webContents = new Contents();
    maximize = vi.fn();
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      super();
      created.push({ options, win: this });
    }
  }
  return { BrowserWindow };
});

import { createAppWindow, secureWebPreferences, windowStateOf } from '../../electron/window';

type FakeWindow = {
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  webContents: FakeWebContents;
  maximize: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
  emit(e: string): void;
};

function openWindow(maximized = false) {
  const openExternal = vi.fn(async () => {});
  const win = createAppWindow({
    preloadPath: '/app/dist-electron/preload.cjs',
    bounds: { x: 10, y: 20, width: 1000, height: 700, maximized },
    openExternal,
    confirmLeave: () => false,
  }) as unknown as FakeWindow;
  return { win, openExternal };
}

describe('createAppWindow', () => {
  it('creates the window with every security option set', () => {
    const { win } = openWindow();
    const prefs = win.options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.spellcheck).toBe(true);
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(prefs).toEqual(secureWebPreferences('/app/dist-electron/preload.cjs'));
  });

  it('opens at the given bounds, hidden until ready to show', () => {
    const { win } = openWindow();
    expect(win.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(win.options).not.toHaveProperty('maximized');
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
    expect(win.maximize).not.toHaveBeenCalled();
  });

  it('maximizes on show when it was maximized last time', () => {
    const { win } = openWindow(true);
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalledOnce();
  });

  it('goes through the one window factory: navigation locked, new windows denied, webviews refused', async () => {
    const { win, openExternal } = openWindow();
    expect(win.webContents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(win.webContents.fire('will-navigate', 'app://sextant/index.html')).toBe(false);
    expect(win.webContents.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(win.webContents.fire('will-attach-webview')).toBe(true);
    expect(win.webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/');
    expect(created.length).toBeGreaterThan(0);
  });
});

describe('windowStateOf', () => {
  it('remembers the normal bounds (rounded) and the maximized flag', () => {
    const win = { getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 999.5, height: 700 }), isMaximized: () => true };
    expect(windowStateOf(win)).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: true });
  });
});

describe('unsaved edits when closing', () => {
  function openWithAnswer(leave: boolean) {
    const confirmLeave = vi.fn(() => leave);
    const win = createAppWindow({
      preloadPath: '/p.cjs',
      bounds: { x: 0, y: 0, width: 900, height: 700, maximized: false },
      openExternal: vi.fn(async () => {}),
      confirmLeave,
    }) as unknown as FakeWindow;
    const event = { preventDefault: vi.fn() };
    win.webContents.emit('will-prevent-unload', event);
    return { confirmLeave, event, win };
  }

  it('closes anyway when the person chooses to leave (preventDefault overrides the page)', () => {
    const { confirmLeave, event, win } = openWithAnswer(true);
    expect(confirmLeave).toHaveBeenCalledWith(win);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('stays open with the form when the person keeps editing', () => {
    const { confirmLeave, event } = openWithAnswer(false);
    expect(confirmLeave).toHaveBeenCalledOnce();
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
