import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { buildMenuTemplate } from '../../electron/menu';
import type { AppCommand } from '../../shared/platform';

function menu(platform: NodeJS.Platform = 'linux', isPackaged = true) {
  const send = vi.fn<(c: AppCommand) => void>();
  const template = buildMenuTemplate({ appName: 'Sextant', platform, isPackaged, send });
  const top = (label: string) => template.find((m) => m.label === label || m.role === label.toLowerCase())!;
  const items = (label: string) => top(label).submenu as MenuItemConstructorOptions[];
  const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
  return { template, send, items, click };
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    expect(menu().template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('adds the app menu first on macOS', () => {
    expect(menu('darwin').template.map((m) => m.label ?? m.role)).toEqual(['Sextant', 'File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('sends the command of each item, with its accelerator', () => {
    const { items, click, send } = menu();
    const expected: Array<[string, string, string, AppCommand]> = [
      ['File', 'New Reflection', 'CmdOrCtrl+N', 'new-reflection'],
      ['File', 'New Conversation', 'CmdOrCtrl+Shift+N', 'new-conversation'],
      ['File', 'New Learning Goal', 'CmdOrCtrl+G', 'new-goal'],
      ['File', 'Settings', 'CmdOrCtrl+,', 'go-settings'],
      ['View', 'Home', 'CmdOrCtrl+1', 'go-home'],
      ['View', 'Journal', 'CmdOrCtrl+2', 'go-journal'],
      ['View', 'People', 'CmdOrCtrl+3', 'go-people'],
      ['View', 'Skills', 'CmdOrCtrl+4', 'go-skills'],
      ['View', 'Path', 'CmdOrCtrl+5', 'go-path'],
      ['View', 'Plan', 'CmdOrCtrl+6', 'go-plan'],
      ['View', 'Command Palette…', 'CmdOrCtrl+K', 'command-palette'],
    ];
    for (const [menuLabel, label, accelerator, command] of expected) {
      const item = items(menuLabel).find((i) => i.label === label)!;
      expect(item.accelerator, label).toBe(accelerator);
      send.mockClear();
      click(item);
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('has Export… in File and Keyboard Shortcuts in Help without stealing the ? key', () => {
    const { items, click, send } = menu();
    click(items('File').find((i) => i.label === 'Export…')!);
    const shortcuts = items('Help').find((i) => i.label === 'Keyboard Shortcuts')!;
    click(shortcuts);
    expect(send.mock.calls).toEqual([['go-settings'], ['show-shortcuts']]);
    expect(shortcuts.accelerator).toBeUndefined();
  });

  it('ends File with Quit (or Close on macOS, where Quit lives in the app menu)', () => {
    expect(menu().items('File').at(-1)).toEqual({ role: 'quit' });
    expect(menu('darwin').items('File').at(-1)).toEqual({ role: 'close' });
    expect(menu('darwin').items('Sextant').at(-1)).toEqual({ role: 'quit' });
  });

  it('uses roles for editing and zoom', () => {
    const { items } = menu();
    expect(
      items('Edit')
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
    expect(items('View').map((i) => i.role)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (packaged: boolean) =>
      menu('linux', packaged)
        .items('View')
        .map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });
});
