/**
 * The one way an entry's text is previewed as plain words: the timeline row, a person's
 * conversations, search results and the plan's takeaway chooser all read it from here, so what
 * they show matches what the reader renders (no raw HTML, link syntax or Markdown escapes).
 */
import type { Entry } from '../schemas';

// Markdown punctuation that carries no words; removing it keeps previews readable and stops
// "**roadmap**" from being indexed as a different token than "roadmap".
const MD_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MD_LINE_MARKERS = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/gm;
// Emphasis markers (`*`, `_`, runs of them) only where they touch a word on one side: an
// underscore or asterisk inside a word (`user_id`, `O*NET`) is part of the word.
const MD_INLINE = /~~|`+|(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu;

/** Strips Markdown syntax from text, keeping the words (links keep their label). Line breaks stay. */
export function plainText(markdown: string): string {
  const text = withoutSyntax(markdown);
  // Runs of spaces and tabs need a tab or two spaces in a row: without either, nothing to collapse.
  return (text.includes('\t') || text.includes('  ') ? text.replace(SPACE_RUNS, ' ') : text).trim();
}

/** plainText before its white space is collapsed (previewText collapses all of it, these runs included). */
function withoutSyntax(markdown: string): string {
  // Each replacement only where its syntax can be (a regular expression pass costs as much as
  // finding nothing): the search index runs this over every entry at start.
  let text = markdown.includes('](') ? markdown.replace(MD_LINK, '$1') : markdown;
  text = withoutLineMarkers(text);
  if (INLINE_MARKS.test(text)) text = text.replace(MD_INLINE, '');
  return text;
}

// MD_LINE_MARKERS at one line start (sticky): tried only at the line starts where a marker can
// begin, rather than the global expression testing every character of the text.
const MD_LINE_MARKER_AT = new RegExp(MD_LINE_MARKERS.source, 'my');
// Line breaks other than \n, where `^` also matches: a text with one is left to MD_LINE_MARKERS.
const OTHER_LINE_BREAKS = /[\r\u2028\u2029]/;

/**
 * text.replace(MD_LINE_MARKERS, ''), the same result: a marker can only start at a line start
 * (the text's start or after \n) whose character is white space, a marker character or a digit,
 * and the global replacement takes its matches left to right, each after the one before.
 */
function withoutLineMarkers(text: string): string {
  if (OTHER_LINE_BREAKS.test(text)) return text.replace(MD_LINE_MARKERS, '');
  let out = '';
  let kept = 0;
  for (let at = 0; at < text.length;) {
    if (at >= kept && mayStartMarker(text.charCodeAt(at))) {
      MD_LINE_MARKER_AT.lastIndex = at;
      if (MD_LINE_MARKER_AT.test(text)) {
        out += text.slice(kept, at);
        kept = MD_LINE_MARKER_AT.lastIndex;
      }
    }
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) break;
    at = lineEnd + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Whether a line marker's match can start with this character: white space (any control or non-ASCII character, to be safe), #, >, -, *, + or a digit. */
function mayStartMarker(c: number): boolean {
  return c <= 0x20 || c >= 0x7f || c === 0x23 || c === 0x3e || c === 0x2d || c === 0x2a || c === 0x2b || (c >= 0x30 && c <= 0x39);
}

// Runs of spaces and tabs, as one space. Written so that a lone space (most of them) is no match:
// replacing each with itself made this the slowest step.
const SPACE_RUNS = /[ \t]{2,}|\t/g;
// The same for all white space (line breaks too).
const WHITE_RUNS = /\s{2,}|[^\S ]/g;

// The characters MD_INLINE removes; without any, it has nothing to do.
const INLINE_MARKS = /[~`*_]/;

// A backslash before ASCII punctuation is a Markdown escape ("for\.\." reads "for.."). Escaped
// characters are set aside as private-use characters while the syntax is stripped, so an escaped
// "\*" or "\<" stays text, then put back.
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
const SET_ASIDE = 0xe000;
const SET_ASIDE_CHARS = /[\ue000-\ue07f]/g;
const SET_ASIDE_CHAR = /[\ue000-\ue07f]/;
const setAside = (text: string) => text.replace(ESCAPE, (_, c: string) => String.fromCharCode(SET_ASIDE + c.charCodeAt(0)));
const putBack = (text: string) => text.replace(SET_ASIDE_CHARS, (c) => String.fromCharCode(c.charCodeAt(0) - SET_ASIDE));

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const AUTOLINK = /<((?:https?|mailto):[^<>\s]*)>/gi;
// Tags that start or end a block leave a space, so "one<br>two" reads "one two".
const BLOCK_TAG = /<\/?(?:br|p|div|li|ul|ol|h[1-6]|blockquote|pre|hr|tr|td|th|table)\b[^<>]*>/gi;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(_: string, name: string): string {
  const lower = name.toLowerCase();
  if (!lower.startsWith('#')) return NAMED[lower]!;
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/**
 * Markdown (with any HTML in it) as the words a reader sees, on one line: tags and comments
 * dropped, links reduced to their text, escapes and entities resolved, white space collapsed.
 */
export function previewText(markdown: string): string {
  return previewUncollapsed(markdown).replace(WHITE_RUNS, ' ').trim();
}

// The white space that is part of a word for the search's word scanner (shared/search/words.ts:
// only line breaks, spaces (Unicode's Z) and punctuation end a word): tab, vertical tab, form feed
// and the byte order mark. Every other white space character ends a word.
const WORD_WHITE_SPACE = /[\t\v\f\ufeff]/;
const WORD_WHITE_SPACE_ALL = /[\t\v\f\ufeff]/g;

/**
 * previewText's words for the search index, whose word scanner reads every other white space as
 * a boundary: the same text except that white space is not collapsed nor trimmed (tab, vertical
 * tab, form feed and the byte order mark become a space, as previewText makes them). The same
 * words in the same order, without the collapse, which was the costliest step of stripping the
 * journal's Markdown in a search build (issue 12).
 */
export function indexedText(markdown: string): string {
  const text = previewUncollapsed(markdown);
  return WORD_WHITE_SPACE.test(text) ? text.replace(WORD_WHITE_SPACE_ALL, ' ') : text;
}

/** previewText before its white space is collapsed. */
function previewUncollapsed(markdown: string): string {
  // As plainText, each step only where its syntax can be: escapes need a backslash, tags and
  // comments a '<', entities a '&'.
  let text = markdown.includes('\\') ? setAside(markdown) : markdown;
  if (text.includes('<')) text = text.replace(HTML_COMMENT, ' ').replace(AUTOLINK, '$1').replace(BLOCK_TAG, ' ').replace(HTML_TAG, '');
  // plainText without its collapse of spaces and tabs: the collapse of all white space below
  // gives the same text (each run of white space becomes one space either way).
  let words = withoutSyntax(text);
  if (words.includes('&')) words = words.replace(ENTITY, decodeEntity);
  if (SET_ASIDE_CHAR.test(words)) words = putBack(words);
  return words;
}

const FIRST_HEADING = /^\s*#{1,6}[ \t]+([^\n]*?)[ \t]*#*[ \t]*(?:\n|$)/;

/** The Markdown without a first heading that only repeats the title (imported entries often start with one). */
export function withoutTitleHeading(markdown: string, title: string): string {
  const m = FIRST_HEADING.exec(markdown);
  if (!m) return markdown;
  const same = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return same(previewText(m[1]!)) === same(title) ? markdown.slice(m[0].length) : markdown;
}

/** At most `max` characters plus "…", cut at the last word boundary (unless that would drop more than half). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * A preview of Markdown text: the words as the reader shows them (see previewText), without a
 * first heading that repeats `title`, cut at a word boundary to at most `maxLength` characters
 * plus an ellipsis.
 */
export function excerpt(markdown: string, { maxLength = 160, title }: { maxLength?: number; title?: string } = {}): string {
  return cutAtWord(previewText(title === undefined ? markdown : withoutTitleHeading(markdown, title)), maxLength);
}

/** The text an entry is previewed by: a reflection's body, a conversation's notes (or takeaways), a goal's why (or progress notes). */
export function entryPreviewSource(entry: Entry): { text: string; title?: string } {
  if (entry.kind === 'reflection') return { text: entry.body, title: entry.title };
  if (entry.kind === 'conversation') return { text: entry.notes || entry.takeaways };
  return { text: entry.why || entry.progressNotes, title: entry.title };
}

/** A short excerpt of what an entry says, for lists of entries. */
export function entryExcerpt(entry: Entry, maxLength = 160): string {
  const { text, title } = entryPreviewSource(entry);
  return excerpt(text, { maxLength, title });
}
