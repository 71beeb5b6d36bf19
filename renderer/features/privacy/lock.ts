import { useEffect } from 'react';
import { isEncrypted, setLocked } from '../../crypto/session';
import { readPrivacyPrefs } from '../../data/encryption/vault';

/** The lock command's address (routes.tsx): the screen that locks as soon as it is shown. */
const LOCK_HASH = '#/lock';

/**
 * Locks the journal: the data key is zeroed and dropped, then the renderer reloads, so no
 * decrypted record, React state, cache or search index outlives the lock. It opens on the lock
 * screen again, and after unlocking on the screen it was locked from; when that is /lock (the
 * lock command's screen), on Home instead: unlocking at /lock showed that screen again, which
 * locked the journal again at once. The reload waits one task so the lock's listeners run first
 * (the reminders hand the desktop a schedule without private text:
 * renderer/features/reminders/journalLock.ts).
 */
export function lockNow(): void {
  setLocked();
  if (window.location.hash === LOCK_HASH || window.location.hash.startsWith(LOCK_HASH + '?'))
    window.history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  window.setTimeout(() => window.location.reload(), 0);
}

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The auto-lock after the chosen idle minutes (while encryption is on). Ctrl/Cmd+Shift+L, the
 * menu and the palette lock through the registry's lock-journal command (shared/commands.ts).
 */
export function useLockTriggers(): void {
  useEffect(() => {
    if (!isEncrypted()) return;
    let last = Date.now();
    let minutes: number | null = null;
    let stopped = false;
    void readPrivacyPrefs().then((p) => {
      if (!stopped) minutes = p.autoLockMinutes;
    });
    const onActivity = () => {
      last = Date.now();
    };
    for (const ev of ACTIVITY_EVENTS) window.addEventListener(ev, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      if (minutes !== null && Date.now() - last >= minutes * 60_000) lockNow();
    }, 15_000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      for (const ev of ACTIVITY_EVENTS) window.removeEventListener(ev, onActivity);
    };
  }, []);
}
