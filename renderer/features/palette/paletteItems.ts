import type { CommandDefinition } from '../../app/commands';

/** One row of the palette: a command or a place to go. */
export interface PaletteItem {
  id: string;
  group: string;
  label: string;
  /** A second, quieter label: the shortcut, or the kind of result. */
  detail?: string;
  /** Where running it goes. */
  to: string;
  /** Words to highlight in the label (search results). */
  terms?: string[];
}

/**
 * The commands whose label holds every word typed (in any order, case-insensitively), in the
 * list's order; commands whose label starts with the query come first. An empty query lists all.
 */
export function paletteCommands(commands: readonly CommandDefinition[], query: string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const q = query.trim().toLowerCase();
  return commands
    .filter((c) => words.every((w) => c.label.toLowerCase().includes(w)))
    .map((c, i) => ({ c, i, starts: q !== '' && c.label.toLowerCase().startsWith(q) }))
    .sort((a, b) => Number(b.starts) - Number(a.starts) || a.i - b.i)
    .map(({ c }) => ({ id: `command-${c.id}`, group: 'Commands', label: c.label, detail: c.keys, to: c.to }));
}
