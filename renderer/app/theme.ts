import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from '../../shared/schemas';
import { getTheme, saveTheme } from '../data/repositories/settings';

// The theme is stored in settings (IndexedDB, the source of truth, in backups). A copy under this
// localStorage key lets renderer/theme-boot.js set it before the first paint, so a dark-theme
// person on a light system never sees a light flash while the database opens.
const BOOT_KEY = 'sextant-theme';

let current: ThemeChoice = 'system';
const listeners = new Set<() => void>();

/** Puts a theme on the page: data-theme on <html> picks the color-scheme that light-dark() colours follow. */
function apply(theme: ThemeChoice): void {
  current = theme;
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(BOOT_KEY, theme);
  } catch {
    // Storage refused (private mode): the theme still applies once the database is read.
  }
  for (const l of listeners) l();
}

/** Reads the stored theme and applies it; called at start before the app's first render. */
export async function applyStoredTheme(): Promise<void> {
  apply(await getTheme());
}

/**
 * Applies a theme choice at once (the control and the colours follow the click, not the disk),
 * then saves it; if the save fails, the previous theme comes back and the error is passed on.
 */
export async function chooseTheme(theme: ThemeChoice): Promise<void> {
  const previous = current;
  apply(theme);
  try {
    await saveTheme(theme);
  } catch (e) {
    apply(previous);
    throw e;
  }
}

/** The theme in use, re-rendering when it changes. */
export function useTheme(): ThemeChoice {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
