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
