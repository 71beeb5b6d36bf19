import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ReminderAction } from '../../../shared/ipc';
import type { ReminderNotice } from '../../../shared/reminders/notices';
import { createReminderRunner, groupText, type ReminderAlert, type ReminderRunner } from '../../../shared/reminders/runner';
import { claimShownReminders } from '../../data/repositories/reminders';
import { useToast } from '../../components/Toast';
import { platform } from '../../platform';
import { runReminderAction } from './actions';
import { useReminderSchedule } from './useReminderSchedule';
import './reminders.css';

/**
 * Reminders while the app runs. Desktop: the schedule goes to the main process, which shows the
 * notifications; clicks and buttons come back here. Web: the same runner runs in the page and
 * shows a browser notification when the person allowed them, or a banner at the top otherwise.
 */
export function Reminders() {
  const schedule = useReminderSchedule();
  const navigate = useNavigate();
  const toast = useToast();
  const [banner, setBanner] = useState<ReminderNotice[]>([]);

  const act = useCallback(
    async (action: ReminderAction) => {
      try {
        await runReminderAction(action, Date.now());
        setBanner((b) => b.filter((n) => n.id !== action.id));
        toast(
          action.action === 'done' ? 'Follow-up marked done' : action.action === 'snooze-day' ? 'Snoozed for a day' : 'Snoozed for a week',
        );
      } catch (e) {
        toast(`The reminder could not be updated: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' });
      }
    },
    [toast],
  );

  // Desktop: hand the schedule to main; follow clicks and buttons.
  const desktop = platform.reminders;
  useEffect(() => {
    if (!desktop || !schedule) return;
    void desktop.schedule({ notices: schedule.notices, badge: schedule.badge });
  }, [desktop, schedule]);
  const keepRunning = schedule?.settings.keepRunning;
  useEffect(() => {
    if (desktop && keepRunning !== undefined) void desktop.setKeepRunning(keepRunning);
  }, [desktop, keepRunning]);
  useEffect(() => {
    if (!desktop) return;
    const offOpen = desktop.onOpen((route) => void navigate(route));
    const offAction = desktop.onAction((a) => void act(a));
    return () => {
      offOpen();
      offAction();
    };
  }, [desktop, navigate, act]);

  // Web: the runner lives in the page while the tab is open.
  const runner = useRef<ReminderRunner | null>(null);
  useEffect(() => {
    if (desktop) return;
    const show = (alert: ReminderAlert) => {
      const notices = alert.kind === 'single' ? [alert.notice] : alert.notices;
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted')
        showBrowserNotification(alert, (to) => void navigate(to));
      else setBanner((b) => [...b.filter((n) => !notices.some((m) => m.id === n.id)), ...notices]);
    };
    const r = createReminderRunner({
      now: () => Date.now(),
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (h) => window.clearTimeout(h as number),
      claim: (ids) => claimShownReminders(ids, new Date().toISOString()),
      show,
      onError: (e) => console.warn('Reminder check failed:', e),
    });
    runner.current = r;
    // A tab that was in the background (or a computer that slept) looks again when it is back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void r.check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      r.stop();
      runner.current = null;
    };
  }, [desktop, navigate]);
  useEffect(() => {
    if (!desktop && schedule) void runner.current?.update(schedule.notices);
  }, [desktop, schedule]);
  useEffect(() => {
    if (desktop || !schedule) return;
    // Where the browser supports an app badge (installed web apps), show the due count there too.
    void (navigator as Navigator & { setAppBadge?: (n: number) => Promise<void> }).setAppBadge?.(schedule.badge)?.catch(() => undefined);
  }, [desktop, schedule]);

  if (!banner.length) return null;
  return (
    <ReminderBanner notices={banner} onAction={(a) => void act(a)} onDismiss={(id) => setBanner((b) => b.filter((n) => n.id !== id))} />
  );
}

/** A browser notification; a click brings the tab forward and opens the reminder's screen. */
function showBrowserNotification(alert: ReminderAlert, navigate: (to: string) => void) {
  const single = alert.kind === 'single' ? alert.notice : null;
  const text = alert.kind === 'single' ? { title: alert.notice.title, body: alert.notice.body } : groupText(alert.notices);
  const n = new Notification(text.title, { body: text.body, ...(single ? { tag: single.id } : {}) });
  n.onclick = () => {
    window.focus();
    navigate(single ? single.target : '/');
    n.close();
  };
}

/** The in-app banner: each due reminder with a link to it, Done (follow-ups), two snoozes and dismiss. */
export function ReminderBanner({
  notices,
  onAction,
  onDismiss,
}: {
  notices: readonly ReminderNotice[];
  onAction: (action: ReminderAction) => void;
  onDismiss: (id: string) => void;
}) {
  return (
    <section className="reminder-banner" aria-label="Reminders" role="region">
      <h2 className="visually-hidden">Reminders</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id} className="reminder-banner-item">
            <div className="reminder-banner-text">
              <Link to={n.target}>{n.title}</Link>
              <span className="muted">{n.body}</span>
            </div>
            <div className="reminder-banner-actions">
              {n.kind === 'follow-up' && (
                <button type="button" onClick={() => onAction({ id: n.id, action: 'done' })} aria-label={`Done: ${n.title}`}>
                  Done
                </button>
              )}
              <button type="button" onClick={() => onAction({ id: n.id, action: 'snooze-day' })} aria-label={`Snooze 1 day: ${n.title}`}>
                Snooze 1 day
              </button>
              <button type="button" onClick={() => onAction({ id: n.id, action: 'snooze-week' })} aria-label={`Snooze 1 week: ${n.title}`}>
                Snooze 1 week
              </button>
              <button type="button" className="link-button" onClick={() => onDismiss(n.id)} aria-label={`Dismiss: ${n.title}`}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
