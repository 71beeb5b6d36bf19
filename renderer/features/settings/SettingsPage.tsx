/** Settings: profile, data. */
export function SettingsPage() {
  return <h1>Settings</h1>;
}
