/**
 * Words already seen while indexing, found by their characters in the text being read, so that
 * the common case (a word seen before) needs no string made for it: at 10,000 entries the index
 * reads about two million words, and making a string of each (then hashing it for a Map) was
 * most of the build's work and garbage. Open addressing with linear probing; 32-bit FNV-1a hashes
 * of the characters (see hashRange).
 */
export class WordTable<V> {
  /**
   * Per slot, side by side (one read of memory per probe): the word's hash, its length (0 for a
   * free slot: a word has at least one character) and where its characters start in `pool`.
   */
  private slots = new Int32Array(3 << 12);
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
    const { slots, pool } = this;
    const mask = this.values.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot * 3 + 1]!;
      if (stored === 0) return undefined;
      if (stored !== length || slots[slot * 3] !== hash) continue;
      const at = slots[slot * 3 + 2]! - start;
      let i = start;
      while (i < end && pool[at + i] === text.charCodeAt(i)) i++;
      if (i === end) return this.values[slot];
    }
  }

  /** Stores a value for a word not in the table yet (`hash` as hashRange gives for its characters). */
  add(word: string, hash: number, value: V): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
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
    const mask = this.values.length - 1;
    let slot = hash & mask;
    while (this.slots[slot * 3 + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[slot * 3] = hash;
    this.slots[slot * 3 + 1] = length;
    this.slots[slot * 3 + 2] = offset;
    this.values[slot] = value;
  }

  private grow(): void {
    const { slots, values } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.values = new Array<V>(values.length * 2);
    for (let i = 0; i < values.length; i++)
      if (slots[i * 3 + 1] !== 0) this.place(slots[i * 3]!, slots[i * 3 + 1]!, slots[i * 3 + 2]!, values[i]!);
  }
}

/** The 32-bit FNV-1a hash of text[start, end) (as a signed integer, as WordTable keeps it). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
