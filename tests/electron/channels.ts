/**
 * Every IPC channel of the contract, sorted, written out by hand: the main process must register
 * exactly these (tests/electron/ipc.test.ts and main.test.ts compare against it).
 */
export const ALL_IPC_CHANNELS = [
  'app:erase-storage',
  'app:info',
  'app:quit-ready',
  'backup:delete-all',
  'backup:list',
  'backup:read',
  'backup:write',
  'file:open',
  'file:print-pdf',
  'file:save',
  'keystore:protect',
  'keystore:status',
  'keystore:unprotect',
  'reminders:keep-running',
  'reminders:schedule',
  'shell:open-external',
];
