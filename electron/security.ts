import type { Session, WebContents } from 'electron';

/** The scheme and host the renderer is served from: every page of ours is `app://sextant/…`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sextant';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The Content-Security-Policy sent with everything served from app://; no eval, no remote code. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app's own origin (app://sextant). Compared by protocol and
 * host because WHATWG URL reports an opaque origin ("null") for non-special schemes.
 */
export function isAppUrl(url: string): boolean {
  const u = parseUrl(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && u.username === '' && u.password === '';
}

/** The normalised link when `url` may be opened in the system browser (http or https only), else null. */
export function externalLinkOrNull(url: string): string | null {
  const u = parseUrl(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
  return u.href;
}

/** Opens http(s) links with the injected opener and refuses everything else; returns whether it opened. */
export async function openExternalSafely(url: string, open: (href: string) => Promise<void>): Promise<boolean> {
  const href = externalLinkOrNull(url);
  if (href === null) return false;
  await open(href);
  return true;
}

type PreventableEvent = { preventDefault(): void };

/**
 * Locks a window's web contents to the app: no navigation or redirect away from app://sextant,
 * no new windows (http(s) links go to the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, openExternal: (href: string) => Promise<void>): void {
  const stayInApp = (event: PreventableEvent & { url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, openExternal).catch(() => false);
    return { action: 'deny' };
  });
}

/** Denies every permission request and check (camera, microphone, geolocation, notifications, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
