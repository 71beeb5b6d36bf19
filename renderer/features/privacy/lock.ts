import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isEncrypted, setLocked } from '../../crypto/session';
import { readPrivacyPrefs } from '../../data/encryption/vault';

/**
 * Locks the journal: the data key is zeroed and dropped, then the renderer reloads, so no
 * decrypted record, React state, cache or search index outlives the lock. It opens on the lock
 * screen again.
 */
export function lockNow(): void {
  setLocked();
  window.location.reload();
}

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The lock triggers inside the app: Ctrl/Cmd+Shift+L (goes to /lock, like the menu and the
 * palette), and the auto-lock after the chosen idle minutes (while encryption is on).
 */
export function useLockTriggers(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        navigate('/lock');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

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
