import type { Session } from 'electron';

/**
 * Where the spellchecker would fetch Hunspell dictionaries from. Chromium's default is a Google
 * CDN; Sextant never goes online, so it points at the discard port on the loopback interface:
 * nothing listens there and nothing leaves the machine.
 */
export const NO_DICTIONARY_DOWNLOADS_URL = 'http://127.0.0.1:9/';

/**
 * Keeps a session from reaching the network on its own: no dictionary downloads. macOS (and
 * Windows) check spelling with the operating system's own checker; on Linux the only checker is
 * Hunspell with downloaded dictionaries, so spellchecking is off there.
 */
export function keepSessionOffline(session: Session, platform: NodeJS.Platform): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS_URL);
  if (platform === 'linux') {
    session.setSpellCheckerLanguages([]);
    session.setSpellCheckerEnabled(false);
  } else {
    session.setSpellCheckerEnabled(true);
  }
}
