import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
    /** Main sending to the renderer. */
    emitFromMain(channel: string, ...args: unknown[]) {
      for (const l of listeners.get(channel) ?? []) l({}, ...args);
    },
  };
  const exposed: Record<string, unknown> = {};
  const contextBridge = { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) };
  return { ipcRenderer, contextBridge, exposed };
});

vi.mock('electron', () => ({ ipcRenderer: electron.ipcRenderer, contextBridge: electron.contextBridge }));

import { isAppCommand } from '../../electron/preload';
import type { SextantPlatform } from '../../shared/platform';

const api = () => electron.exposed.sextant as SextantPlatform;

describe('preload', () => {
  it('exposes exactly the platform API as window.sextant, nothing generic', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('sextant');
    expect(Object.keys(api()).sort()).toEqual([
      'appInfo',
      'backups',
      'eraseStoredFiles',
      'keyStore',
      'kind',
      'onBeforeQuit',
      'onCommand',
      'openExternal',
      'openFile',
      'printToPdf',
      'reminders',
      'saveFile',
    ]);
    expect(Object.keys(api().backups!).sort()).toEqual(['deleteAll', 'list', 'read', 'write']);
    expect(Object.keys(api().keyStore!).sort()).toEqual(['protect', 'status', 'unprotect']);
    expect(api().kind).toBe('desktop');
    expect(JSON.stringify(Object.keys(api()))).not.toMatch(/ipc|invoke|send/i);
  });

  it('maps each method to its IPC channel and argument', async () => {
    const { invoke } = electron.ipcRenderer;
    invoke.mockClear();
    const req = { suggestedName: 'a.json', filter: { name: 'JSON', extensions: ['json'] }, data: '{}' };
    const open = { filter: { name: 'JSON', extensions: ['json'] }, maxBytes: 5 };
    await api().appInfo();
    await api().openExternal('https://example.com');
    await api().saveFile(req);
    await api().openFile(open);
    await api().backups!.write('{}', 'daily');
    await api().backups!.list();
    await api().backups!.read('x.json');
    await api().backups!.deleteAll();
    await api().eraseStoredFiles();
    expect(invoke.mock.calls).toEqual([
      ['app:info', undefined],
      ['shell:open-external', 'https://example.com'],
      ['file:save', req],
      ['file:open', open],
      ['backup:write', { json: '{}', reason: 'daily' }],
      ['backup:list', undefined],
      ['backup:read', 'x.json'],
      ['backup:delete-all', undefined],
      ['app:erase-storage', undefined],
    ]);
  });

  it('passes known menu commands to the listener and drops anything else', () => {
    const listener = vi.fn();
    const unsubscribe = api().onCommand(listener);
    for (const c of ['go-journal', 'evil-command', 42, { id: 'go-home' }, 'new-goal']) electron.ipcRenderer.emitFromMain('menu:command', c);
    expect(listener.mock.calls).toEqual([['go-journal'], ['new-goal']]);
    unsubscribe();
    electron.ipcRenderer.emitFromMain('menu:command', 'go-home');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('runs every before-quit listener, then tells main it may quit, even when one fails', async () => {
    const { invoke } = electron.ipcRenderer;
    invoke.mockClear();
    let finishBackup!: () => void;
    const backup = vi.fn(() => new Promise<void>((resolve) => (finishBackup = resolve)));
    const failing = vi.fn(async () => {
      throw new Error('disk full');
    });
    const offBackup = api().onBeforeQuit(backup);
    const offFailing = api().onBeforeQuit(failing);
    electron.ipcRenderer.emitFromMain('app:before-quit');
    await new Promise((r) => setTimeout(r, 0));
    expect(backup).toHaveBeenCalledOnce();
    expect(failing).toHaveBeenCalledOnce();
    expect(invoke).not.toHaveBeenCalled();
    finishBackup();
    await new Promise((r) => setTimeout(r, 0));
    expect(invoke.mock.calls).toEqual([['app:quit-ready', undefined]]);
    offBackup();
    offFailing();
  });

  it('answers main at once when nobody listens for the quit', async () => {
    const { invoke } = electron.ipcRenderer;
    invoke.mockClear();
    electron.ipcRenderer.emitFromMain('app:before-quit');
    await new Promise((r) => setTimeout(r, 0));
    expect(invoke.mock.calls).toEqual([['app:quit-ready', undefined]]);
  });

  it.each([
    ['go-home', true],
    ['command-palette', true],
    ['show-shortcuts', true],
    ['GO-HOME', false],
    ['toString', false],
    ['', false],
    [null, false],
  ])('isAppCommand(%j) is %s', (value, expected) => {
    expect(isAppCommand(value)).toBe(expected);
  });
});

describe('preload reminders', () => {
  it('sends the schedule and the background switch over their channels, and passes on only valid routes and actions', async () => {
    const { invoke } = electron.ipcRenderer;
    invoke.mockClear();
    const reminders = api().reminders!;
    await reminders.schedule({ notices: [], badge: 0 });
    await reminders.setKeepRunning(true);
    expect(invoke.mock.calls).toEqual([
      ['reminders:schedule', { notices: [], badge: 0 }],
      ['reminders:keep-running', true],
    ]);
    const routes: string[] = [];
    const actions: unknown[] = [];
    const offOpen = reminders.onOpen((r) => routes.push(r));
    const offAction = reminders.onAction((a) => actions.push(a));
    electron.ipcRenderer.emitFromMain('reminders:open', '/journal/abc');
    electron.ipcRenderer.emitFromMain('reminders:open', 'javascript:alert(1)');
    electron.ipcRenderer.emitFromMain('reminders:action', { id: 'x', action: 'done' });
    electron.ipcRenderer.emitFromMain('reminders:action', { id: 'x', action: 'delete-everything' });
    offOpen();
    offAction();
    electron.ipcRenderer.emitFromMain('reminders:open', '/people');
    expect(routes).toEqual(['/journal/abc']);
    expect(actions).toEqual([{ id: 'x', action: 'done' }]);
  });
});
