import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../shared/security/csp';
import { externalLinkOrNull } from '../../../shared/security/links';
import { contentSecurityPolicyPlugin } from '../../../scripts/cspPlugin';

describe('the one Content-Security-Policy', () => {
  it('is the header policy without frame-ancestors in the meta tag (browsers ignore it there)', () => {
    expect(CONTENT_SECURITY_POLICY.endsWith("; frame-ancestors 'none'")).toBe(true);
    expect(CONTENT_SECURITY_POLICY_META).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('is written into index.html by the build plugin, first in <head>', () => {
    const hook = contentSecurityPolicyPlugin().transformIndexHtml as { order: string; handler: () => unknown };
    expect(hook.order).toBe('pre');
    expect(hook.handler()).toEqual([
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
    ]);
  });

  it('has no second copy in the HTML source', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).not.toMatch(/Content-Security-Policy/i);
  });
});

describe('the one external-link rule', () => {
  it('is what the desktop shell and web mode both use', () => {
    const browser = readFileSync(new URL('../../../renderer/platform/browser.ts', import.meta.url), 'utf8');
    expect(browser).toContain("from '../../shared/security/links'");
    expect(externalLinkOrNull('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(externalLinkOrNull('file:///etc/passwd')).toBeNull();
    expect(externalLinkOrNull('https://')).toBeNull();
  });
});
