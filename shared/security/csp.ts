/**
 * The one Content-Security-Policy: the desktop shell sends it as a header with everything served
 * from app:// (electron/protocol.ts), and the HTML build writes it into index.html as a meta tag
 * (vite.config.ts), which is what web mode gets. No eval, no remote code, no framing.
 */
const DIRECTIVES: readonly string[] = [
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
];

// Browsers ignore these in a <meta> policy (and warn about them): they only work as a header.
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy as an HTTP header value. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy for a `<meta http-equiv="Content-Security-Policy">` tag (header-only directives left out). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !HEADER_ONLY.includes(d.split(' ')[0]!)).join('; ');
