/**
 * Reading untrusted files (backups, imports) without trusting them: the size is checked before
 * anything is decoded or parsed, text must be valid UTF-8, nesting depth is bounded before
 * JSON.parse runs (so a hostile file can't exhaust the stack or hang the app), and keys that
 * could reach an object's prototype are refused. Every failure is an InputError naming where.
 */
import { InputError } from './errors';

export interface SafeJsonOptions {
  /** Largest accepted input, in bytes (checked before decoding or parsing). */
  maxBytes: number;
  /** Deepest accepted nesting of arrays and objects. */
  maxDepth?: number;
  /** What is being read, for error messages ("This backup"). */
  what: string;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const DEFAULT_MAX_DEPTH = 32;

/** Human-readable size, e.g. "10 MB". */
export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${Math.round(n / 100_000) / 10} MB`;
  if (n >= 1_000) return `${Math.round(n / 100) / 10} KB`;
  return `${n} bytes`;
}

/** The message for a file refused for its size before it was read. */
export function fileTooLargeMessage(name: string, size: number, maxBytes: number): string {
  return `${name} is ${formatBytes(size)}; files larger than ${formatBytes(maxBytes)} are refused`;
}

/** Refuses input larger than `maxBytes` (strings are measured as their UTF-8 length). */
export function checkSize(input: Uint8Array | string, maxBytes: number, what: string): void {
  // A string's UTF-8 size is at most 3 bytes per UTF-16 unit; only encode when it could matter.
  const bytes =
    typeof input === 'string' ? (input.length * 3 <= maxBytes ? input.length : new TextEncoder().encode(input).length) : input.length;
  if (bytes > maxBytes) {
    const size = formatBytes(bytes) === formatBytes(maxBytes) ? 'just over the limit' : formatBytes(bytes);
    throw new InputError(`${what} is too large`, [{ where: 'The file', message: `it is ${size}; the limit is ${formatBytes(maxBytes)}` }]);
  }
}

/** Decodes UTF-8 strictly (a wrong encoding or binary file is an error, not mojibake); a leading byte-order mark is dropped. */
export function decodeUtf8(input: Uint8Array | string, what: string): string {
  if (typeof input === 'string') return input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new InputError(`${what} can't be read`, [
      { where: 'The file', message: 'it is not UTF-8 text (is it the right file, or saved in another encoding?)' },
    ]);
  }
}

/** Line and column (1-based) of a character offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The deepest nesting of [ and { outside strings, scanning once; stops early past `limit`. */
function nestingDepthExceeds(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

/** Finds a key that could pollute a prototype, returning its JSON path. */
function findForbiddenKey(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const here = path === '(root)' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) return here;
      const found = findForbiddenKey((value as Record<string, unknown>)[key], here);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The offset of the first syntax error in text that JSON.parse refused (engines word their
 * messages differently and often give no position). Only run after a failure, on text whose
 * nesting is already known to be bounded, so the recursion is shallow.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    // The offset itself unwinds the recursive scan; the catch below turns it back into the result.
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a number, never seen outside this function
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 0x20) fail();
      if (c === 92) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? '')) i++;
        else fail();
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
  return Math.min(i, text.length);
}

/**
 * Parses untrusted JSON text or bytes: size first, then strict UTF-8, then nesting depth, then
 * JSON syntax (with line and column), then forbidden keys. Returns plain data, never throws
 * anything but InputError.
 */
export function parseJsonSafely(input: Uint8Array | string, options: SafeJsonOptions): unknown {
  const { maxBytes, what } = options;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  checkSize(input, maxBytes, what);
  const text = decodeUtf8(input, what);
  if (!text.trim()) throw new InputError(`${what} can't be read`, [{ where: 'The file', message: 'the file is empty' }]);
  const deepAt = nestingDepthExceeds(text, maxDepth);
  if (deepAt !== null) {
    const { line, column } = lineAndColumn(text, deepAt);
    throw new InputError(`${what} can't be read`, [
      { where: `line ${line}, column ${column}`, message: `data is nested more than ${maxDepth} levels deep` },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const { line, column } = lineAndColumn(text, jsonErrorOffset(text));
    const where = `line ${line}, column ${column}`;
    throw new InputError(`${what} can't be read`, [{ where, message: 'this is not valid JSON (is the file complete?)' }]);
  }
  const bad = findForbiddenKey(value, '(root)');
  if (bad) {
    const key = bad.slice(bad.lastIndexOf('.') + 1);
    throw new InputError(`${what} can't be read`, [
      { where: 'The file', message: `it holds a field named “${key}” (at ${bad}), a name that is not allowed` },
    ]);
  }
  return value;
}
