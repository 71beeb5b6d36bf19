/**
 * Words already seen while indexing, found by their characters in the text being read, so that
 * the common case (a word seen before) needs no string made for it: at 10,000 entries the index
 * reads about two million words, and making a string of each (then hashing it for a Map) was
 * most of the build's work and garbage. Open addressing with linear probing; 32-bit FNV-1a hashes
 * of the characters (see hashRange).
 */
export class WordTable<V> {
  private hashes = new Int32Array(1 << 12);
  private keys: (string | undefined)[] = new Array<string | undefined>(1 << 12);
  private values: V[] = new Array<V>(1 << 12);
  private size = 0;

  /** The value stored for the characters text[start, end) with their hash, or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === hash && key.length === length && sameChars(text, start, key)) return this.values[slot];
    }
  }

  /** Stores a value for a word not in the table yet (`hash` as hashRange gives for its characters). */
  add(word: string, hash: number, value: V): void {
    if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    this.place(word, hash, value);
    this.size++;
  }

  private place(word: string, hash: number, value: V): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.keys[slot] = word;
    this.values[slot] = value;
  }

  private grow(): void {
    const { hashes, keys, values } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.keys = new Array<string | undefined>(hashes.length * 2);
    this.values = new Array<V>(hashes.length * 2);
    for (let i = 0; i < hashes.length; i++) if (keys[i] !== undefined) this.place(keys[i]!, hashes[i]!, values[i]!);
  }
}

function sameChars(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

/** The 32-bit FNV-1a hash of text[start, end) (as a signed integer, as WordTable keeps it). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
