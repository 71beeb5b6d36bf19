import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, type AppCommand, type CommandDefinition, type MenuPlacement } from '../shared/commands';

/** What the menu template depends on; `send` delivers a command to the renderer ('menu:command'). */
export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  send: (command: AppCommand) => void;
}

/**
 * The application menu. Its app items come from the command registry (shared/commands.ts): each
 * sends its command id to the renderer, which owns what the command does; editing, zoom and
 * window items are Electron roles.
 */
export function buildMenuTemplate({ appName, platform, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  /** The registry's items for one menu, in registry order, with a separator between groups. */
  const commandItems = (menu: MenuPlacement['menu']): MenuItemConstructorOptions[] => {
    const placed = (COMMANDS as readonly CommandDefinition[]).filter((c) => c.menu?.menu === menu);
    const groups = [...new Set(placed.map((c) => c.menu!.group))].sort((a, b) => a - b);
    return groups.flatMap((g, i) => [
      ...(i > 0 ? [{ type: 'separator' } as const] : []),
      ...placed.filter((c) => c.menu!.group === g).map(commandItem),
    ]);
  };
  const commandItem = (c: CommandDefinition): MenuItemConstructorOptions => ({
    label: c.menu!.menu === 'settings' && isMac ? `${c.menu!.label}…` : c.menu!.label,
    ...(c.menu!.accelerator ? { accelerator: c.menu!.accelerator } : {}),
    click: () => send(c.id as AppCommand),
  });
  const settings = commandItems('settings');

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            ...settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      ...commandItems('file'),
      ...(isMac
        ? [{ type: 'separator' } as const, { role: 'close' } as const]
        : [{ type: 'separator' } as const, ...settings, { type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...commandItems('view'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developer,
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: commandItems('help'),
  };

  return [...appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
