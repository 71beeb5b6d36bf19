/**
 * Locks the journal when the screen locks or the computer goes to sleep: main tells the renderer
 * with the same 'lock-journal' command the menu sends (the renderer ignores it when encryption
 * is off).
 */
import type { AppCommand } from '../shared/platform';

/** The parts of Electron's powerMonitor used here. */
export interface PowerMonitorLike {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

/** The power events that lock the journal. */
export const LOCKING_POWER_EVENTS = ['lock-screen', 'suspend'] as const;

/** Subscribes to the locking power events. */
export function lockOnPowerEvents(powerMonitor: PowerMonitorLike, send: (command: AppCommand) => void): void {
  for (const event of LOCKING_POWER_EVENTS) powerMonitor.on(event, () => send('lock-journal'));
}
