import type { Entry } from '../../shared/schemas';
import { plainText } from '../../shared/search/documents';

export { entryTitle } from '../../shared/domain/entryTitle';

/** At most `max` characters plus an ellipsis, cut at the last word boundary (unless that would drop more than half). */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** A short excerpt of what an entry says (its body, notes or why). */
export function entryExcerpt(entry: Entry): string {
  const source =
    entry.kind === 'reflection'
      ? entry.body
      : entry.kind === 'conversation'
        ? entry.notes || entry.takeaways
        : entry.why || entry.progressNotes;
  // One line: the excerpt runs its paragraphs and list items together.
  return shorten(plainText(source).replace(/\s+/g, ' '));
}
