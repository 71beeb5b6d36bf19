/**
 * The pace of the search worker's reads while the page starts on the Search screen (issue 12).
 * On a two-core machine, a first build that indexes chunk after chunk at full speed takes a core
 * the page needs for its first render, its first results and their layout: traced at 10,000
 * entries, the page's first-result render took about twice as long beside it as beside a worker
 * that had stopped after its first chunk. So, until the page says it has shown what it came for
 * (`release`), or `maxMs` after the worker began, a read pauses between chunks, unless a search
 * is waiting for rows not read yet (`needed`): then it reads on, chunk by chunk, until it is answered.
 */
export class StartPace {
  private released = false;
  private wake: (() => void) | null = null;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(maxMs: number) {
    this.timer = setTimeout(() => this.release(), maxMs);
  }

  /** The page has shown its first answer (or never will): reads go on at full speed for good. */
  release(): void {
    this.released = true;
    clearTimeout(this.timer);
    this.nudge();
  }

  /** A search now waits for rows not read yet: a paused read goes on (and may pause again after the next chunk). */
  nudge(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Between two chunks: nothing to wait for (released, or `needed()`), or a promise that resolves once the read may go on. */
  between(needed: () => boolean): Promise<void> | undefined {
    if (this.released || needed()) return undefined;
    return new Promise((resolve) => {
      const before = this.wake;
      this.wake = () => {
        before?.();
        resolve();
      };
    });
  }
}
