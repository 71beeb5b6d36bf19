/**
 * The one command registry: every app-wide command with its id, its label, the words it is found
 * by, its keyboard shortcut and its place in the desktop menu. The key handler, the shortcuts
 * dialog, the command palette (renderer/app) and the desktop menu (electron/menu.ts) all read
 * this list; what a command does lives in the renderer (renderer/app/commandActions.ts).
 */

/** A keyboard shortcut: keys pressed one after the other ("G then H"), or one key with Ctrl (Cmd on macOS). */
export interface Shortcut {
  /** Keys as KeyboardEvent.key, lower case. */
  sequence: readonly string[];
  /** Ctrl on Windows and Linux, Cmd on macOS; such a shortcut also works while typing in a field. */
  mod?: boolean;
  /** Shift held too (only with mod: Ctrl/Cmd+Shift+L). */
  shift?: boolean;
}

/** Where a command sits in the desktop menu; items of one group are kept together, groups are separated. */
export interface MenuPlacement {
  /** 'settings' is the app menu on macOS and File elsewhere. */
  menu: 'file' | 'view' | 'help' | 'settings';
  group: number;
  /** Menu wording (title case, "…" when a dialog follows). */
  label: string;
  /** An Electron accelerator. */
  accelerator?: string;
}

export interface CommandDefinition {
  id: string;
  /** What the person sees in the palette and the shortcuts list. */
  label: string;
  /** More words the palette finds it by ("export", "pdf", "dark"). */
  keywords?: readonly string[];
  /** Where it goes, for a command that is a navigation. */
  to?: string;
  shortcut?: Shortcut;
  menu?: MenuPlacement;
  /** False for commands that make no sense from the palette (opening the palette itself). */
  inPalette?: boolean;
}

const go = <const I extends string>(
  id: I,
  label: string,
  to: string,
  key: string,
  menuLabel: string,
  accelerator: string,
  keywords: string[] = [],
) =>
  ({
    id,
    label,
    to,
    keywords,
    shortcut: { sequence: ['g', key] },
    menu: { menu: 'view', group: 1, label: menuLabel, accelerator },
  }) as const;

/** A command that opens a new-record form: a one-key shortcut and a place in the File menu's first group. */
const create = <const I extends string>(
  id: I,
  label: string,
  to: string,
  key: string,
  menuLabel: string,
  accelerator: string | undefined,
  keywords: string[],
) =>
  ({
    id,
    label,
    keywords,
    to,
    shortcut: { sequence: [key] },
    menu: { menu: 'file', group: 1, label: menuLabel, ...(accelerator === undefined ? {} : { accelerator }) },
  }) as const;

/** An export command: no shortcut; in the File menu's second group when it has a menu label. */
const exportTo = <const I extends string>(id: I, label: string, keywords: string[], menuLabel?: string) =>
  ({
    id,
    label,
    keywords,
    ...(menuLabel === undefined ? {} : { menu: { menu: 'file', group: 2, label: menuLabel } as const }),
  }) as const;

export const COMMANDS = [
  create('new-reflection', 'New reflection', '/journal/new/reflection', 'n', 'New Reflection', 'CmdOrCtrl+N', [
    'write',
    'journal',
    'entry',
    'add',
  ]),
  create('new-conversation', 'New conversation', '/journal/new/conversation', 'c', 'New Conversation', 'CmdOrCtrl+Shift+N', [
    'log',
    'talk',
    'interview',
    'meeting',
    'add',
  ]),
  create('new-goal', 'New learning goal', '/journal/new/goal', 'l', 'New Learning Goal', 'CmdOrCtrl+G', ['add', 'learn']),
  create('new-check-in', 'Take a skills check-in', '/skills/check-in/new', 'k', 'New Skills Check-in', undefined, [
    'new',
    'rate',
    'skills',
    'assess',
  ]),
  {
    id: 'open-questionnaire',
    label: 'Answer the path questionnaire',
    keywords: ['open', 'internal', 'external', 'fit', 'questions'],
    to: '/path/questionnaire',
  },
  {
    id: 'mark-next-follow-up-done',
    label: 'Mark the next follow-up done',
    keywords: ['complete', 'finish', 'follow up', 'tick'],
  },
  exportTo('export-backup', 'Export a backup', ['save', 'download', 'json', 'copy'], 'Export a Backup…'),
  exportTo('export-plan-pdf', 'Export the career plan as PDF', ['pdf', 'print', 'share', 'save', 'download'], 'Export the Plan as PDF…'),
  exportTo('export-plan-markdown', 'Export the career plan as Markdown', ['md', 'text', 'share', 'save', 'download']),
  exportTo('export-markdown', 'Export entries as Markdown', ['md', 'zip', 'journal', 'save', 'download'], 'Export Entries as Markdown…'),
  exportTo(
    'export-calendar',
    'Export dates to a calendar',
    ['ics', 'follow-ups', 'deadlines', 'save', 'download'],
    'Export Dates to a Calendar…',
  ),
  go('go-home', 'Go to Home', '/', 'h', 'Home', 'CmdOrCtrl+1', ['start', 'dashboard']),
  go('go-journal', 'Go to Journal', '/journal', 'j', 'Journal', 'CmdOrCtrl+2', ['entries', 'timeline']),
  go('go-people', 'Go to People', '/people', 'p', 'People', 'CmdOrCtrl+3', ['contacts', 'mentors']),
  go('go-skills', 'Go to Skills', '/skills', 's', 'Skills', 'CmdOrCtrl+4', ['radar', 'levels']),
  go('go-path', 'Go to Path fit', '/path', 'f', 'Path', 'CmdOrCtrl+5', ['internal', 'external']),
  go('go-plan', 'Go to Plan', '/plan', 'l', 'Plan', 'CmdOrCtrl+6', ['career plan']),
  {
    id: 'go-settings',
    label: 'Go to Settings',
    keywords: ['preferences', 'options', 'profile', 'data'],
    to: '/settings',
    shortcut: { sequence: ['g', ','] },
    menu: { menu: 'settings', group: 1, label: 'Settings', accelerator: 'CmdOrCtrl+,' },
  },
  {
    id: 'theme-system',
    label: 'Theme: follow the system',
    keywords: ['appearance', 'colours', 'colors', 'auto', 'os', 'mode'],
  },
  { id: 'theme-light', label: 'Theme: light', keywords: ['appearance', 'colours', 'colors', 'bright', 'day', 'mode'] },
  { id: 'theme-dark', label: 'Theme: dark', keywords: ['appearance', 'colours', 'colors', 'night', 'mode'] },
  {
    id: 'command-palette',
    label: 'Open the command palette',
    shortcut: { sequence: ['k'], mod: true },
    menu: { menu: 'view', group: 2, label: 'Command Palette…', accelerator: 'CmdOrCtrl+K' },
    inPalette: false,
  },
  {
    id: 'lock-journal',
    label: 'Lock the journal',
    keywords: ['passphrase', 'privacy', 'encryption', 'secure', 'away'],
    to: '/lock',
    shortcut: { sequence: ['l'], mod: true, shift: true },
    menu: { menu: 'file', group: 3, label: 'Lock the Journal', accelerator: 'CmdOrCtrl+Shift+L' },
  },
  {
    id: 'show-shortcuts',
    label: 'Show the keyboard shortcuts',
    keywords: ['keys', 'help', 'keyboard'],
    shortcut: { sequence: ['?'] },
    // No accelerator: "?" is handled in the renderer, where it must still type into text fields.
    menu: { menu: 'help', group: 1, label: 'Keyboard Shortcuts' },
  },
] as const satisfies readonly CommandDefinition[];

/** The id of a command in the registry (the only values the menu may send to the renderer). */
export type AppCommand = (typeof COMMANDS)[number]['id'];

/** Every command id, for validating what arrives over IPC. */
export const APP_COMMANDS: readonly AppCommand[] = COMMANDS.map((c) => c.id);

/** Keys handled outside the registry's commands (dialogs, forms), listed in the shortcuts dialog. */
export const OTHER_SHORTCUTS: readonly { label: string; shortcut: Shortcut }[] = [
  { label: 'Close a dialog or the command palette', shortcut: { sequence: ['escape'] } },
  { label: 'Save the open form', shortcut: { sequence: ['enter'], mod: true } },
  { label: 'Move through a list or the palette’s results', shortcut: { sequence: ['arrowup/arrowdown'] } },
];

const KEY_NAMES: Record<string, string> = { escape: 'Esc', enter: 'Enter', 'arrowup/arrowdown': '↑ / ↓', ',': ',' };

/** A shortcut as people read it: "G then H", "Ctrl/Cmd + K", "Esc". */
export function shortcutLabel(shortcut: Shortcut): string {
  const keys = shortcut.sequence.map((k) => KEY_NAMES[k] ?? k.toUpperCase()).join(' then ');
  if (!shortcut.mod) return keys;
  return shortcut.shift ? `Ctrl/Cmd + Shift + ${keys}` : `Ctrl/Cmd + ${keys}`;
}

/** Looks a command up by id. */
export function commandById(id: AppCommand): CommandDefinition {
  return COMMANDS.find((c) => c.id === id)!;
}

/** A key press as the key handler sees it. */
export interface KeyPress {
  key: string;
  /** Ctrl or Cmd held (Alt presses never reach here). */
  mod: boolean;
  /** Shift held with Ctrl/Cmd (without Ctrl/Cmd, Shift is part of the key, as in "?"). */
  shift?: boolean;
}

/**
 * The command a key press triggers, given the key pressed just before it (for "G then X"
 * sequences), or null. Without Ctrl/Cmd, Shift is part of the key ("?"), so it is not checked;
 * with Ctrl/Cmd it must match the shortcut's (Ctrl/Cmd+Shift+L is not Ctrl/Cmd+L).
 */
export function commandForKeys(press: KeyPress, previous: string | null): AppCommand | null {
  const key = press.key.toLowerCase();
  const prev = previous?.toLowerCase() ?? null;
  const all = COMMANDS as readonly CommandDefinition[];
  const found =
    (prev !== null &&
      !press.mod &&
      all.find((c) => c.shortcut?.sequence.length === 2 && c.shortcut.sequence[0] === prev && c.shortcut.sequence[1] === key)) ||
    all.find(
      (c) =>
        c.shortcut?.sequence.length === 1 &&
        c.shortcut.sequence[0] === key &&
        !!c.shortcut.mod === press.mod &&
        (!press.mod || !!c.shortcut.shift === !!press.shift),
    );
  return (found?.id as AppCommand | undefined) ?? null;
}

/** Lower-case words, split at spaces and punctuation ("check-in" is "check" and "in"). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The palette's commands matching a query: every typed word must start a word of the label or
 * of a keyword (case-insensitive, any order), so "export pdf" and "dark" each find their
 * command. Commands whose label starts with the query come first; an empty query lists all.
 */
export function searchCommands(query: string): CommandDefinition[] {
  const words = wordsOf(query);
  const q = query.trim().toLowerCase();
  const vocabulary = (c: CommandDefinition) => wordsOf([c.label, ...(c.keywords ?? [])].join(' '));
  return (COMMANDS as readonly CommandDefinition[])
    .filter((c) => c.inPalette !== false)
    .map((c, i) => ({ c, i, vocab: vocabulary(c) }))
    .filter(({ vocab }) => words.every((w) => vocab.some((v) => v.startsWith(w))))
    .map(({ c, i }) => ({ c, i, starts: q !== '' && c.label.toLowerCase().startsWith(q) }))
    .sort((a, b) => Number(b.starts) - Number(a.starts) || a.i - b.i)
    .map(({ c }) => c);
}
