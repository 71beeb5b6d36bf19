/**
 * The opt-in "keep running in the background" mode: a tray icon with a menu, and closing the
 * window hides it instead of quitting, so reminders still arrive. Off unless the person turns it
 * on in Settings > Reminders. Electron's Tray and Menu are injected.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The part of Electron's Tray this uses. */
export interface TrayLike {
  setToolTip(text: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface BackgroundDeps {
  createTray(): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): unknown;
  /** Shows and focuses the main window (creating it if needed). */
  showWindow(): void;
  quit(): void;
}

/** The tray menu: open the app, how many items are due, quit. */
export function trayMenuTemplate(due: number, actions: { open(): void; quit(): void }): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Sextant', click: () => actions.open() },
    { label: due === 0 ? 'Nothing due' : due === 1 ? '1 item due' : `${due} items due`, enabled: false },
    { type: 'separator' },
    { label: 'Quit Sextant', click: () => actions.quit() },
  ];
}

/** Creates the background mode controller (starts off). */
export function createBackgroundMode(deps: BackgroundDeps) {
  let tray: TrayLike | null = null;
  let quitting = false;
  let due = 0;

  const refresh = () => {
    if (!tray) return;
    tray.setToolTip(due ? `Sextant: ${due} due` : 'Sextant');
    tray.setContextMenu(deps.buildMenu(trayMenuTemplate(due, { open: () => deps.showWindow(), quit: () => deps.quit() })));
  };

  return {
    get enabled() {
      return tray !== null;
    },
    /** Turns the tray (and hide-on-close) on or off. */
    setEnabled(enabled: boolean) {
      if (enabled && !tray) {
        tray = deps.createTray();
        tray.on('click', () => deps.showWindow());
        refresh();
      } else if (!enabled && tray) {
        tray.destroy();
        tray = null;
      }
    },
    /** The number shown in the tray menu and tooltip. */
    setDue(count: number) {
      due = count;
      refresh();
    },
    /** The app is really quitting (menu Quit, tray Quit, OS shutdown): windows may close. */
    markQuitting() {
      quitting = true;
    },
    /** True when closing the window should hide it instead (background mode on, not quitting). */
    shouldHideOnClose(): boolean {
      return tray !== null && !quitting;
    },
  };
}
