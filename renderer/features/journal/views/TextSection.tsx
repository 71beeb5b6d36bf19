import { useId } from 'react';
import { Markdown } from '../../../components/form/Markdown';

/** A titled section of Markdown text, left out when the text is empty. */
export function TextSection({ heading, source }: { heading: string; source: string }) {
  const id = useId();
  if (!source.trim()) return null;
  return (
    <section className="entry-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <Markdown source={source} />
    </section>
  );
}
