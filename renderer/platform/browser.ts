import type { AppCommand, SextantPlatform } from '../../shared/platform';
import type { OpenFileRequest, OpenFileResult, SaveFileRequest, SaveFileResult } from '../../shared/ipc';

/** True for http(s) links only: the one rule for what may be opened outside the app. */
export function isWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

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
    if (!isWebLink(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },
  async saveFile(req: SaveFileRequest): Promise<SaveFileResult> {
    const ext = req.filter.extensions[0] ?? '';
    const blob = new Blob([req.data as BlobPart], { type: MIME[ext] ?? 'application/octet-stream' });
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
      input.addEventListener('change', async () => {
        const file = input.files?.[0];
        if (!file) return resolve({ opened: false });
        if (file.size > req.maxBytes)
          return reject(new Error(`${file.name} is ${file.size} bytes; files larger than ${req.maxBytes} bytes are refused`));
        resolve({ opened: true, name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      });
      input.addEventListener('cancel', () => resolve({ opened: false }));
      input.click();
    });
  },
  backups: null,
  keyStore: null,
  onCommand(_listener: (c: AppCommand) => void) {
    return () => {};
  },
  onBeforeQuit() {
    return () => {};
  },
};
