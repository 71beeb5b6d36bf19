import type { ReactNode } from 'react';
import { fireAndReport } from '../problems';
import { platform } from '../../platform';
import { externalLinkOrNull } from '../../../shared/security/links';

/** A link that opens in the system browser through the platform, never in the app window; non-web addresses show as text. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (externalLinkOrNull(href) === null) return <span>{children}</span>;
  return (
    <a
      href={href}
      rel="noreferrer noopener"
      target="_blank"
      onClick={(e) => {
        e.preventDefault();
        fireAndReport(platform.openExternal(href), 'Opening the link');
      }}
    >
      {children}
      <span className="visually-hidden"> (opens in your browser)</span>
    </a>
  );
}
