import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { buildMenuTemplate } from '../../electron/menu';
import { COMMANDS, type AppCommand } from '../../shared/commands';

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

  it('has the exports in File and Keyboard Shortcuts in Help without stealing the ? key', () => {
    const { items, click, send } = menu();
    const labels = items('File').map((i) => i.label ?? i.type ?? i.role);
    expect(labels).toEqual([
      'New Reflection',
      'New Conversation',
      'New Learning Goal',
      'New Skills Check-in',
      'separator',
      'Export a Backup…',
      'Export the Plan as PDF…',
      'Export Entries as Markdown…',
      'Export Dates to a Calendar…',
      'separator',
      'Lock the Journal',
      'separator',
      'Settings',
      'separator',
      'quit',
    ]);
    for (const label of [
      'Export a Backup…',
      'Export the Plan as PDF…',
      'Export Entries as Markdown…',
      'Export Dates to a Calendar…',
      'Lock the Journal',
    ])
      click(items('File').find((i) => i.label === label)!);
    expect(items('File').find((i) => i.label === 'Lock the Journal')!.accelerator).toBe('CmdOrCtrl+Shift+L');
    const shortcuts = items('Help').find((i) => i.label === 'Keyboard Shortcuts')!;
    click(shortcuts);
    expect(send.mock.calls).toEqual([
      ['export-backup'],
      ['export-plan-pdf'],
      ['export-markdown'],
      ['export-calendar'],
      ['lock-journal'],
      ['show-shortcuts'],
    ]);
    expect(shortcuts.accelerator).toBeUndefined();
  });

  it('puts every command the registry places in a menu into that menu, once', () => {
    const sent = new Map<AppCommand, number>();
    const template = buildMenuTemplate({
      appName: 'Sextant',
      platform: 'darwin',
      isPackaged: true,
      send: (c) => sent.set(c, (sent.get(c) ?? 0) + 1),
    });
    const clickAll = (list: MenuItemConstructorOptions[]): void => {
      for (const item of list) {
        if (Array.isArray(item.submenu)) clickAll(item.submenu);
        else (item.click as (() => void) | undefined)?.();
      }
    };
    clickAll(template);
    const placed = COMMANDS.filter((c) => 'menu' in c).map((c) => c.id);
    expect([...sent.keys()].sort()).toEqual([...placed].sort());
    expect([...sent.values()].every((n) => n === 1)).toBe(true);
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
