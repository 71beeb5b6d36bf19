import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC, type IpcArg, type IpcChannel, type IpcResult, type ReminderSchedule } from '../shared/ipc';
import { parseOrThrow } from '../shared/errors';
import { fileTooLargeMessage } from '../shared/safeJson';
import type { BackupStore } from './backups';
import type { KeyStore } from './keyStore';
import { isAppUrl, openExternalSafely } from './security';

/** One function per IPC channel, taking the already-validated argument and the web contents that called. */
export type IpcHandlers = { [C in IpcChannel]: (arg: IpcArg<C>, sender?: unknown) => Promise<IpcResult<C>> | IpcResult<C> };

/** The parts of an invoke event the sender check reads. */
export interface SenderInfo {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * True when an IPC call comes from the main frame of one of our windows showing app://sextant
 * (not a subframe, not a foreign page, not some other web contents).
 */
export function isTrustedSender(event: SenderInfo, isOurWebContents: (contents: unknown) => boolean): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (!isOurWebContents(event.sender)) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Wraps a handler with the checks every channel gets: trusted sender, argument parsed with
 * the channel's zod schema (InputError otherwise), result parsed before it leaves main.
 */
export function guardedHandler<C extends IpcChannel>(
  channel: C,
  handler: IpcHandlers[C],
  isOurWebContents: (contents: unknown) => boolean,
) {
  const contract = IPC[channel];
  return async (event: SenderInfo, rawArg: unknown): Promise<IpcResult<C>> => {
    if (!isTrustedSender(event, isOurWebContents)) {
      throw new Error(`IPC ${channel}: refused a call from an untrusted sender (${event.senderFrame?.url ?? 'no frame'})`);
    }
    const arg = parseOrThrow<IpcArg<C>>(contract.arg as never, rawArg, `IPC ${channel}: invalid argument`);
    const result = await handler(arg, event.sender);
    const checked = contract.result.safeParse(result);
    if (!checked.success) throw new Error(`IPC ${channel}: main produced an invalid result`);
    return checked.data as IpcResult<C>;
  };
}

/** Registers every channel of the IPC contract with ipcMain.handle, each behind guardedHandler. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isOurWebContents: (contents: unknown) => boolean,
): void {
  for (const channel of Object.keys(IPC) as IpcChannel[]) {
    const listener = guardedHandler(channel, handlers[channel], isOurWebContents);
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, arg: unknown) => listener(event, arg));
  }
}

type DialogFilter = { name: string; extensions: string[] };

/** The operating-system calls behind the IPC handlers (Electron's app/shell/dialog and node:fs). */
export interface IpcDeps {
  appVersion: string;
  platform: string;
  /** Where the save dialog starts (e.g. the Documents folder). */
  defaultSaveDir: string;
  openExternal: (href: string) => Promise<void>;
  showSaveDialog(options: { defaultPath: string; filters: DialogFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { properties: ['openFile']; filters: DialogFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  /** The calling web contents printed to PDF by Chromium (webContents.printToPDF), honouring the page's CSS @page size. */
  printToPdf(sender: unknown, options: { pageSize: 'A4' | 'Letter' }): Promise<Uint8Array>;
  stat(file: string): Promise<{ size: number }>;
  readFile(file: string): Promise<Uint8Array>;
  backups: BackupStore;
  /** Removes the app's IndexedDB files (session.clearStorageData). */
  eraseStorage(): Promise<void>;
  /** The OS key store (Electron safeStorage). */
  keyStore: KeyStore;
  /** The renderer finished its quit-time backup. */
  onQuitReady(): void;
  /** Main's reminder notifier and the opt-in background (tray) mode. */
  reminders: { schedule(schedule: ReminderSchedule): void; setKeepRunning(enabled: boolean): void };
}

/** The handlers for every channel, written against injected OS calls so they test without Electron. */
export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  return {
    'app:info': () => ({ version: deps.appVersion, platform: deps.platform }),
    'shell:open-external': (url) => openExternalSafely(url, deps.openExternal),
    'file:save': async ({ suggestedName, filter, data }) => {
      const choice = await deps.showSaveDialog({ defaultPath: path.join(deps.defaultSaveDir, suggestedName), filters: [filter] });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.writeFile(choice.filePath, data);
      return { saved: true, path: choice.filePath };
    },
    'file:print-pdf': async ({ suggestedName, paper }, sender) => {
      const choice = await deps.showSaveDialog({
        defaultPath: path.join(deps.defaultSaveDir, suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      // Chromium prints in the browser process: the page's JS thread stays free while it lays out.
      const pdf = await deps.printToPdf(sender, { pageSize: paper });
      await deps.writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    },
    'file:open': async ({ filter, maxBytes }) => {
      const choice = await deps.showOpenDialog({ properties: ['openFile'], filters: [filter] });
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return { opened: false };
      const name = path.basename(file);
      const { size } = await deps.stat(file);
      if (size > maxBytes) throw new Error(fileTooLargeMessage(name, size, maxBytes));
      const bytes = await deps.readFile(file);
      // A plain Uint8Array view (not a Buffer) over the same memory, so nothing is copied twice.
      return { opened: true, name, data: new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength) };
    },
    'backup:write': ({ json, reason }) => deps.backups.write(json, reason),
    'backup:list': () => deps.backups.list(),
    'backup:read': (name) => deps.backups.read(name),
    'backup:delete-all': () => deps.backups.deleteAll(),
    'app:erase-storage': async () => {
      await deps.eraseStorage();
      return true;
    },
    'keystore:status': () => deps.keyStore.status(),
    'keystore:protect': (data) => deps.keyStore.protect(data),
    'keystore:unprotect': (data) => deps.keyStore.unprotect(data),
    'app:quit-ready': () => {
      deps.onQuitReady();
      return undefined;
    },
    'reminders:schedule': (schedule) => {
      deps.reminders.schedule(schedule);
      return undefined;
    },
    'reminders:keep-running': (enabled) => {
      deps.reminders.setKeepRunning(enabled);
      return undefined;
    },
  };
}
