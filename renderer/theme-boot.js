/* global document, localStorage -- a classic script in the browser */
// Runs before the first paint (a classic script in <head>): applies the theme last chosen in
// Settings, from the copy renderer/app/theme.ts keeps in localStorage, so the page never flashes
// the system's colours while the database opens. The app then applies the stored setting itself.
try {
  var theme = localStorage.getItem('sextant-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage: the system theme shows until the app has read the setting.
}
