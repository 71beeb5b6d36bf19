// The search worker: builds the journal's index and answers searches off the page's main thread.
// The page saves the index it returns (a snapshot) in the database, through the same encryption as every other table.
import { SearchWorkerState, type ToSearchWorker } from './searchWorkerProtocol';

// Typed by hand: the renderer is compiled with the DOM library, whose `self` is a Window.
const scope = self as unknown as { onmessage: (e: MessageEvent<ToSearchWorker>) => void; postMessage(message: unknown): void };
const state = new SearchWorkerState();
scope.onmessage = (e) => scope.postMessage(state.handle(e.data));
