import { StrictMode } from 'react';
import { fireAndReport, installGlobalErrorHandlers, reportError } from './components/problems';
import { createRoot } from 'react-dom/client';
import { openDatabase } from './data/openDatabase';
import { listDatabases, recordStoredVersions } from './data/db';
import { App } from './app/App';
import { screenAt } from './app/routes';
import { DatabaseErrorScreen } from './app/DatabaseErrorScreen';
import { applyStoredTheme } from './app/theme';
import { chooseJournalDatabase, loadEncryptionState } from './data/encryption/journalEncryption';
import { LockScreen } from './features/privacy/LockScreen';
import { isLocked, subscribeToLock } from './crypto/session';
import { connectJournalLock } from './features/reminders/journalLock';
import { platform } from './platform';
import './styles.css';

async function start(): Promise<void> {
  installGlobalErrorHandlers();
  const root = createRoot(document.getElementById('root')!);
  // The first screen's code arrives while the database is chosen and opened, so it renders
  // without a loading state (its files were usually fetched already: see scripts/routePreload.ts).
  // A failed load is left to the screen itself (React.lazy loads it again and reports it).
  const [path, query] = location.hash.slice(1).split('?');
  const screen = screenAt(path || '/', query);
  const screenLoaded = screen.preload().catch(() => undefined);
  if (typeof indexedDB !== 'undefined') {
    // The origin's databases and their versions (theme-boot.js has usually asked already): a
    // journal at the current schema version is declared with that version only (db.ts).
    const databases = await (window.sextantDatabases ?? listDatabases());
    recordStoredVersions(databases);
    // Which copy of the journal is current (plain or encrypted); a failure here is classified by openDatabase.
    await chooseJournalDatabase(undefined, Promise.resolve(databases?.map((d) => d.name))).catch(() => undefined);
  }
  const [opened] = await Promise.all([openDatabase(), screenLoaded]);
  if (!opened.ok) {
    root.render(<DatabaseErrorScreen failure={opened.failure} />);
    return;
  }
  // Ask the browser not to evict the journal under storage pressure; a refusal changes nothing else.
  void navigator.storage?.persist?.().catch(() => false);
  // Reminders carry no private text while the journal is locked.
  connectJournalLock({ isLocked, subscribe: subscribeToLock });
  const showApp = async () => {
    // The journal is open (and unlocked): the first screen's slow work starts now, not after its
    // first render; what its first render needs (the journal's count) is read beside the theme.
    const warmed = screen.warm();
    // The chosen theme before the first render (theme-boot.js has usually set it already); it is
    // read once the journal is open, as an encrypted journal's settings are sealed too.
    await Promise.all([applyStoredTheme().catch((e: unknown) => reportError(e, 'Reading the theme setting')), warmed]);
    // Desktop only; loaded on demand so the web app's start never carries the backup code.
    if (platform.backups)
      fireAndReport(
        import('./features/data/automaticBackups').then((m) => m.startPlatformAutomaticBackups()),
        'Starting automatic backups',
      );
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  };
  // An encrypted journal opens on the lock screen: nothing of it is read before the key is unwrapped.
  if ((await loadEncryptionState()) === 'locked') {
    root.render(<LockScreen onUnlocked={() => fireAndReport(showApp(), 'Opening the journal')} />);
    // The lock command (menu, screen lock) means nothing here; the app is not mounted yet.
    return;
  }
  await showApp();
}

// The benchmark's hooks exist only in the bench build (VITE_BENCH=1); this line is removed from the app's.
if (import.meta.env.VITE_BENCH === '1') void import('../bench/page/hooks');
fireAndReport(start(), 'Starting Sextant');
