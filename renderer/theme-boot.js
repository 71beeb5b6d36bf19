/* global document, localStorage, indexedDB, window -- a classic script in the browser */
// Runs before the first paint (a classic script in <head>, render-blocking but not parser-blocking:
// the main chunk is fetched meanwhile): applies the theme last chosen in Settings, from the copy
// renderer/app/theme.ts keeps in localStorage, so the page never flashes the system's colours
// while the database opens. The app then applies the stored setting itself.
try {
  var theme = localStorage.getItem('sextant-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage: the system theme shows until the app has read the setting.
}
// This origin's databases (names and versions), asked for now rather than once the main chunk has
// run: the start needs them to choose the journal's current copy and how to declare its schema
// (main.tsx), and the browser answers while the main chunk is fetched and evaluated. A failure
// leaves the start to ask again.
try {
  if (indexedDB.databases)
    window.sextantDatabases = indexedDB.databases().then(
      function (infos) {
        return infos.map(function (d) {
          return { name: d.name, version: d.version };
        });
      },
      function () {
        return undefined;
      },
    );
} catch {
  // No IndexedDB here: the start reports it.
}
