/** Starting an import's parse in its worker, with progress and cancel. */
import type { ImportProgress } from '../../../shared/import/progress';
import { failureToError, readImportFile, type FromImportWorker, type ImportKind, type ImportParsed } from './importWorkerProtocol';

/** A parse under way: its result (rejected with ImportCancelled after cancel) and how to stop it. */
export interface RunningParse {
  result: Promise<ImportParsed>;
  cancel: () => void;
}

/** The rejection of a cancelled parse. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Parses a chosen file in a Web Worker (in the page where there are none), reporting progress; cancel stops the worker at once. */
export function parseOffThread(kind: ImportKind, data: Uint8Array, onProgress: (p: ImportProgress) => void): RunningParse {
  let cancel = () => {};
  const result = new Promise<ImportParsed>((resolve, reject) => {
    let settled = false;
    const onReply = (reply: FromImportWorker) => {
      if (settled) return;
      if (reply.type === 'progress') return onProgress(reply.progress);
      settled = true;
      stop();
      if (reply.type === 'done') resolve(reply.parsed);
      else reject(failureToError(reply.failure));
    };
    let stop = () => {};
    cancel = () => {
      if (settled) return;
      settled = true;
      stop();
      reject(new ImportCancelled());
    };
    if (typeof Worker === 'function') {
      const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'sextant-import' });
      stop = () => worker.terminate();
      worker.onmessage = (e: MessageEvent<FromImportWorker>) => onReply(e.data);
      worker.onerror = (e) => onReply({ type: 'failed', failure: { message: e.message || 'the import stopped unexpectedly' } });
      worker.postMessage({ kind, data }, [data.buffer]);
    } else {
      setTimeout(() => readImportFile({ kind, data }, onReply), 0);
    }
  });
  return { result, cancel: () => cancel() };
}
