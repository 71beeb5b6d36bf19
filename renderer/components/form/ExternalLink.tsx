import type { ReactNode } from 'react';
import { platform } from '../../platform';
import { isWebLink } from '../../platform/browser';

/** A link that opens in the system browser through the platform, never in the app window; non-web addresses show as text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isWebLink(href)) return <span>{children}</span>;
  return (
    <a
      href={href}
      rel="noreferrer noopener"
      target="_blank"
      onClick={(e) => {
        e.preventDefault();
        void platform.openExternal(href);
      }}
    >
      {children}
      <span className="visually-hidden"> (opens in your browser)</span>
    </a>
  );
}
