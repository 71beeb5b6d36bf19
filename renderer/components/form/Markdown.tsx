import ReactMarkdown, { type Components } from 'react-markdown';
import { externalLinkOrNull } from '../../../shared/security/links';
import { ExternalLink } from './ExternalLink';

// Links leave the app only through the platform (http(s) only); anything else is shown as text,
// so a note can never navigate the app window. Images are not fetched (the CSP forbids remote
// images and a journal should not call out): their alt text and address are shown instead.
const COMPONENTS: Components = {
  a: ({ href, children }) =>
    href && externalLinkOrNull(href) !== null ? (
      <ExternalLink href={href}>{children}</ExternalLink>
    ) : (
      <span className="md-link-text">{children}</span>
    ),
  img: ({ alt, src }) => <span className="md-image">[image: {alt || (typeof src === 'string' ? src : 'no description')}]</span>,
};

/** Renders a person's Markdown as React elements: raw HTML is never rendered. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={`markdown${className ? ` ${className}` : ''}`}>
      <ReactMarkdown components={COMPONENTS} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
