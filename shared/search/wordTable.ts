/**
 * Words already seen while indexing, found by their characters in the text being read, so that
 * the common case (a word seen before) needs no string made for it: at 10,000 entries the index
 * reads about two million words, and making a string of each (then hashing it for a Map) was
 * most of the build's work and garbage. Open addressing with linear probing; 32-bit FNV-1a hashes
 * of the characters (see hashRange).
 */
export class WordTable<V> {
  private hashes = new Int32Array(1 << 12);
  /** Per slot: the word's length (0 for a free slot: a word has at least one character) and where its characters start in `pool`. */
  private lengths = new Int32Array(1 << 12);
  private offsets = new Int32Array(1 << 12);
  /**
   * Every stored word's characters, one after another: comparing with typed-array reads is faster
   * than reading each character of both strings (a key made by slicing the text is a view of it).
   */
  private pool = new Uint16Array(1 << 15);
  private used = 0;
  private values: V[] = new Array<V>(1 << 12);
  private size = 0;

  /** The value stored for the characters text[start, end) with their hash, or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.hashes.length - 1;
    const length = end - start;
    const pool = this.pool;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.lengths[slot]!;
      if (stored === 0) return undefined;
      if (stored !== length || this.hashes[slot] !== hash) continue;
      const at = this.offsets[slot]! - start;
      let i = start;
      while (i < end && pool[at + i] === text.charCodeAt(i)) i++;
      if (i === end) return this.values[slot];
    }
  }

  /** Stores a value for a word not in the table yet (`hash` as hashRange gives for its characters). */
  add(word: string, hash: number, value: V): void {
    if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    if (this.used + word.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.used + word.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    const offset = this.used;
    for (let i = 0; i < word.length; i++) this.pool[offset + i] = word.charCodeAt(i);
    this.used += word.length;
    this.place(hash, word.length, offset, value);
    this.size++;
  }

  private place(hash: number, length: number, offset: number, value: V): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.lengths[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.lengths[slot] = length;
    this.offsets[slot] = offset;
    this.values[slot] = value;
  }

  private grow(): void {
    const { hashes, lengths, offsets, values } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.lengths = new Int32Array(hashes.length * 2);
    this.offsets = new Int32Array(hashes.length * 2);
    this.values = new Array<V>(hashes.length * 2);
    for (let i = 0; i < hashes.length; i++) if (lengths[i] !== 0) this.place(hashes[i]!, lengths[i]!, offsets[i]!, values[i]!);
  }
}

/** The 32-bit FNV-1a hash of text[start, end) (as a signed integer, as WordTable keeps it). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
