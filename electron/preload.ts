import { contextBridge, ipcRenderer } from 'electron';
import { AppRoute, ReminderAction, type IpcArg, type IpcChannel, type IpcResult } from '../shared/ipc';
import { APP_COMMANDS, type AppCommand, type SextantPlatform } from '../shared/platform';

// Sandboxed preloads cannot require anything but 'electron': this file is bundled with
// everything it imports into one CommonJS file (scripts/build-electron.mjs).

/** True when `value` is one of the known menu command ids. */
export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}

type IpcRendererLike = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * Builds `window.sextant` over ipcRenderer: one method per IPC channel, menu commands checked
 * against the known ids, and the quit handshake (run every onBeforeQuit listener, then tell
 * main it may quit, even when a listener failed).
 */
export function createDesktopPlatform(ipc: IpcRendererLike = ipcRenderer): SextantPlatform {
  const call = <C extends IpcChannel>(channel: C, arg: IpcArg<C>) => ipc.invoke(channel, arg) as Promise<IpcResult<C>>;
  const beforeQuitListeners = new Set<() => Promise<void>>();
  /** Listens to one channel from main; returns the unsubscribe function. */
  const subscribe = (channel: 'reminders:open' | 'reminders:action', listener: (payload: unknown) => void) => {
    const onMessage = (_event: unknown, payload: unknown) => listener(payload);
    ipc.on(channel, onMessage);
    return () => {
      ipc.removeListener(channel, onMessage);
    };
  };

  ipc.on('app:before-quit', () => {
    void Promise.allSettled([...beforeQuitListeners].map((listener) => listener())).then(() => call('app:quit-ready', undefined));
  });

  return {
    kind: 'desktop',
    appInfo: () => call('app:info', undefined),
    openExternal: (url) => call('shell:open-external', url),
    saveFile: (req) => call('file:save', req),
    openFile: (req) => call('file:open', req),
    printToPdf: (req) => call('file:print-pdf', req),
    eraseStoredFiles: () => call('app:erase-storage', undefined),
    backups: {
      write: (json, reason) => call('backup:write', { json, reason }),
      list: () => call('backup:list', undefined),
      read: (name) => call('backup:read', name),
      deleteAll: () => call('backup:delete-all', undefined),
    },
    reminders: {
      schedule: (schedule) => call('reminders:schedule', schedule),
      setKeepRunning: (enabled) => call('reminders:keep-running', enabled),
      onOpen: (listener) =>
        subscribe('reminders:open', (route) => {
          const checked = AppRoute.safeParse(route);
          if (checked.success) listener(checked.data);
        }),
      onAction: (listener) =>
        subscribe('reminders:action', (action) => {
          const checked = ReminderAction.safeParse(action);
          if (checked.success) listener(checked.data);
        }),
    },
    keyStore: {
      status: () => call('keystore:status', undefined),
      protect: (data) => call('keystore:protect', data),
      unprotect: (data) => call('keystore:unprotect', data),
    },
    onCommand(listener) {
      const onMessage = (_event: unknown, command: unknown) => {
        if (isAppCommand(command)) listener(command);
      };
      ipc.on('menu:command', onMessage);
      return () => {
        ipc.removeListener('menu:command', onMessage);
      };
    },
    onBeforeQuit(listener) {
      beforeQuitListeners.add(listener);
      return () => {
        beforeQuitListeners.delete(listener);
      };
    },
  };
}

contextBridge.exposeInMainWorld('sextant', createDesktopPlatform() satisfies SextantPlatform);
