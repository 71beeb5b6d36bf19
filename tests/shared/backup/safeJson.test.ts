import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors';
import { parseJsonSafely, type SafeJsonOptions } from '../../../shared/safeJson';

const opts: SafeJsonOptions = { maxBytes: 1_000, what: 'This file' };
function rejects(input: Uint8Array | string, o = opts) {
  try {
    parseJsonSafely(input, o);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems;
  }
  throw new Error('expected a rejection');
}

describe('parseJsonSafely', () => {
  it('parses ordinary JSON and drops a byte-order mark', () => {
    expect(parseJsonSafely(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d]), opts)).toEqual({ a: 1 });
  });
  it('refuses a file over the size limit before parsing it', () => {
    expect(rejects('['.repeat(2_000))).toEqual([{ where: 'The file', message: 'it is 2 KB; the limit is 1 KB' }]);
  });
  it('refuses bytes that are not UTF-8', () => {
    expect(rejects(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]))[0]!.message).toMatch(/not UTF-8/);
  });
  it('refuses nesting deeper than the limit, naming where', () => {
    expect(rejects('{"a":[[[[1]]]]}', { ...opts, maxDepth: 4 })).toEqual([
      { where: 'line 1, column 9', message: 'data is nested more than 4 levels deep' },
    ]);
  });
  it('does not count brackets inside strings as nesting', () => {
    expect(parseJsonSafely('{"a":"[[[[[[\\"[[["}', { ...opts, maxDepth: 2 })).toEqual({ a: '[[[[[["[[[' });
  });
  it('refuses __proto__ and constructor keys wherever they are', () => {
    expect(rejects('{"a":[{"__proto__":{"x":1}}]}')).toEqual([
      { where: 'The file', message: 'it holds a field named “__proto__” (at a[0].__proto__), a name that is not allowed' },
    ]);
    expect(rejects('{"constructor":{}}')).toEqual([
      { where: 'The file', message: 'it holds a field named “constructor” (at constructor), a name that is not allowed' },
    ]);
  });
  it('reports a syntax error with its line and column', () => {
    expect(rejects('{\n  "a": 1,\n  "b": tru\n}')).toEqual([
      { where: 'line 3, column 11', message: 'this is not valid JSON (is the file complete?)' },
    ]);
  });
  it('refuses an empty file', () => {
    expect(rejects('  \n')).toEqual([{ where: 'The file', message: 'the file is empty' }]);
  });
});

describe('locating JSON syntax errors', () => {
  it.each([
    ['[1,2', 'line 1, column 5'],
    ['{"a" 1}', 'line 1, column 6'],
    ['{"a":1,}', 'line 1, column 8'],
    ['[1]\n x', 'line 2, column 2'],
    ['{"a":"\\q"}', 'line 1, column 8'],
    ['[01]', 'line 1, column 3'],
  ])('%j fails at %s', (text, where) => {
    expect(rejects(text)).toEqual([{ where, message: 'this is not valid JSON (is the file complete?)' }]);
  });
});
