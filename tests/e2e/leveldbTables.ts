/**
 * The data blocks of a LevelDB table file (`.ldb`, `.sst`), uncompressed: LevelDB stores blocks
 * Snappy-compressed, where a repeated run of bytes (a UTF-16 name, a phrase written twice) becomes
 * a back-reference, so a byte scan of the file can miss text that is there. Format:
 * github.com/google/leveldb doc/table_format.md; Snappy: github.com/google/snappy format_description.txt.
 * A table this reader cannot read throws (a scan must not pass on a file it did not read).
 */

function varint(buf: Buffer, pos: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    if (byte === undefined) throw new Error('LevelDB table: varint past the end');
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, pos];
    shift += 7;
  }
}

/** Snappy's raw format: a varint length, then literals and back-references. */
export function snappyUncompress(input: Buffer): Buffer {
  const [length, start] = varint(input, 0);
  const out = Buffer.alloc(length);
  let o = 0;
  let p = start;
  while (p < input.length) {
    const tag = input[p++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let len = tag >> 2;
      if (len >= 60) {
        const bytes = len - 59;
        len = input.readUIntLE(p, bytes);
        p += bytes;
      }
      len += 1;
      input.copy(out, o, p, p + len);
      p += len;
      o += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      len = 4 + ((tag >> 2) & 7);
      offset = ((tag >> 5) << 8) | input[p++]!;
    } else if (kind === 2) {
      len = (tag >> 2) + 1;
      offset = input.readUInt16LE(p);
      p += 2;
    } else {
      len = (tag >> 2) + 1;
      offset = input.readUInt32LE(p);
      p += 4;
    }
    if (offset === 0 || offset > o) throw new Error('Snappy: a back-reference before the start');
    for (let i = 0; i < len; i++, o++) out[o] = out[o - offset]!;
  }
  if (o !== length) throw new Error(`Snappy: ${o} bytes instead of ${length}`);
  return out;
}

function block(file: Buffer, offset: number, size: number): Buffer {
  const contents = file.subarray(offset, offset + size);
  const compression = file[offset + size];
  if (compression === 0) return contents;
  if (compression === 1) return snappyUncompress(contents);
  throw new Error(`LevelDB table: block compression ${compression} is not read here`);
}

/** The values of a block's entries (an index block's are handles of data blocks). */
function entryValues(data: Buffer): Buffer[] {
  const restarts = data.readUInt32LE(data.length - 4);
  const end = data.length - 4 - 4 * restarts;
  const values: Buffer[] = [];
  let p = 0;
  while (p < end) {
    let nonShared: number;
    let valueLength: number;
    [, p] = varint(data, p);
    [nonShared, p] = varint(data, p);
    [valueLength, p] = varint(data, p);
    p += nonShared;
    values.push(data.subarray(p, p + valueLength));
    p += valueLength;
  }
  return values;
}

/** Every data block of the table, uncompressed. */
export function tableBlocks(file: Buffer): Buffer[] {
  // The footer ends with the magic number 0xdb4775248b80fb57, little-endian.
  if (file.length < 48 || file.readUInt32LE(file.length - 8) !== 0x8b80fb57 || file.readUInt32LE(file.length - 4) !== 0xdb477524)
    throw new Error('LevelDB table: no table footer');
  const footer = file.subarray(file.length - 48);
  // The metaindex block's handle (offset, size), then the index block's.
  const [, afterMetaOffset] = varint(footer, 0);
  const [, afterMetaSize] = varint(footer, afterMetaOffset);
  const [indexOffset, afterIndexOffset] = varint(footer, afterMetaSize);
  const [indexSize] = varint(footer, afterIndexOffset);
  return entryValues(block(file, indexOffset, indexSize)).map((handle) => {
    const [offset, next] = varint(handle, 0);
    const [size] = varint(handle, next);
    return block(file, offset, size);
  });
}
