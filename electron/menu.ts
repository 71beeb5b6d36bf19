import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/platform';

/** What the menu template depends on; `send` delivers a command to the renderer ('menu:command'). */
export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  send(command: AppCommand): void;
}

/**
 * The application menu. Every app item sends an AppCommand id to the renderer, which owns
 * what the command does; editing, zoom and window items are Electron roles.
 */
export function buildMenuTemplate({ appName, platform, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, id: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });
  const settings = command(isMac ? 'Settings…' : 'Settings', 'go-settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            settings,
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
      command('New Reflection', 'new-reflection', 'CmdOrCtrl+N'),
      command('New Conversation', 'new-conversation', 'CmdOrCtrl+Shift+N'),
      command('New Learning Goal', 'new-goal', 'CmdOrCtrl+G'),
      { type: 'separator' },
      // Export lives on the Settings page (there is no dedicated export command yet).
      command('Export…', 'go-settings'),
      command('Lock the Journal', 'lock-journal', 'CmdOrCtrl+Shift+L'),
      ...(isMac
        ? [{ type: 'separator' } as const, { role: 'close' } as const]
        : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, { role: 'quit' } as const]),
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
      command('Home', 'go-home', 'CmdOrCtrl+1'),
      command('Journal', 'go-journal', 'CmdOrCtrl+2'),
      command('People', 'go-people', 'CmdOrCtrl+3'),
      command('Skills', 'go-skills', 'CmdOrCtrl+4'),
      command('Path', 'go-path', 'CmdOrCtrl+5'),
      command('Plan', 'go-plan', 'CmdOrCtrl+6'),
      { type: 'separator' },
      command('Command Palette…', 'command-palette', 'CmdOrCtrl+K'),
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
    // No accelerator: "?" is handled in the renderer, where it must still type into text fields.
    submenu: [command('Keyboard Shortcuts', 'show-shortcuts')],
  };

  return [...appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
