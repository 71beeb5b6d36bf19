import { z } from 'zod';
import { REMINDER_KINDS } from './reminders/notices';

/**
 * The one typed contract between the renderer and the Electron main process. Every channel
 * names a zod schema for its argument and for its result: main validates the argument (and the
 * sender) before acting, the preload exposes exactly these calls and nothing generic.
 */

const FileName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'must be a plain file name');

export const SaveFileRequest = z.strictObject({
  suggestedName: FileName,
  /** A label and extensions for the save dialog's filter, e.g. { name: 'PDF', extensions: ['pdf'] }. */
  filter: z.strictObject({
    name: z.string().min(1).max(60),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,8}$/))
      .min(1)
      .max(5),
  }),
  /** The bytes to write (a string is written as UTF-8). */
  data: z.union([z.string().max(200_000_000), z.instanceof(Uint8Array)]),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

export const SaveFileResult = z.strictObject({ saved: z.boolean(), path: z.string().optional() });
export type SaveFileResult = z.infer<typeof SaveFileResult>;

export const OpenFileRequest = z.strictObject({
  filter: SaveFileRequest.shape.filter,
  /** Refuse files larger than this before reading them. */
  maxBytes: z.number().int().positive().max(500_000_000),
});
export type OpenFileRequest = z.infer<typeof OpenFileRequest>;

export const OpenFileResult = z.union([
  z.strictObject({ opened: z.literal(false) }),
  z.strictObject({ opened: z.literal(true), name: z.string(), data: z.instanceof(Uint8Array) }),
]);
export type OpenFileResult = z.infer<typeof OpenFileResult>;

/** Print the page's print view (the career plan) to a PDF file the person chooses. */
export const PrintPdfRequest = z.strictObject({
  suggestedName: FileName.regex(/\.pdf$/, 'must end in .pdf'),
  paper: z.enum(['A4', 'Letter']),
});
export type PrintPdfRequest = z.infer<typeof PrintPdfRequest>;

export const BackupInfo = z.strictObject({ name: FileName, date: z.string(), bytes: z.number().int().nonnegative() });
export type BackupInfo = z.infer<typeof BackupInfo>;

/** An in-app route a notification may open (a hash-router path, nothing else). */
export const AppRoute = z
  .string()
  .max(300)
  .regex(/^\/[A-Za-z0-9/_?=&.-]*$/, 'must be an app route like /journal/<id>');

/** One reminder as main receives it: an id, a time, safe text and where a click leads; nothing more. */
export const ReminderNoticeMessage = z.strictObject({
  id: z.string().min(1).max(300),
  kind: z.enum(REMINDER_KINDS),
  /** Epoch milliseconds. */
  at: z.number().int().nonnegative(),
  title: z.string().max(300),
  body: z.string().max(500),
  target: AppRoute,
});

/** The renderer's whole schedule: what main shows, and the badge count of due items. */
export const ReminderSchedule = z.strictObject({
  notices: z.array(ReminderNoticeMessage).max(500, 'at most 500 reminders at a time'),
  badge: z.number().int().min(0).max(99_999),
});
export type ReminderSchedule = z.infer<typeof ReminderSchedule>;

export const REMINDER_ACTIONS = ['done', 'snooze-day', 'snooze-week'] as const;
/** A notification button pressed (where the OS has them): main tells the renderer what to do with which reminder. */
export const ReminderAction = z.strictObject({ id: z.string().min(1).max(300), action: z.enum(REMINDER_ACTIONS) });
export type ReminderAction = z.infer<typeof ReminderAction>;
/** A key handed to or from the OS key store: a 32-byte data key, or what safeStorage made of it. */
const KeyBytes = z.instanceof(Uint8Array).refine((b) => b.length >= 1 && b.length <= 4_096, 'must be 1 to 4,096 bytes');

export const KeyStoreStatus = z.strictObject({ available: z.boolean(), reason: z.string().max(300).optional() });
export type KeyStoreStatus = z.infer<typeof KeyStoreStatus>;

export const IPC = {
  'app:info': { arg: z.undefined(), result: z.strictObject({ version: z.string(), platform: z.string() }) },
  'shell:open-external': { arg: z.string().max(2_000), result: z.boolean() },
  'file:save': { arg: SaveFileRequest, result: SaveFileResult },
  'file:open': { arg: OpenFileRequest, result: OpenFileResult },
  /** Chromium lays out the calling page for print (webContents.printToPDF) and main writes it where the save dialog says. */
  'file:print-pdf': { arg: PrintPdfRequest, result: SaveFileResult },
  /** Writes an automatic backup (JSON text) into the app's backups folder and applies retention. */
  'backup:write': {
    arg: z.strictObject({ json: z.string().max(200_000_000), reason: z.enum(['daily', 'quit', 'before-restore']) }),
    result: BackupInfo,
  },
  'backup:list': { arg: z.undefined(), result: z.array(BackupInfo) },
  'backup:read': { arg: FileName, result: z.string() },
  /** Deletes every automatic backup (Delete all data, after its second confirmation); returns how many files were removed. */
  'backup:delete-all': { arg: z.undefined(), result: z.strictObject({ removed: z.number().int().nonnegative() }) },
  /** Deletes the journal's stored files (the app's IndexedDB storage) after Delete all data; true when done. */
  'app:erase-storage': { arg: z.undefined(), result: z.boolean() },
  /** Whether Electron safeStorage can protect a key on this computer (and why not). */
  'keystore:status': { arg: z.undefined(), result: KeyStoreStatus },
  /** Encrypts the journal's data key with the OS key store (Keychain, DPAPI, libsecret). */
  'keystore:protect': { arg: KeyBytes, result: z.instanceof(Uint8Array) },
  /** Decrypts what keystore:protect returned. */
  'keystore:unprotect': { arg: KeyBytes, result: z.instanceof(Uint8Array) },
  /** The renderer's answer to 'app:before-quit': its last backup is done (or failed), main may quit now. */
  'app:quit-ready': { arg: z.undefined(), result: z.undefined() },
  /** Replaces the reminders main shows (one timer in main) and the dock/taskbar badge. */
  'reminders:schedule': { arg: ReminderSchedule, result: z.undefined() },
  /** Opt-in: closing the window keeps Sextant running in the tray so reminders still arrive. */
  'reminders:keep-running': { arg: z.boolean(), result: z.undefined() },
} as const;

export type IpcChannel = keyof typeof IPC;
export type IpcArg<C extends IpcChannel> = z.infer<(typeof IPC)[C]['arg']>;
export type IpcResult<C extends IpcChannel> = z.infer<(typeof IPC)[C]['result']>;

/** Channels main sends to the renderer (menu commands, the quit-time backup request, reminder clicks and buttons). */
export const MAIN_EVENTS = ['menu:command', 'app:before-quit', 'reminders:open', 'reminders:action'] as const;
export type MainEvent = (typeof MAIN_EVENTS)[number];
