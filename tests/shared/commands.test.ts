import { describe, expect, it } from 'vitest';
import {
  APP_COMMANDS,
  COMMANDS,
  OTHER_SHORTCUTS,
  commandForKeys,
  searchCommands,
  shortcutLabel,
  type CommandDefinition,
} from '../../shared/commands';

const all = COMMANDS as readonly CommandDefinition[];
const ids = (list: readonly CommandDefinition[]) => list.map((c) => c.id);

describe('command registry', () => {
  it('has unique ids, and APP_COMMANDS lists them in order', () => {
    expect(new Set(ids(all)).size).toBe(all.length);
    expect(APP_COMMANDS).toEqual(ids(all));
  });

  it('gives no two commands the same shortcut or the same menu accelerator', () => {
    const shortcuts = all.filter((c) => c.shortcut).map((c) => shortcutLabel(c.shortcut!));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    const accelerators = all.flatMap((c) => (c.menu?.accelerator ? [c.menu.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('includes the actions the palette must run', () => {
    for (const id of [
      'export-backup',
      'export-plan-pdf',
      'export-markdown',
      'export-calendar',
      'open-questionnaire',
      'new-check-in',
      'mark-next-follow-up-done',
      'theme-dark',
      'theme-light',
      'theme-system',
    ])
      expect(APP_COMMANDS).toContain(id);
  });
});

describe('commandForKeys', () => {
  it.each([
    [{ key: 'n', mod: false }, null, 'new-reflection'],
    [{ key: 'N', mod: false }, null, 'new-reflection'],
    [{ key: 'k', mod: false }, null, 'new-check-in'],
    [{ key: 'k', mod: true }, null, 'command-palette'],
    [{ key: 'K', mod: true }, 'g', 'command-palette'],
    [{ key: '?', mod: false }, null, 'show-shortcuts'],
    [{ key: 'h', mod: false }, 'g', 'go-home'],
    [{ key: ',', mod: false }, 'G', 'go-settings'],
    [{ key: 'l', mod: false }, 'g', 'go-plan'],
    [{ key: 'l', mod: false }, null, 'new-goal'],
    [{ key: 'l', mod: false }, 'x', 'new-goal'],
    [{ key: 'L', mod: true, shift: true }, null, 'lock-journal'],
    [{ key: 'l', mod: true, shift: true }, 'g', 'lock-journal'],
  ] as const)('%j after %j is %s', (press, previous, expected) => {
    expect(commandForKeys(press, previous)).toBe(expected);
  });

  it.each([
    [{ key: 'h', mod: false }, null],
    [{ key: 'n', mod: true }, null],
    [{ key: 'c', mod: true }, null],
    [{ key: 'Enter', mod: true }, null],
    [{ key: 'x', mod: false }, 'g'],
    [{ key: 'l', mod: true }, null],
    [{ key: 'K', mod: true, shift: true }, null],
  ] as const)('%j after %j is nothing', (press, previous) => {
    expect(commandForKeys(press, previous)).toBeNull();
  });
});

describe('shortcutLabel', () => {
  it('reads as people say it', () => {
    expect(shortcutLabel({ sequence: ['g', 'h'] })).toBe('G then H');
    expect(shortcutLabel({ sequence: ['k'], mod: true })).toBe('Ctrl/Cmd + K');
    expect(shortcutLabel({ sequence: ['escape'] })).toBe('Esc');
    expect(shortcutLabel({ sequence: ['enter'], mod: true })).toBe('Ctrl/Cmd + Enter');
    expect(shortcutLabel({ sequence: ['?'] })).toBe('?');
    expect(shortcutLabel({ sequence: ['l'], mod: true, shift: true })).toBe('Ctrl/Cmd + Shift + L');
  });

  it('lists Ctrl/Cmd + K and Esc among the shortcuts', () => {
    const labels = [
      ...all.flatMap((c) => (c.shortcut ? [shortcutLabel(c.shortcut)] : [])),
      ...OTHER_SHORTCUTS.map((s) => shortcutLabel(s.shortcut)),
    ];
    expect(labels).toContain('Ctrl/Cmd + K');
    expect(labels).toContain('Esc');
  });
});

describe('searchCommands (the palette)', () => {
  it('finds every export by "export", in registry order', () => {
    expect(ids(searchCommands('export'))).toEqual([
      'export-backup',
      'export-plan-pdf',
      'export-plan-markdown',
      'export-markdown',
      'export-calendar',
    ]);
  });

  it('finds commands by a keyword that is not in the label', () => {
    expect(ids(searchCommands('pdf'))).toEqual(['export-plan-pdf']);
    expect(ids(searchCommands('dark'))).toEqual(['theme-dark']);
    expect(ids(searchCommands('ics'))).toEqual(['export-calendar']);
  });

  it('needs every word, in any order, each starting a word', () => {
    expect(ids(searchCommands('pdf export'))).toEqual(['export-plan-pdf']);
    expect(ids(searchCommands('theme dark'))).toEqual(['theme-dark']);
    expect(ids(searchCommands('ark'))).toEqual([]);
  });

  it('puts labels that start with the query first', () => {
    // Settings comes last: it matches through its keyword "profile", and its label does not start with the query.
    expect(ids(searchCommands('go to p'))).toEqual(['go-people', 'go-path', 'go-plan', 'go-settings']);
    expect(ids(searchCommands('check-in'))).toEqual(['new-check-in']);
  });

  it('lists every command but the palette itself for an empty query', () => {
    expect(ids(searchCommands(''))).toEqual(ids(all).filter((id) => id !== 'command-palette'));
  });
});
