/**
 * Word boundaries shared by the index and the highlighter: spaces and punctuation split words,
 * except an underscore or asterisk between two word characters, which joins them into one
 * compound word (`user_id`, `O*NET`); the compound is indexed whole and by its parts.
 */

const PART = String.raw`[^\n\r\p{Z}\p{P}]+`;
/** One word (a compound is one match). Global: use with matchAll. */
export const WORD = new RegExp(`${PART}(?:[_*]+${PART})*`, 'gu');
/** The parts of a compound word. Global: use with matchAll. */
export const WORD_PART = new RegExp(PART, 'gu');
/** Whether a word is a compound (holds `_` or `*`). */
export const JOINER = /[_*]/;

// What a character is to WORD: part of a word, a joiner (`_`, `*`), or a separator (line breaks,
// spaces, other punctuation). Worked out once per UTF-16 unit from the same character classes as
// WORD (cached: a journal uses few distinct characters); astral characters are asked each time.
const UNKNOWN = 0;
const IN_WORD = 1;
const JOINS = 2;
const SPLITS = 3;
const SEPARATOR = /^[\n\r\p{Z}\p{P}]$/u;
const kinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let k = kinds[code]!;
  if (k === UNKNOWN) {
    k = code === 0x5f || code === 0x2a ? JOINS : SEPARATOR.test(String.fromCharCode(code)) ? SPLITS : IN_WORD;
    kinds[code] = k;
  }
  return k;
}

/** The kind of the character at `i` and its length in UTF-16 units (2 for an astral character). */
function charAt(text: string, i: number): [kind: number, width: number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return [SEPARATOR.test(text.slice(i, i + 2)) ? SPLITS : IN_WORD, 2];
  }
  return [kindOf(c), 1];
}

/**
 * Calls `word(start, end, compound)` for every match of WORD in `text`, in order: the same words
 * as `text.matchAll(WORD)` (unit tests compare them), in one pass without a match object per word.
 */
export function scanWords(text: string, word: (start: number, end: number, compound: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Skip to the next word character (joiners cannot start a word).
    let c = text.charCodeAt(i);
    let k: number;
    let w: number;
    if (c < 0xd800) {
      k = kindOf(c);
      w = 1;
    } else [k, w] = charAt(text, i);
    if (k !== IN_WORD) {
      i += w;
      continue;
    }
    const start = i;
    let end = i + w;
    let compound = false;
    i = end;
    // The rest of the word: word characters, and joiner runs followed by a word character.
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 0xd800) {
        k = kindOf(c);
        w = 1;
      } else [k, w] = charAt(text, i);
      if (k === IN_WORD) {
        i += w;
        end = i;
      } else if (k === JOINS) {
        let j = i + 1;
        while (j < n && kindOf(text.charCodeAt(j)) === JOINS) j++;
        if (j >= n || charAt(text, j)[0] !== IN_WORD) break;
        compound = true;
        i = j;
      } else break;
    }
    word(start, end, compound);
    i = end;
  }
}

// The kinds of the ASCII characters (what kindOf says), for scanAsciiWords's tight loop.
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, c) => kindOf(c));
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * scanWords for a text of ASCII characters only, in the same single pass also giving each word's
 * hash (hashRange's: 32-bit FNV-1a of its characters) to `word`; a compound word's hash is 0 (it
 * is split into parts anyway). The same words as scanWords (unit tests compare them).
 */
export function scanAsciiWords(text: string, word: (start: number, end: number, hash: number, compound: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (ASCII_KINDS[c] !== IN_WORD) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ c, FNV_PRIME);
      c = ++i < n ? text.charCodeAt(i) : 0;
    } while (i < n && ASCII_KINDS[c] === IN_WORD);
    if (i >= n || ASCII_KINDS[c] !== JOINS) {
      word(start, i, h, false);
      continue;
    }
    // A joiner run: the word goes on (a compound) only if a word character follows it.
    let end = i;
    let compound = false;
    while (i < n) {
      const k = ASCII_KINDS[text.charCodeAt(i)];
      if (k === IN_WORD) end = ++i;
      else if (k === JOINS) {
        let j = i + 1;
        while (j < n && ASCII_KINDS[text.charCodeAt(j)] === JOINS) j++;
        if (j >= n || ASCII_KINDS[text.charCodeAt(j)] !== IN_WORD) break;
        compound = true;
        i = j;
      } else break;
    }
    word(start, end, compound ? 0 : h, compound);
    i = end;
  }
}
