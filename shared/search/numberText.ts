/**
 * Non-negative integers written as text (the saved search index's postings and field lengths):
 * each letter carries 5 bits of a number and a "more follows" bit, least significant first, in
 * letters safe in JSON and URLs. About one letter per number in a search index.
 *
 * Read where it lies: a saved index keeps a segment's number text and decodes a word's numbers
 * from their offset when the word is first read, instead of copying every number into an array
 * at load (issue 12: filling a 9 MB array at each start cost 40 ms, most of it the memory's first
 * touch). The reader of a snapshot checks the text once (./snapshotReader.ts); a NumberCursor
 * trusts it.
 */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The value of each letter of ALPHABET by its character code (-1: not a letter of it). */
export const VALUE_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE_OF[ALPHABET.charCodeAt(i)] = i;

/** Appends non-negative integers as letters. */
export class NumberWriter {
  private readonly parts: string[] = [];
  private buffer: number[] = [];

  write(n: number): void {
    let v = n;
    while (v >= 32) {
      this.buffer.push(ALPHABET.charCodeAt(32 | (v % 32)));
      v = Math.floor(v / 32);
    }
    this.buffer.push(ALPHABET.charCodeAt(v));
    if (this.buffer.length >= 8192) this.flush();
  }

  private flush(): void {
    this.parts.push(String.fromCharCode(...this.buffer));
    this.buffer = [];
  }

  text(): string {
    this.flush();
    return this.parts.join('');
  }
}

/** Reads the numbers of a checked number text one after another from a character offset `at`. */
export class NumberCursor {
  constructor(
    readonly text: string,
    public at = 0,
  ) {}

  /** The next number. */
  next(): number {
    let v = VALUE_OF[this.text.charCodeAt(this.at++)]!;
    if (v < 32) return v;
    let n = v & 31;
    let scale = 32;
    for (;;) {
      v = VALUE_OF[this.text.charCodeAt(this.at++)]!;
      if (!(v >= 0)) throw new Error('The number text ends inside a number.');
      n += (v & 31) * scale;
      if (v < 32) return n;
      scale *= 32;
    }
  }

  /** Passes over `count` numbers; false when the text ends first. */
  skip(count: number): boolean {
    const { text } = this;
    let left = count;
    let at = this.at;
    while (left > 0 && at < text.length) if (VALUE_OF[text.charCodeAt(at++)]! < 32) left--;
    this.at = at;
    return left === 0;
  }

  /** True once every number has been read. */
  get ended(): boolean {
    return this.at >= this.text.length;
  }
}
