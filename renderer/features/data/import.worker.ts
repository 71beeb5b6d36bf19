// The import worker: parses and checks one chosen file off the page's main thread, so the window
// stays responsive while 50,000 rows are read. A thin shell around readImportFile.
import { readImportFile, type FromImportWorker, type ToImportWorker } from './importWorkerProtocol';

// Typed by hand: the renderer is compiled with the DOM library, whose `self` is a Window.
const scope = self as unknown as { onmessage: (e: MessageEvent<ToImportWorker>) => void; postMessage(message: FromImportWorker): void };
scope.onmessage = (e) => readImportFile(e.data, (reply) => scope.postMessage(reply));
