// The backup-reading worker: parses and checks a backup file off the page's main thread.
import { readInWorker, type ToBackupReader } from './backupFileProtocol';

// Typed by hand: the renderer is compiled with the DOM library, whose `self` is a Window.
const scope = self as unknown as { onmessage: (e: MessageEvent<ToBackupReader>) => void; postMessage(message: unknown): void };
scope.onmessage = (e) => readInWorker(e.data.input, (msg) => scope.postMessage(msg));
