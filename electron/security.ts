import type { Session, WebContents } from 'electron';
import { externalLinkOrNull } from '../shared/security/links';

/** The scheme and host the renderer is served from: every page of ours is `app://sextant/…`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sextant';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

// One source for the policy and the link rule, shared with the renderer's build and web mode.
export { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
export { externalLinkOrNull } from '../shared/security/links';

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
