/**
 * Reading a backup file without holding up the page: parsing and checking run in a Web Worker
 * (renderer/data/backupFile.worker.ts) with progress, and the checked records come back in
 * chunks. Where workers are missing (unit tests) the same steps run in the page.
 */
import { type Backup, type BackupData, TABLE_NAMES } from '../../shared/backup/format';
import type { ReadProgress } from '../../shared/backup/read';
import { InputError } from '../../shared/errors';
import { readInWorker, type FromBackupReader } from './backupFileProtocol';

export type { ReadProgress };

/** Reads and checks a backup file's bytes (or text); `onProgress` hears each step. Throws InputError for a file that can't be restored. */
export function readBackup(input: Uint8Array | string, onProgress: (p: ReadProgress) => void = () => {}): Promise<Backup> {
  return new Promise((resolve, reject) => {
    let envelope: Omit<Backup, 'data'> | null = null;
    const data = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as unknown[]])) as Record<string, unknown[]>;
    let stop = () => {};
    const handle = (msg: FromBackupReader) => {
      switch (msg.type) {
        case 'progress':
          return onProgress(msg.progress);
        case 'envelope':
          envelope = msg.envelope;
          return;
        case 'rows': {
          const into = data[msg.table]!;
          for (const row of msg.rows) into.push(row);
          return;
        }
        case 'done':
          stop();
          return resolve({ ...envelope!, data: data as BackupData });
        case 'error':
          stop();
          return reject(new InputError(msg.summary, msg.problems));
        case 'failed':
          stop();
          return reject(new Error(`The backup could not be read: ${msg.message}`));
      }
    };
    if (typeof Worker === 'function') {
      const worker = new Worker(new URL('./backupFile.worker.ts', import.meta.url), { type: 'module', name: 'sextant-backup-reader' });
      stop = () => worker.terminate();
      worker.onmessage = (e: MessageEvent<FromBackupReader>) => handle(e.data);
      worker.onerror = (e) => {
        stop();
        reject(new Error(`The backup could not be read: ${e.message || 'the reading worker stopped'}`));
      };
      // The file's bytes move to the worker (no copy); the page has no more use for them.
      if (input instanceof Uint8Array && input.byteOffset === 0 && input.byteLength === input.buffer.byteLength)
        worker.postMessage({ input }, [input.buffer]);
      else worker.postMessage({ input });
      return;
    }
    // No workers: the same steps here, after the caller has had a chance to show that reading started.
    setTimeout(() => readInWorker(input, handle), 0);
  });
}
