// The search worker: builds the journal's index and answers searches off the page's main thread.
// The page saves the index it returns (a snapshot) in the database, through the same encryption as every other table.
// In a plain journal it reads the saved index and the records to check it against itself (searchWorkerReads.ts).
import type { ToSearchWorker } from './searchWorkerProtocol';

// The script's own run is kept short: messages the page posted before it has run are handed over
// only by a task of the page's main thread, once this run is over (and at start that thread is
// busy drawing the first screen). The index's code (the schemas, the engine: most of this file) is
// evaluated in the next task, and the messages that came meanwhile are then answered in order.
performance.mark?.('sextant:search-worker-started');
const early: MessageEvent<ToSearchWorker>[] = [];
self.onmessage = (e: MessageEvent<ToSearchWorker>) => early.push(e);
setTimeout(() => {
  void import('./searchWorkerProtocol').then(({ serveSearchWorker }) => {
    serveSearchWorker(self);
    for (const e of early) self.onmessage!(e);
  });
}, 0);
