import { createElement } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { externalLinkOrNull } from '../../../shared/security/links';
import { ExternalLink } from './ExternalLink';

const BLOCKS = ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'th'] as const;

/** A block element as react-markdown renders it, with dir="auto" (react-markdown's `node` prop left off). */
function autoDirection(tag: (typeof BLOCKS)[number]) {
  return function AutoDirection({ node: _node, ...props }: { node?: unknown } & Record<string, unknown>) {
    return createElement(tag, { dir: 'auto', ...props });
  };
}

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
  // Each block takes its direction from its own text, so an Arabic or Hebrew paragraph reads right to left.
  ...Object.fromEntries(BLOCKS.map((tag) => [tag, autoDirection(tag)])),
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
