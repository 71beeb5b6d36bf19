import path from 'node:path';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, isAppUrl } from './security';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers sent with every app:// response: the strict CSP, no sniffing, no referrer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Resolves an app://sextant/… request URL to a file inside `distDir`, or null when the URL is
 * not ours or its path would leave `distDir` (`..` segments, encoded `%2e%2e` or `%2f`,
 * backslashes, NUL bytes, empty segments, drive letters). `/` means index.html.
 */
export function resolveAppPath(distDir: string, requestUrl: string, pathApi: path.PlatformPath = path): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (relative === '' || relative === '/') relative = '/index.html';
  if (relative.includes('\0') || relative.includes('\\')) return null;
  // Empty segments would turn `//etc/passwd` or a decoded `%2F` into an absolute-looking path.
  const segments = relative.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '..' || s === '.' || s.includes(':'))) return null;
  const root = pathApi.resolve(distDir);
  const resolved = pathApi.resolve(root, ...segments);
  return resolved.startsWith(root + pathApi.sep) ? resolved : null;
}

/** The Content-Type for a file name, by extension (unknown ones are served as bytes). */
export function contentTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The handler behind `protocol.handle('app', …)`: serves files from `distDir` with the security
 * headers; anything unresolvable or missing is a 404, other methods than GET/HEAD a 405.
 */
export function createAppProtocolHandler(
  distDir: string,
  readFile: (file: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const notFound = () =>
      new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { ...SECURITY_HEADERS } });
    }
    const file = resolveAppPath(distDir, request.url);
    if (file === null) return notFound();
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

/** The privileges of the app scheme; must be registered before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;
