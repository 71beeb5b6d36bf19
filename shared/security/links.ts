/**
 * The one rule for which links may leave the app (the system browser in the desktop shell, a new
 * tab in web mode): http and https links with a host. Returns the normalised link, or null when
 * the link must stay unopened (file:, javascript:, data:, custom schemes, relative or broken).
 */
export function externalLinkOrNull(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
  return u.href;
}
