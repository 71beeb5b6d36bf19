import { searchCommands, shortcutLabel, type AppCommand } from '../../../shared/commands';

/** One row of the palette: a command to run or a place to go. */
export interface PaletteItem {
  id: string;
  group: string;
  label: string;
  /** A second, quieter label: the shortcut, or the kind of result. */
  detail?: string;
  /** What running it does: run a registry command, or go somewhere. */
  run: { command: AppCommand } | { to: string };
  /** Words to highlight in the label (search results). */
  terms?: string[];
}

/** The registry's commands matching the query (see searchCommands), as palette rows. */
export function paletteCommands(query: string): PaletteItem[] {
  return searchCommands(query).map((c) => ({
    id: `command-${c.id}`,
    group: 'Commands',
    label: c.label,
    ...(c.shortcut ? { detail: shortcutLabel(c.shortcut) } : {}),
    run: { command: c.id as AppCommand },
  }));
}
