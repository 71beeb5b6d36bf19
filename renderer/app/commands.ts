import type { AppCommand } from '../../shared/platform';

export interface CommandDefinition {
  id: AppCommand;
  label: string;
  /** Shown in the shortcuts list, e.g. "N" or "G then J". */
  keys: string;
  /** Where the command goes (every command here is a navigation; /lock locks the journal). */
  to: string;
}

/**
 * Every app-wide command, with its keyboard shortcut. The single list behind the keyboard
 * handler, the shortcuts dialog, the desktop menu's commands and the command palette.
 * Single keys work when focus is not in a text field; "G then X" sequences navigate.
 */
export const COMMANDS: readonly CommandDefinition[] = [
  { id: 'new-reflection', label: 'New reflection', keys: 'N', to: '/journal/new/reflection' },
  { id: 'new-conversation', label: 'New conversation', keys: 'C', to: '/journal/new/conversation' },
  { id: 'new-goal', label: 'New learning goal', keys: 'L', to: '/journal/new/goal' },
  { id: 'new-check-in', label: 'New skills check-in', keys: 'K', to: '/skills/check-in/new' },
  { id: 'go-home', label: 'Go to Home', keys: 'G then H', to: '/' },
  { id: 'go-journal', label: 'Go to Journal', keys: 'G then J', to: '/journal' },
  { id: 'go-people', label: 'Go to People', keys: 'G then P', to: '/people' },
  { id: 'go-skills', label: 'Go to Skills', keys: 'G then S', to: '/skills' },
  { id: 'go-path', label: 'Go to Path fit', keys: 'G then F', to: '/path' },
  { id: 'go-plan', label: 'Go to Plan', keys: 'G then L', to: '/plan' },
  { id: 'go-settings', label: 'Go to Settings', keys: 'G then ,', to: '/settings' },
  { id: 'lock-journal', label: 'Lock the journal', keys: 'Ctrl+Shift+L', to: '/lock' },
];

/** Resolves a key press (with the previous key, for "G then X") to a command id. */
export function commandForKeys(key: string, previous: string | null): AppCommand | 'show-shortcuts' | null {
  if (key === '?') return 'show-shortcuts';
  const lower = key.toLowerCase();
  if (previous?.toLowerCase() === 'g') {
    const seq = COMMANDS.find((c) => c.keys.toLowerCase() === `g then ${lower}`);
    return seq?.id ?? null;
  }
  const single = COMMANDS.find((c) => c.keys.toLowerCase() === lower);
  return single?.id ?? null;
}
