/** A half-open character range [start, end) of a string to highlight. */
export interface HighlightRange {
  start: number;
  end: number;
}

/** A piece of text with the ranges (relative to `text`) to highlight. */
export interface Highlighted {
  text: string;
  ranges: HighlightRange[];
}

import { JOINER, WORD, WORD_PART } from './words';

/**
 * The ranges of `text` holding one of the matched `terms` (the index's lower-case words), whole
 * words (or whole parts of a compound word such as `user_id`) only, in order.
 */
export function highlightRanges(text: string, terms: readonly string[]): HighlightRange[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  const out: HighlightRange[] = [];
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(m[0].toLowerCase())) out.push({ start: m.index, end: m.index + m[0].length });
    else if (JOINER.test(m[0])) {
      // A compound word the query matched by one of its parts: highlight that part.
      for (const p of m[0].matchAll(WORD_PART)) {
        if (wanted.has(p[0].toLowerCase())) out.push({ start: m.index + p.index, end: m.index + p.index + p[0].length });
      }
    }
  }
  return out;
}

/**
 * A short excerpt of `text` around its first match (at most about `maxLength` characters, cut at
 * word boundaries, "…" marking cuts) with its highlight ranges. Without a match: the beginning.
 */
export function snippet(text: string, terms: readonly string[], maxLength = 160): Highlighted {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = highlightRanges(flat, terms);
  if (flat.length <= maxLength) return { text: flat, ranges: all };
  const first = all[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(maxLength / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const shift = prefix.length - start;
  const ranges = all.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: `${prefix}${flat.slice(start, end)}${suffix}`, ranges };
}

/** Splits text into plain and highlighted parts, in order, for rendering (e.g. with <mark>). */
export function splitHighlighted({ text, ranges }: Highlighted): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), match: false });
    parts.push({ text: text.slice(r.start, r.end), match: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/**
 * Whether a document still holds one of a hit's matched `terms` (whole words) in a searched field:
 * its title, text, people's names or tags. A hit from a saved index not yet checked against the
 * journal is shown only if its record, as stored now, passes this (a record edited since the
 * index was saved may no longer hold the word it was found by).
 */
export function holdsAnyTerm(
  doc: { title: string; text: string; people: string; tags: readonly string[] },
  terms: readonly string[],
): boolean {
  return [doc.title, doc.text, doc.people, ...doc.tags].some((field) => highlightRanges(field, terms).length > 0);
}
