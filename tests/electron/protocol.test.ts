import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from '../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

const dist = path.posix.join('/srv', 'sextant', 'dist');

describe('resolveAppPath', () => {
  it.each([
    ['app://sextant/', '/srv/sextant/dist/index.html'],
    ['app://sextant', '/srv/sextant/dist/index.html'],
    ['app://sextant/index.html', '/srv/sextant/dist/index.html'],
    ['app://sextant/assets/index-Bx12.js', '/srv/sextant/dist/assets/index-Bx12.js'],
    ['app://sextant/assets/index-Bx12.js?v=2#top', '/srv/sextant/dist/assets/index-Bx12.js'],
    ['app://sextant/fonts/Inter%20Var.woff2', '/srv/sextant/dist/fonts/Inter Var.woff2'],
    // The URL parser folds literal and %2e dot segments before we see them: they cannot climb out.
    ['app://sextant/../../etc/passwd', '/srv/sextant/dist/etc/passwd'],
    ['app://sextant/%2e%2e/%2e%2e/etc/passwd', '/srv/sextant/dist/etc/passwd'],
  ])('resolves %s inside dist', (url, expected) => {
    expect(resolveAppPath(dist, url, path.posix)).toBe(expected);
  });

  it.each([
    ['encoded slashes around ..', 'app://sextant/..%2f..%2fetc%2fpasswd'],
    ['encoded dots and slashes', 'app://sextant/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['encoded slashes after a folder', 'app://sextant/assets%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslashes', 'app://sextant/..%5c..%5cetc%5cpasswd'],
    ['an absolute path via an empty segment', 'app://sextant//etc/passwd'],
    ['an absolute path via an encoded slash', 'app://sextant/%2Fetc%2Fpasswd'],
    ['a drive letter', 'app://sextant/C:%2fWindows%2fwin.ini'],
    ['a NUL byte', 'app://sextant/index.html%00.png'],
    ['malformed percent-encoding', 'app://sextant/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///srv/sextant/dist/index.html'],
    ['not a URL', 'index.html'],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppPath(dist, url, path.posix)).toBeNull();
  });

  it('rejects Windows traversal with the win32 path rules', () => {
    expect(resolveAppPath('C:\\Sextant\\dist', 'app://sextant/..%5c..%5cWindows%5cwin.ini', path.win32)).toBeNull();
    expect(resolveAppPath('C:\\Sextant\\dist', 'app://sextant/D:/secrets.txt', path.win32)).toBeNull();
    expect(resolveAppPath('C:\\Sextant\\dist', 'app://sextant/assets/a.js', path.win32)).toBe('C:\\Sextant\\dist\\assets\\a.js');
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app as a standard, secure scheme with fetch support', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('createAppProtocolHandler', () => {
  let root: string;
  let distDir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'sextant-protocol-'));
    distDir = path.join(root, 'dist');
    await mkdir(path.join(distDir, 'assets'), { recursive: true });
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Sextant</title>');
    await writeFile(path.join(distDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(root, 'secret.txt'), 'outside dist');
    handle = createAppProtocolHandler(distDir, (file) => readFile(file));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('serves index.html for / with the strict CSP and the right content type', async () => {
    const res = await handle(new Request('app://sextant/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<!doctype html><title>Sextant</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript', async () => {
    const res = await handle(new Request('app://sextant/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for unknown paths, folders and traversal attempts, with the CSP still set', async () => {
    for (const url of [
      'app://sextant/missing.js',
      'app://sextant/assets',
      'app://sextant/..%2fsecret.txt',
      'app://sextant/%2e%2e%2fsecret.txt',
    ]) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).toBe('Not found');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await handle(new Request('app://sextant/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});
