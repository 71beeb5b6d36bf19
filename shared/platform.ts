import type {
  BackupInfo,
  IpcArg,
  IpcResult,
  OpenFileRequest,
  OpenFileResult,
  PrintPdfRequest,
  ReminderAction,
  ReminderSchedule,
  SaveFileRequest,
  SaveFileResult,
} from './ipc';

// Menu commands main can send are the registry's ids (the same the shortcuts and the palette use).
export { APP_COMMANDS, type AppCommand } from './commands';
import type { AppCommand } from './commands';

/**
 * Everything the renderer may ask of the operating system. In the desktop app the preload fills
 * it (`window.sextant`) over IPC; in web mode a browser implementation of the same type is used.
 */
export interface SextantPlatform {
  readonly kind: 'desktop' | 'web';
  appInfo(): Promise<{ version: string; platform: string }>;
  /** Opens an http(s) link in the system browser; returns false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
  /** Desktop: a native save dialog. Web: a download. */
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Prints the page's print view to PDF. Desktop: Chromium lays it out (printToPDF) into a file
   * chosen in a save dialog. Web: the browser's print dialog, where "Save as PDF" is a destination
   * (the result says nothing was saved by the app).
   */
  printToPdf(req: PrintPdfRequest): Promise<SaveFileResult>;
  /** Desktop: a native open dialog. Web: a file picker. */
  openFile(req: OpenFileRequest): Promise<OpenFileResult>;
  /** Automatic backups (desktop only; null in web mode). */
  backups: null | {
    write(json: string, reason: 'daily' | 'quit' | 'before-restore'): Promise<BackupInfo>;
    list(): Promise<BackupInfo[]>;
    read(name: string): Promise<string>;
    /** Deletes every automatic backup; resolves to how many files were removed. */
    deleteAll(): Promise<{ removed: number }>;
  };
  /**
   * After Delete all data: has the storage files of the app's origin removed (a deleted database's
   * text can stay in the storage engine's files until it compacts them). True when it was done.
   */
  eraseStoredFiles(): Promise<boolean>;
  /**
   * Desktop reminders: main shows the notifications, sets the badge and keeps the tray; null in
   * web mode (the renderer notifies through the browser while the tab is open).
   */
  reminders: null | {
    schedule(schedule: ReminderSchedule): Promise<void>;
    setKeepRunning(enabled: boolean): Promise<void>;
    /** A notification was clicked: open this in-app route. */
    onOpen(listener: (route: string) => void): () => void;
    /** A notification button was pressed. */
    onAction(listener: (action: ReminderAction) => void): () => void;
  };
  /**
   * The operating system's key store (Electron safeStorage: Keychain, DPAPI, libsecret), for
   * "unlock with this computer's account". Null in web mode.
   */
  keyStore: null | {
    /** Whether the OS can protect a key here; a reason when it cannot. */
    status(): Promise<{ available: boolean; reason?: string }>;
    /** Encrypts bytes with the OS key store. */
    protect(data: IpcArg<'keystore:protect'>): Promise<IpcResult<'keystore:protect'>>;
    /** Decrypts what `protect` returned (fails for another user or computer). */
    unprotect(data: IpcArg<'keystore:unprotect'>): Promise<IpcResult<'keystore:unprotect'>>;
  };
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Desktop: called when the app is about to quit, so the renderer can hand over a last backup. */
  onBeforeQuit(listener: () => Promise<void>): () => void;
}

declare global {
  interface Window {
    sextant?: SextantPlatform;
  }
}
