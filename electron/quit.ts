/** How long main waits for the renderer's last backup before quitting anyway. */
export const QUIT_HANDSHAKE_TIMEOUT_MS = 5_000;

/** What the quit handshake needs from the app; injected so it runs under fake timers. */
export interface QuitHandshakeDeps {
  /** True when a window is alive that could still write a last backup. */
  hasLiveWindow(): boolean;
  /** Asks the renderer for its last backup (sends 'app:before-quit'). */
  requestLastBackup(): void;
  /** Quits for real (app.quit()); the next quit attempt passes the gate. */
  quit(): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  timeoutMs?: number;
}

/** The quit handshake: hold the first quit until the renderer says its backup is done or 5 s pass. */
export interface QuitHandshake {
  /** Call from 'before-quit' (and a window's 'close' where closing quits); prevents it while the handshake runs. */
  onQuitAttempt(event: { preventDefault(): void }): void;
  /** Call when the renderer signals 'app:quit-ready'. */
  onRendererReady(): void;
  readonly state: 'idle' | 'waiting' | 'done';
}

/** Creates the quit handshake state machine (idle → waiting → done). */
export function createQuitHandshake(deps: QuitHandshakeDeps): QuitHandshake {
  let state: QuitHandshake['state'] = 'idle';
  let timer: unknown = null;

  const finish = () => {
    if (state !== 'waiting') return;
    state = 'done';
    deps.clearTimeout(timer);
    timer = null;
    deps.quit();
  };

  return {
    get state() {
      return state;
    },
    onQuitAttempt(event) {
      if (state === 'done') return;
      if (state === 'waiting') {
        event.preventDefault();
        return;
      }
      if (!deps.hasLiveWindow()) {
        state = 'done';
        return;
      }
      event.preventDefault();
      state = 'waiting';
      timer = deps.setTimeout(finish, deps.timeoutMs ?? QUIT_HANDSHAKE_TIMEOUT_MS);
      deps.requestLastBackup();
    },
    onRendererReady: finish,
  };
}
