// The search worker: builds the journal's index and answers searches off the page's main thread.
// The page saves the index it returns (a snapshot) in the database, through the same encryption as every other table.
// In a plain journal it reads the saved index and the records to check it against itself (searchWorkerReads.ts).
import { earlyDatabaseOf } from './searchWorkerName';
import { serveSearchWorker } from './searchWorkerProtocol';

// When the worker's script has run (bench/searchTrace.mjs lists the marks).
performance.mark?.('sextant:search-worker-started');
// The page (or the boot script, on #/search) names the plain journal whose build it may read at once (searchWorkerName.ts).
serveSearchWorker(self, earlyDatabaseOf(self.name));
