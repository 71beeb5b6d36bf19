/**
 * The reminder clock: one timer for any number of reminders. It shows what is due (grouped when
 * more than one is due at once, e.g. reminders missed while the computer slept or the app was
 * closed), records what it showed so nothing is shown twice, and sets its one timer for the
 * next reminder. Everything it touches is injected, so it runs under a fake clock in tests and
 * in both the Electron main process and the browser.
 */
import type { ReminderNotice } from './notices';

/** What the runner shows: one reminder, or several due together. */
export type ReminderAlert = { kind: 'single'; notice: ReminderNotice } | { kind: 'group'; notices: ReminderNotice[] };

export interface ReminderRunnerDeps {
  /** Epoch milliseconds. */
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /**
   * Records these ids as shown and returns the ones that had not been shown before (by this or
   * any other window, in this run or an earlier one). Only those are shown.
   */
  claim(ids: readonly string[]): Promise<readonly string[]> | readonly string[];
  show(alert: ReminderAlert): void;
  /** Reports a failure of claim/show (the runner keeps going). */
  onError?(error: unknown): void;
}

/**
 * The longest the timer sleeps before looking again. A timer set before the computer sleeps
 * can fire late by the time it slept; waking every few minutes bounds that, and a resume event
 * can call check() at once.
 */
export const MAX_TIMER_MS = 5 * 60_000;

export interface ReminderRunner {
  /** Replaces the schedule (what is no longer in it is cancelled) and checks at once. */
  update(notices: readonly ReminderNotice[]): Promise<void>;
  /** Shows what is due now and sets the timer for the next one (call on wake from sleep). */
  check(): Promise<void>;
  /** Cancels the timer. */
  stop(): void;
  /** When the timer will fire next (epoch ms), or null when nothing is scheduled. */
  readonly nextWake: number | null;
}

/** How several due reminders read as one notification. */
export function groupText(notices: readonly ReminderNotice[]): { title: string; body: string } {
  const shown = notices.slice(0, 3).map((n) => n.title);
  const more = notices.length - shown.length;
  const body = more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
  return { title: `${notices.length} reminders are due`, body };
}

/** Creates the runner; call update() with the first schedule. */
export function createReminderRunner(deps: ReminderRunnerDeps): ReminderRunner {
  let notices: readonly ReminderNotice[] = [];
  let timer: unknown = null;
  let nextWake: number | null = null;
  // Checks run one after another: a timer firing during an update must not claim twice.
  let queue: Promise<void> = Promise.resolve();

  const arm = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    nextWake = null;
    const now = deps.now();
    let next = Infinity;
    for (const n of notices) if (n.at > now && n.at < next) next = n.at;
    if (next === Infinity) return;
    const delay = Math.min(next - now, MAX_TIMER_MS);
    nextWake = now + delay;
    timer = deps.setTimer(() => void check(), delay);
  };

  const runCheck = async () => {
    const now = deps.now();
    const due = notices.filter((n) => n.at <= now);
    if (due.length) {
      try {
        const fresh = new Set(await deps.claim(due.map((n) => n.id)));
        const toShow = due.filter((n) => fresh.has(n.id));
        if (toShow.length === 1) deps.show({ kind: 'single', notice: toShow[0]! });
        else if (toShow.length > 1) deps.show({ kind: 'group', notices: toShow });
        // Handled (shown now, or before): later checks need not claim them again.
        notices = notices.filter((n) => n.at > now);
      } catch (e) {
        deps.onError?.(e);
      }
    }
    arm();
  };

  const check = () => {
    queue = queue.then(runCheck);
    return queue;
  };

  return {
    update(next) {
      notices = next.slice();
      return check();
    },
    check,
    stop() {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
      nextWake = null;
    },
    get nextWake() {
      return nextWake;
    },
  };
}
