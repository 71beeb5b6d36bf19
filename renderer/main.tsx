import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openDatabase } from './data/openDatabase';
import { App } from './app/App';
import { DatabaseErrorScreen } from './app/DatabaseErrorScreen';
import { chooseJournalDatabase, loadEncryptionState } from './data/encryption/journalEncryption';
import { LockScreen } from './features/privacy/LockScreen';
import { platform } from './platform';
import './styles.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  // Which copy of the journal is current (plain or encrypted); a failure here is classified by openDatabase.
  if (typeof indexedDB !== 'undefined') await chooseJournalDatabase().catch(() => undefined);
  const opened = await openDatabase();
  if (!opened.ok) {
    root.render(<DatabaseErrorScreen failure={opened.failure} />);
    return;
  }
  // Ask the browser not to evict the journal under storage pressure; a refusal changes nothing else.
  void navigator.storage?.persist?.().catch(() => false);
  const showApp = () => {
    // Desktop only; loaded on demand so the web app's start never carries the backup code.
    if (platform.backups) void import('./features/data/automaticBackups').then((m) => m.startPlatformAutomaticBackups());
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  };
  // An encrypted journal opens on the lock screen: nothing of it is read before the key is unwrapped.
  if ((await loadEncryptionState()) === 'locked') {
    root.render(<LockScreen onUnlocked={showApp} />);
    // The lock command (menu, screen lock) means nothing here; the app is not mounted yet.
    return;
  }
  showApp();
}

// The benchmark's hooks exist only in the bench build (VITE_BENCH=1); this line is removed from the app's.
if (import.meta.env.VITE_BENCH === '1') void import('../bench/page/hooks');
void start();
