import { highlightRanges, splitHighlighted, type Highlighted } from '../../shared/search';

/** Text with its matches wrapped in <mark> (given ranges, or whole-word matches of `terms`). */
export function HighlightedText({ text, terms, ranges }: { text: string; terms?: readonly string[]; ranges?: Highlighted['ranges'] }) {
  const parts = splitHighlighted({ text, ranges: ranges ?? highlightRanges(text, terms ?? []) });
  return <>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
