import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/security/csp.ts';

/**
 * Writes the app's one Content-Security-Policy (shared/security/csp.ts) into index.html as the
 * first tag of <head>, so web mode and the desktop shell (which also sends it as a header) apply
 * the same policy and index.html never keeps a second copy.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'sextant-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
