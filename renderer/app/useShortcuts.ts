import { useLayoutEffect, useRef } from 'react';
import { commandForKeys, type AppCommand } from '../../shared/commands';

/** True when typing in this element should not trigger single-key shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * The one keyboard handler for the registry's shortcuts (shared/commands.ts). Ctrl/Cmd shortcuts
 * (Ctrl/Cmd+K, Ctrl/Cmd+Shift+L) work everywhere, even in a text field or an open dialog; single keys and
 * "G then X" sequences only outside text fields and dialogs.
 */
export function useShortcuts(run: (command: AppCommand) => void): void {
  const previous = useRef<{ key: string; at: number } | null>(null);
  // A layout effect, attached in the same task that first puts the shell on screen: a passive
  // effect runs a task later, and a Ctrl+K pressed in between (as soon as the window shows) was lost.
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod) {
        const command = commandForKeys({ key: e.key, mod: true, shift: e.shiftKey }, null);
        if (command) {
          e.preventDefault();
          run(command);
        }
        return;
      }
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const prev = previous.current && e.timeStamp - previous.current.at < 1500 ? previous.current.key : null;
      const command = commandForKeys({ key: e.key, mod: false }, prev);
      previous.current = { key: e.key, at: e.timeStamp };
      if (command) {
        e.preventDefault();
        previous.current = null;
        run(command);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}
