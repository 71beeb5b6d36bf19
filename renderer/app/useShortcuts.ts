import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../shared/platform';
import { commandForKeys } from './commands';

/** True when typing in this element should not trigger single-key shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Listens for the app's single-key shortcuts and "G then X" sequences outside text fields. */
export function useShortcuts(run: (command: AppCommand) => void): void {
  const previous = useRef<{ key: string; at: number } | null>(null);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const prev = previous.current && e.timeStamp - previous.current.at < 1500 ? previous.current.key : null;
      const command = commandForKeys(e.key, prev);
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
