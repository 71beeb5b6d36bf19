import type { AppCommand, SextantPlatform } from '../../shared/platform';
import { externalLinkOrNull } from '../../shared/security/links';
import type { OpenFileRequest, OpenFileResult, SaveFileRequest, SaveFileResult } from '../../shared/ipc';
import { fileTooLargeMessage } from '../../shared/safeJson';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  json: 'application/json',
  md: 'text/markdown',
  zip: 'application/zip',
  ics: 'text/calendar',
  csv: 'text/csv',
};

/** Web mode: downloads instead of save dialogs, a file input instead of open dialogs, no automatic backups. */
export const browserPlatform: SextantPlatform = {
  kind: 'web',
  async appInfo() {
    return { version: import.meta.env.VITE_APP_VERSION ?? 'web', platform: 'web' };
  },
  async openExternal(url) {
    const href = externalLinkOrNull(url);
    if (href === null) return false;
    window.open(href, '_blank', 'noopener,noreferrer');
    return true;
  },
  async saveFile(req: SaveFileRequest): Promise<SaveFileResult> {
    const ext = req.filter.extensions[0] ?? '';
    const blob = new Blob([req.data], { type: MIME[ext] ?? 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = req.suggestedName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { saved: true };
  },
  async printToPdf(): Promise<SaveFileResult> {
    // The browser's own print dialog lays out the same print view; "Save as PDF" is one of its destinations.
    window.print();
    return { saved: false };
  },
  openFile(req: OpenFileRequest): Promise<OpenFileResult> {
    return new Promise((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = req.filter.extensions.map((e) => `.${e}`).join(',');
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return resolve({ opened: false });
        if (file.size > req.maxBytes) return reject(new Error(fileTooLargeMessage(file.name, file.size, req.maxBytes)));
        file.arrayBuffer().then((buffer) => resolve({ opened: true, name: file.name, data: new Uint8Array(buffer) }), reject);
      });
      input.addEventListener('cancel', () => resolve({ opened: false }));
      input.click();
    });
  },
  async eraseStoredFiles() {
    // The web-mode server answers this with Clear-Site-Data: "storage", which has the browser
    // delete this origin's storage files (see vite.config.ts).
    try {
      return (await fetch('clear-site-data', { method: 'POST' })).ok;
    } catch {
      return false;
    }
  },
  backups: null,
  reminders: null,
  keyStore: null,
  onCommand(_listener: (c: AppCommand) => void) {
    return () => {};
  },
  onBeforeQuit() {
    return () => {};
  },
};
