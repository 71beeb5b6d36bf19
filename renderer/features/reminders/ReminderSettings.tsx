import { useLiveQuery } from '../../data/live';
import { useState, type ReactNode } from 'react';
import { InputError } from '../../../shared/errors';
import type { ReminderSettings as Settings } from '../../../shared/schemas';
import { getReminderSettings, saveReminderSettings } from '../../data/repositories/reminders';
import { SelectField, TextField } from '../../components/form/Field';
import { Modal } from '../../components/Modal';
import { platform } from '../../platform';
import './reminders.css';

type KindKey = 'followUps' | 'stayInTouch' | 'reflection' | 'goals';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_OPTIONS = WEEKDAYS.map((label, i) => ({ value: String(i), label }));
const FREQUENCY_OPTIONS = [
  { value: 'daily' as const, label: 'Every day' },
  { value: 'weekly' as const, label: 'Once a week' },
];

/** The kinds whose only setting besides the switch is a time of day. */
const TIMED_KINDS: { kind: 'followUps' | 'stayInTouch'; legend: string; label: string; hint: string }[] = [
  { kind: 'followUps', legend: 'Follow-ups', label: 'Remind me when a follow-up is due', hint: 'A conversation can set its own time.' },
  {
    kind: 'stayInTouch',
    legend: 'Stay in touch',
    label: 'Remind me when it is time to talk to someone again',
    hint: "How often to keep in touch is set on each person's page.",
  },
];

/** A labelled on/off switch (a checkbox with role="switch"). */
function Switch({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="choice">
      <input type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** One kind of reminder: its switch, then its times (shown when on). */
function KindBox({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Settings section: each kind of reminder on or off, its time, quiet hours and background running. */
export function ReminderSettings() {
  const stored = useLiveQuery(getReminderSettings, []);
  const [error, setError] = useState('');
  const [explainFor, setExplainFor] = useState<KindKey | null>(null);
  if (!stored) return <p className="muted">Loading reminder settings…</p>;
  const s = stored;

  async function save(next: Settings) {
    try {
      await saveReminderSettings(next);
      setError('');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      setError(`Not saved: ${e.problems.map((p) => `${p.where} ${p.message}`).join('; ')}`);
    }
  }

  /** Switching a kind on records since when (nothing older is announced); the first time, explain first. */
  function toggle(kind: KindKey, on: boolean) {
    if (on && !s.explained) return setExplainFor(kind);
    void save({ ...s, [kind]: { ...s[kind], enabled: on, ...(on ? { since: new Date().toISOString() } : {}) } });
  }
  const set = <K extends KindKey>(kind: K, patch: Partial<Settings[K]>) => void save({ ...s, [kind]: { ...s[kind], ...patch } });

  return (
    <div className="reminder-settings">
      <p>
        Reminders are off until you switch them on. They appear while Sextant is open
        {platform.kind === 'desktop' ? ' (or running in the tray, if you choose that below)' : ' in this tab'}, at the times you set here.
        Nothing is sent anywhere.
      </p>
      {platform.kind === 'web' && <BrowserPermission />}
      {TIMED_KINDS.map((k) => (
        <KindBox key={k.kind} legend={k.legend}>
          <Switch label={k.label} checked={s[k.kind].enabled} onChange={(on) => toggle(k.kind, on)} />
          <div className="field-row">
            <TextField label="At" type="time" value={s[k.kind].time} onChange={(time) => time && set(k.kind, { time })} hint={k.hint} />
          </div>
        </KindBox>
      ))}
      <KindBox legend="Reflection">
        <Switch label="Remind me to write a reflection" checked={s.reflection.enabled} onChange={(on) => toggle('reflection', on)} />
        <div className="field-row">
          <SelectField
            label="How often"
            value={s.reflection.frequency}
            options={FREQUENCY_OPTIONS}
            onChange={(frequency) => set('reflection', { frequency })}
          />
          {s.reflection.frequency === 'weekly' && (
            <SelectField
              label="Day"
              value={String(s.reflection.weekday)}
              options={WEEKDAY_OPTIONS}
              onChange={(d) => set('reflection', { weekday: Number(d) })}
            />
          )}
          <TextField label="At" type="time" value={s.reflection.time} onChange={(time) => time && set('reflection', { time })} />
        </div>
        <p className="muted">Each reminder brings a question from one of the five steps, in turn.</p>
      </KindBox>
      <KindBox legend="Goal dates">
        <Switch
          label="Remind me before a goal's target date or a milestone's date"
          checked={s.goals.enabled}
          onChange={(on) => toggle('goals', on)}
        />
        <div className="field-row">
          <TextField
            label="Days before"
            type="number"
            value={String(s.goals.daysBefore)}
            onChange={(d) => d !== '' && set('goals', { daysBefore: Number(d) })}
          />
          <TextField label="At" type="time" value={s.goals.time} onChange={(time) => time && set('goals', { time })} />
        </div>
      </KindBox>
      <KindBox legend="Quiet hours">
        <Switch
          label="Hold reminders during quiet hours"
          checked={s.quietHours.enabled}
          onChange={(enabled) => void save({ ...s, quietHours: { ...s.quietHours, enabled } })}
        />
        <div className="field-row">
          <TextField
            label="From"
            type="time"
            value={s.quietHours.start}
            onChange={(start) => start && void save({ ...s, quietHours: { ...s.quietHours, start } })}
          />
          <TextField
            label="Until"
            type="time"
            value={s.quietHours.end}
            onChange={(end) => end && void save({ ...s, quietHours: { ...s.quietHours, end } })}
          />
        </div>
        <p className="muted">A reminder that falls in quiet hours waits until they end.</p>
      </KindBox>
      {platform.kind === 'desktop' && (
        <Switch
          label="Keep running in the background (an icon in the tray) so reminders arrive after the window is closed"
          checked={s.keepRunning}
          onChange={(keepRunning) => void save({ ...s, keepRunning })}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Modal
        open={explainFor !== null}
        onClose={() => setExplainFor(null)}
        title="Before you switch reminders on"
        actions={
          <>
            <button type="button" autoFocus onClick={() => setExplainFor(null)}>
              Not now
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                const kind = explainFor!;
                setExplainFor(null);
                void save({ ...s, explained: true, [kind]: { ...s[kind], enabled: true, since: new Date().toISOString() } });
              }}
            >
              Switch on
            </button>
          </>
        }
      >
        <p>
          Sextant will show a notification on this computer at the times you choose: on the day a follow-up is due, when it is time to talk
          to someone again, for your reflection, and before goal dates. Things that were already due before today stay on Home; they are not
          announced.
        </p>
        <p>
          When your journal is locked, a reminder says only what kind it is (for example "A follow-up is due"), never a name or a note. Each
          kind can be switched off here at any time.
        </p>
      </Modal>
    </div>
  );
}

/** Web mode: ask the browser for permission to notify, or explain the in-app banner. */
function BrowserPermission() {
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  if (!supported || permission === 'denied')
    return (
      <p className="muted">
        This browser does not allow notifications from Sextant here, so reminders appear as a banner at the top of the app.
      </p>
    );
  if (permission === 'granted')
    return <p className="muted">Your browser shows Sextant's reminders as notifications while this tab is open.</p>;
  return (
    <p className="row">
      <span className="muted">Until you allow notifications, reminders appear as a banner at the top of the app.</span>
      <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
        Allow browser notifications
      </button>
    </p>
  );
}
