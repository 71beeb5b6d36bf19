import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { createQuitHandshake } from '../../electron/quit';

function setup(hasLiveWindow = true) {
  const requestLastBackup = vi.fn();
  const quit = vi.fn();
  const handshake = createQuitHandshake({
    hasLiveWindow: () => hasLiveWindow,
    requestLastBackup,
    quit,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  const attempt = () => {
    const event = { preventDefault: vi.fn() };
    handshake.onQuitAttempt(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { handshake, requestLastBackup, quit, attempt };
}

describe('quit handshake', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the first quit and asks the renderer for its last backup', () => {
    const { handshake, requestLastBackup, quit, attempt } = setup();
    expect(attempt()).toBe(true);
    expect(requestLastBackup).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();
    expect(handshake.state).toBe('waiting');
  });

  it('quits as soon as the renderer says it is done, and lets that quit through', () => {
    const { handshake, quit, attempt } = setup();
    attempt();
    vi.advanceTimersByTime(1_200);
    handshake.onRendererReady();
    expect(quit).toHaveBeenCalledOnce();
    expect(handshake.state).toBe('done');
    expect(attempt()).toBe(false);
    // The timer was cleared: nothing is left to fire later.
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('quits after 5 s when the renderer never answers', () => {
    const { quit, attempt } = setup();
    attempt();
    vi.advanceTimersByTime(4_999);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledOnce();
    expect(attempt()).toBe(false);
  });

  it('keeps holding repeated quit attempts while waiting, without asking twice', () => {
    const { requestLastBackup, quit, attempt } = setup();
    attempt();
    expect(attempt()).toBe(true);
    expect(attempt()).toBe(true);
    expect(requestLastBackup).toHaveBeenCalledOnce();
    expect(quit).not.toHaveBeenCalled();
  });

  it('ignores a done signal that arrives when no quit is pending, or after the timeout', () => {
    const { handshake, quit, attempt } = setup();
    handshake.onRendererReady();
    expect(quit).not.toHaveBeenCalled();
    expect(handshake.state).toBe('idle');
    attempt();
    vi.advanceTimersByTime(5_000);
    handshake.onRendererReady();
    expect(quit).toHaveBeenCalledOnce();
  });

  it('does not hold the quit when no window is alive to answer', () => {
    const { requestLastBackup, quit, attempt } = setup(false);
    expect(attempt()).toBe(false);
    expect(requestLastBackup).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });
});
