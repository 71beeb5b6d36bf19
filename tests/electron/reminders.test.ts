import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundMode, trayMenuTemplate } from '../../electron/background';
import { createReminderNotifier, type NotificationOptions } from '../../electron/reminders';
import { createShownReminders } from '../../electron/shownReminders';
import type { ReminderNotice } from '../../shared/reminders/notices';

class FakeNotification extends EventEmitter {
  show = vi.fn();
  constructor(public options: NotificationOptions) {
    super();
  }
}

const NOW = Date.parse('2026-03-10T09:00:00Z');
const notice = (id: string, kind: ReminderNotice['kind'] = 'follow-up', at = NOW - 1): ReminderNotice => ({
  id,
  kind,
  at,
  title: `Title ${id}`,
  body: `Body ${id}`,
  target: `/journal/${id}`,
});

function setup(platform = 'darwin', shown = new Set<string>()) {
  const made: FakeNotification[] = [];
  const deps = {
    platform,
    isSupported: () => true,
    createNotification: (o: NotificationOptions) => {
      const n = new FakeNotification(o);
      made.push(n);
      return n;
    },
    setBadgeCount: vi.fn(),
    open: vi.fn(),
    act: vi.fn(),
    claim: async (ids: readonly string[]) => {
      const fresh = ids.filter((id) => !shown.has(id));
      fresh.forEach((id) => shown.add(id));
      return fresh;
    },
    now: () => NOW,
    setTimer: vi.fn(() => 1),
    clearTimer: vi.fn(),
  };
  return { notifier: createReminderNotifier(deps), made, deps };
}

describe('main-process reminder notifications', () => {
  it('offers Done and both snoozes on a follow-up (macOS) and sends the pressed one to the renderer', async () => {
    const { notifier, made, deps } = setup('darwin');
    await notifier.schedule({ notices: [notice('a')], badge: 2 });
    expect(deps.setBadgeCount).toHaveBeenCalledWith(2);
    expect(made[0]!.options.actions!.map((a) => a.text)).toEqual(['Done', 'Snooze 1 day', 'Snooze 1 week']);
    made[0]!.emit('action', {}, 2);
    made[0]!.emit('action', {}, 0);
    expect(deps.act.mock.calls).toEqual([[{ id: 'a', action: 'snooze-week' }], [{ id: 'a', action: 'done' }]]);
    expect(notifier.liveCount).toBe(1);
    made[0]!.emit('click');
    expect(deps.open).toHaveBeenCalledWith('/journal/a');
    expect(notifier.liveCount).toBe(0);
  });

  it('offers only snoozes on other kinds, and no buttons where the OS has none (Linux, Windows)', async () => {
    const mac = setup('darwin');
    await mac.notifier.schedule({ notices: [notice('g', 'goal')], badge: 0 });
    expect(mac.made[0]!.options.actions!.map((a) => a.text)).toEqual(['Snooze 1 day', 'Snooze 1 week']);
    const linux = setup('linux');
    await linux.notifier.schedule({ notices: [notice('a')], badge: 0 });
    expect(linux.made[0]!.options).toEqual({ title: 'Title a', body: 'Body a' });
  });

  it('groups reminders missed while the app was closed into one notification that opens Home, and shows them once', async () => {
    const shown = new Set<string>();
    const first = setup('linux', shown);
    await first.notifier.schedule({
      notices: [notice('a', 'follow-up', NOW - 3_600_000), notice('b', 'stay-in-touch', NOW - 60_000)],
      badge: 2,
    });
    expect(first.made).toHaveLength(1);
    expect(first.made[0]!.options).toEqual({ title: '2 reminders are due', body: 'Title a; Title b' });
    first.made[0]!.emit('click');
    expect(first.deps.open).toHaveBeenCalledWith('/');
    // A restart with the same record: nothing again.
    const second = setup('linux', shown);
    await second.notifier.schedule({
      notices: [notice('a', 'follow-up', NOW - 3_600_000), notice('b', 'stay-in-touch', NOW - 60_000)],
      badge: 2,
    });
    expect(second.made).toHaveLength(0);
  });
});

describe('the shown-reminders record on disk', () => {
  it('survives a restart, refuses a damaged file without failing, and forgets very old ids', async () => {
    const files = new Map<string, string>();
    const fs = {
      readFile: async (f: string) => {
        if (!files.has(f)) throw new Error('ENOENT');
        return files.get(f)!;
      },
      writeFile: async (f: string, d: string) => void files.set(f, d),
    };
    let now = NOW;
    const a = createShownReminders('/u/shown.json', fs, () => now);
    expect(await a.claim(['x', 'y'])).toEqual(['x', 'y']);
    expect(await a.claim(['y', 'z'])).toEqual(['z']);
    const b = createShownReminders('/u/shown.json', fs, () => now);
    expect(await b.claim(['x', 'w'])).toEqual(['w']);
    now += 200 * 86_400_000;
    expect(await b.claim(['v'])).toEqual(['v']);
    expect(Object.keys(JSON.parse(files.get('/u/shown.json')!) as object)).toEqual(['v']);
    files.set('/u/broken.json', '{"x": "not a number"');
    expect(await createShownReminders('/u/broken.json', fs, () => now).claim(['x'])).toEqual(['x']);
  });
});

describe('background mode (tray)', () => {
  it('creates the tray only when turned on, hides the window on close until the app quits', () => {
    const tray = Object.assign(new EventEmitter(), { setToolTip: vi.fn(), setContextMenu: vi.fn(), destroy: vi.fn() });
    const deps = { createTray: vi.fn(() => tray), buildMenu: vi.fn((t) => t), showWindow: vi.fn(), quit: vi.fn() };
    const bg = createBackgroundMode(deps);
    expect(bg.shouldHideOnClose()).toBe(false);
    bg.setEnabled(true);
    expect(deps.createTray).toHaveBeenCalledOnce();
    expect(bg.shouldHideOnClose()).toBe(true);
    bg.setDue(1);
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Sextant: 1 due');
    tray.emit('click');
    expect(deps.showWindow).toHaveBeenCalledOnce();
    bg.markQuitting();
    expect(bg.shouldHideOnClose()).toBe(false);
    bg.setEnabled(false);
    expect(tray.destroy).toHaveBeenCalledOnce();
  });

  it('builds the tray menu', () => {
    const open = vi.fn();
    const quit = vi.fn();
    const menu = trayMenuTemplate(0, { open, quit });
    expect(menu.map((m) => m.label ?? m.type)).toEqual(['Open Sextant', 'Nothing due', 'separator', 'Quit Sextant']);
    (menu[3]!.click as () => void)();
    expect(quit).toHaveBeenCalledOnce();
    expect(trayMenuTemplate(5, { open, quit })[1]!.label).toBe('5 items due');
  });
});
