import type { ReactNode } from 'react';
import { AboutSettings } from '../features/settings/AboutSettings';
import { DataSettings } from '../features/data/DataSettings';
import { ProfileSettings } from '../features/settings/ProfileSettings';
import { ThemeSettings } from '../features/settings/ThemeSettings';
import '../features/settings/settings.css';
import { ReminderSettings } from '../features/reminders/ReminderSettings';
import { PrivacySettings } from '../features/privacy/PrivacySettings';

export interface SettingsSection {
  /** Stable id, also the section's anchor (`#settings-<id>`). */
  id: string;
  title: string;
  element: ReactNode;
}

/**
 * The sections of Settings, in order. To add one, add ONE line here (e.g. "Your data": backups,
 * imports and exports, between Profile and About).
 */
export const SETTINGS_SECTIONS: SettingsSection[] = [
  { id: 'profile', title: 'Profile', element: <ProfileSettings /> },
  // ── Add new sections here (e.g. { id: 'data', title: 'Your data', element: <DataSettings /> }) ──
  { id: 'appearance', title: 'Appearance', element: <ThemeSettings /> },
  { id: 'reminders', title: 'Reminders', element: <ReminderSettings /> },
  { id: 'privacy', title: 'Privacy', element: <PrivacySettings /> },
  { id: 'data', title: 'Your data', element: <DataSettings /> },
  { id: 'about', title: 'About', element: <AboutSettings /> },
];

/** Settings: a page made of sections, each with its own heading. */
export function SettingsPage() {
  return (
    <div className="settings-page">
      <h1>Settings</h1>
      {SETTINGS_SECTIONS.map((s) => (
        <section key={s.id} id={`settings-${s.id}`} className="card settings-section" aria-labelledby={`settings-${s.id}-title`}>
          <h2 id={`settings-${s.id}-title`}>{s.title}</h2>
          {s.element}
        </section>
      ))}
    </div>
  );
}
