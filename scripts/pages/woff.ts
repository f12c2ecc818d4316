// WOFF 1.0 back to the TrueType/OpenType file it wraps (W3C WOFF 1.0, §4-5): the page pictures'
// rasteriser (resvg) reads TrueType only, and the PT Sans the app bundles (@fontsource) comes as
// WOFF/WOFF2. Each table is zlib-compressed on its own, or stored as is when that was no smaller.
import { inflateSync } from 'node:zlib';

const HEADER = 44;
const ENTRY = 20;

/**
 * A `name` table naming the face `family` (IDs 1, 2, 4, 6; Windows platform, UTF-16BE). The app's
 * font comes in per-script subsets that all call themselves "PT Sans"; resvg's fallback takes the
 * first face holding a glyph whatever its weight, so each subset gets a family of its own.
 */
export function nameTable(family: string): Buffer {
  const records: [number, string][] = [
    [1, family],
    [2, 'Regular'],
    [4, family],
    [6, family.replace(/[^A-Za-z0-9-]/g, '')],
  ];
  const strings = records.map(([, text]) => Buffer.from(text, 'utf16le').swap16());
  const head = 6 + 12 * records.length;
  const out = Buffer.alloc(head + strings.reduce((sum, b) => sum + b.length, 0));
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(records.length, 2);
  out.writeUInt16BE(head, 4);
  let offset = 0;
  records.forEach(([id], i) => {
    const at = 6 + 12 * i;
    out.writeUInt16BE(3, at);
    out.writeUInt16BE(1, at + 2);
    out.writeUInt16BE(0x409, at + 4);
    out.writeUInt16BE(id, at + 6);
    out.writeUInt16BE(strings[i]!.length, at + 8);
    out.writeUInt16BE(offset, at + 10);
    strings[i]!.copy(out, head + offset);
    offset += strings[i]!.length;
  });
  return out;
}

/** `family`: rename the face (see nameTable). */
export function woffToSfnt(woff: Buffer, family?: string): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = HEADER + i * ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error(`table ${woff.toString('latin1', at, at + 4)}: ${data.length} bytes, expected ${origLength}`);
    const tag = woff.subarray(at, at + 4);
    // The checksum is not checked by resvg's font reader; a renamed table keeps the old one.
    return { tag, checksum: woff.readUInt32BE(at + 16), data: family && tag.toString('latin1') === 'name' ? nameTable(family) : data };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const directory = 12 + 16 * numTables;
  const out = Buffer.alloc(directory + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
  const power = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = directory;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
