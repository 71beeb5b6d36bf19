// The search worker: builds the journal's index and answers searches off the page's main thread.
// The page saves the index it returns (a snapshot) in the database, through the same encryption as every other table.
// A plain journal it reads itself (searchWorkerReads.ts); a sealed one the page reads and posts.
import { SearchWorkerState, transferablesOf, type FromSearchWorker, type ToSearchWorker } from './searchWorkerProtocol';

// Typed by hand: the renderer is compiled with the DOM library, whose `self` is a Window.
const scope = self as unknown as {
  onmessage: (e: MessageEvent<ToSearchWorker>) => void;
  postMessage(message: FromSearchWorker, transfer?: Transferable[]): void;
};
const state = new SearchWorkerState();
// A split build's half moves its buffers rather than copying them.
const post = (reply: FromSearchWorker) => scope.postMessage(reply, reply.part ? transferablesOf(reply.part) : []);
scope.onmessage = (e) => {
  const reply = state.handle(e.data, post);
  if (reply instanceof Promise) void reply.then(post);
  else post(reply);
};
