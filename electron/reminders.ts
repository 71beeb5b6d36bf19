/**
 * Desktop reminders in the main process: the renderer sends the schedule (ids, times, safe
 * text), main keeps ONE timer (the shared runner), shows Electron notifications, records what
 * it showed on disk, sets the badge, and turns clicks and buttons into messages for the renderer.
 * Electron's calls are injected, so this runs under a fake clock and a mocked Notification.
 */
import type { ReminderAction, ReminderSchedule } from '../shared/ipc';
import type { ReminderNotice } from '../shared/reminders/notices';
import { createReminderRunner, groupText, type ReminderAlert } from '../shared/reminders/runner';

/** The options main passes to `new Notification(...)`. */
export interface NotificationOptions {
  title: string;
  body: string;
  actions?: { type: 'button'; text: string }[];
}

/** The part of Electron's Notification this uses. */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'action', listener: (event: unknown, index: number) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  show(): void;
}

export interface ReminderNotifierDeps {
  /** process.platform: notification buttons exist only on macOS. */
  platform: string;
  isSupported(): boolean;
  createNotification(options: NotificationOptions): NotificationLike;
  setBadgeCount(count: number): void;
  /** Show the window (creating it if needed) and open this in-app route. */
  open(route: string): void;
  /** Tell the renderer a button was pressed. */
  act(action: ReminderAction): void;
  claim(ids: readonly string[]): Promise<readonly string[]>;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  onError?(error: unknown): void;
}

/** The buttons of a notification (macOS): a follow-up can be marked done, anything can be snoozed. */
export function reminderButtons(notice: ReminderNotice): { label: string; action: ReminderAction['action'] }[] {
  const snooze = [
    { label: 'Snooze 1 day', action: 'snooze-day' as const },
    { label: 'Snooze 1 week', action: 'snooze-week' as const },
  ];
  return notice.kind === 'follow-up' ? [{ label: 'Done', action: 'done' as const }, ...snooze] : snooze;
}

/** Creates the notifier; call schedule() whenever the renderer sends a new schedule. */
export function createReminderNotifier(deps: ReminderNotifierDeps) {
  // Electron drops a notification's events once it is garbage-collected: keep the shown ones.
  const live = new Set<NotificationLike>();

  const present = (options: NotificationOptions, onClick: () => void, onAction?: (index: number) => void) => {
    if (!deps.isSupported()) return;
    const n = deps.createNotification(options);
    live.add(n);
    n.on('click', () => {
      live.delete(n);
      onClick();
    });
    if (onAction) n.on('action', (_event, index) => onAction(index));
    n.on('close', () => live.delete(n));
    n.show();
  };

  const show = (alert: ReminderAlert) => {
    if (alert.kind === 'group') {
      // Several at once (e.g. missed while the app was closed): one notification that opens Home.
      present(groupText(alert.notices), () => deps.open('/'));
      return;
    }
    const { notice } = alert;
    const buttons = deps.platform === 'darwin' ? reminderButtons(notice) : [];
    present(
      {
        title: notice.title,
        body: notice.body,
        ...(buttons.length ? { actions: buttons.map((b) => ({ type: 'button' as const, text: b.label })) } : {}),
      },
      () => deps.open(notice.target),
      (index) => {
        const button = buttons[index];
        if (button) deps.act({ id: notice.id, action: button.action });
      },
    );
  };

  const runner = createReminderRunner({ ...deps, show });

  return {
    /** Replaces the schedule and the badge. */
    schedule(schedule: ReminderSchedule): Promise<void> {
      deps.setBadgeCount(schedule.badge);
      return runner.update(schedule.notices);
    },
    /** Looks again now (after the computer wakes from sleep). */
    check: () => runner.check(),
    stop: () => runner.stop(),
    /** How many notifications are still held (for tests). */
    get liveCount() {
      return live.size;
    },
  };
}
