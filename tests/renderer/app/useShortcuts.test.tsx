// @vitest-environment jsdom
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useShortcuts } from '../../../renderer/app/useShortcuts';
import type { AppCommand } from '../../../shared/commands';

function Shell({ run }: { run: (command: AppCommand) => void }) {
  useShortcuts(run);
  return <nav aria-label="Main">Journal</nav>;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useShortcuts', () => {
  it('handles a Ctrl+K pressed as soon as the shell is on screen (the first task after it appears)', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const run = vi.fn();
    // The mutation observer's callback runs right after the task that put the shell into the
    // document: the earliest moment a person (or a test) can see it and press a key.
    const pressed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, cancelable: true }));
        resolve();
      });
      observer.observe(host, { childList: true });
    });
    const root = createRoot(host);
    root.render(<Shell run={run} />);
    await pressed;
    expect(host.textContent).toBe('Journal');
    expect(run.mock.calls).toEqual([['command-palette']]);
    root.unmount();
  });

  it('runs "G then J" outside text fields and ignores single keys typed in one', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const run = vi.fn();
    const root = createRoot(host);
    root.render(<Shell run={run} />);
    await vi.waitFor(() => expect(host.textContent).toBe('Journal'));
    const input = document.body.appendChild(document.createElement('input'));
    const press = (target: EventTarget, key: string) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press(input, 'g');
    press(input, 'j');
    expect(run).not.toHaveBeenCalled();
    press(document.body, 'g');
    press(document.body, 'j');
    expect(run.mock.calls).toEqual([['go-journal']]);
    root.unmount();
  });
});
