import type { ReactNode } from 'react';
import { AboutSettings } from './AboutSettings';
import { DataSettings } from '../data/DataSettings';
import { ProfileSettings } from './ProfileSettings';
import { PrivacySettings } from '../privacy/PrivacySettings';
import './settings.css';

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
