import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

vi.mock('electron', () => ({}));

import { FakeWebContents } from './fakes';
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  externalLinkOrNull,
  hardenWebContents,
  isAppUrl,
  openExternalSafely,
} from '../../electron/security';

describe('externalLinkOrNull (what may open in the system browser)', () => {
  it.each([
    ['https://example.com/path?q=1', 'https://example.com/path?q=1'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a', 'https://example.com/a'],
    ['  https://example.com  ', 'https://example.com/'],
  ])('allows %j as %j', (url, expected) => {
    expect(externalLinkOrNull(url)).toBe(expected);
  });

  it.each([
    'file:///etc/passwd',
    'file://fileserver/share/payload.exe',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.com',
    'ms-settings:privacy',
    'smb://server/share',
    'app://sextant/index.html',
    'x-custom://open?thing=1',
    'ftp://example.com/file',
    'not a url',
    '//example.com/no-scheme',
    'https://',
    'http:/\\',
    '',
  ])('refuses %j', (url) => {
    expect(externalLinkOrNull(url)).toBeNull();
  });

  it('calls the opener only for http(s) links', async () => {
    const open = vi.fn(async () => {});
    expect(await openExternalSafely('file:///C:/Windows/System32/calc.exe', open)).toBe(false);
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(await openExternalSafely('https://example.com/x', open)).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/x');
  });
});

describe("isAppUrl (the app's own origin)", () => {
  it.each([
    ['app://sextant/index.html', true],
    ['app://sextant/#/journal', true],
    ['app://sextant', true],
    ['app://evil/index.html', false],
    ['app://sextant.evil.com/', false],
    ['app://user:pass@sextant/', false],
    ['https://sextant/', false],
    ['file:///index.html', false],
    ['http://127.0.0.1:4173/', false],
    ['garbage', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the strict policy: no eval, no remote scripts, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new FakeWebContents();
    const open = vi.fn(async () => {});
    hardenWebContents(contents as unknown as WebContents, open);
    return { contents, open };
  }

  it("prevents navigation to another origin and allows the app's own", () => {
    const { contents } = hardened();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://other/index.html')).toBe(true);
    expect(contents.fire('will-navigate', 'app://sextant/index.html#/journal')).toBe(false);
  });

  it('prevents redirects away from the app', () => {
    const { contents } = hardened();
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', 'app://sextant/index.html')).toBe(false);
  });

  it('prevents attaching a <webview>', () => {
    const { contents } = hardened();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window and opens only http(s) links externally', async () => {
    const { contents, open } = hardened();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://sextant/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/docs');
  });
});

describe('denyAllPermissions', () => {
  it('denies permission requests and checks of every kind', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    const device = session.setDevicePermissionHandler.mock.calls[0]![0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check({}, permission, 'app://sextant', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://sextant' })).toBe(false);
  });
});
