// TrueType/OpenType files as tables (OpenType spec, "Organization of an OpenType Font"), and the
// `name` table that says what a face is called. The build renames the faces it changes: PT Sans's
// licence reserves its name for the unmodified font (web-fonts.ts), and the page pictures'
// rasteriser needs a family per script subset (pages/woff.ts).

export interface SfntTable {
  tag: string;
  data: Buffer;
}

export interface Sfnt {
  /** 0x00010000 for TrueType outlines, 'OTTO' for CFF. */
  flavor: number;
  tables: SfntTable[];
}

export function readSfnt(file: Buffer): Sfnt {
  const count = file.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 12 + 16 * i;
    const offset = file.readUInt32BE(at + 8);
    return { tag: file.toString('latin1', at, at + 4), data: file.subarray(offset, offset + file.readUInt32BE(at + 12)) };
  });
  return { flavor: file.readUInt32BE(0), tables };
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The sum of a table's 32-bit big-endian words, zero-padded to a whole word. */
function checksum(data: Buffer): number {
  const padded = data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A font file of `font`'s tables, in tag order, with their checksums and `head`'s checksum adjustment. */
export function writeSfnt(font: Sfnt): Buffer {
  const tables = [...font.tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const count = tables.length;
  const directory = 12 + 16 * count;
  const out = Buffer.alloc(directory + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(font.flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = directory;
  let headAt = -1;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    const data = Buffer.from(t.data);
    // head's checkSumAdjustment (offset 8) counts as 0 in every checksum, its own table's included.
    if (t.tag === 'head') {
      data.writeUInt32BE(0, 8);
      headAt = offset;
    }
    out.write(t.tag, at, 4, 'latin1');
    out.writeUInt32BE(checksum(data), at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(data.length, at + 12);
    data.copy(out, offset);
    offset += pad4(data.length);
  });
  if (headAt >= 0) out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headAt + 8);
  return out;
}

export interface NameRecord {
  /** OpenType name ID: 0 copyright, 1 family, 2 subfamily, 4 full name, 6 PostScript name… */
  id: number;
  text: string;
}

const WINDOWS = 3;
const UNICODE_BMP = 1;
const EN_US = 0x409;

/** The Windows (Unicode, US English) records of a `name` table: the ones browsers and resvg read. */
export function readNames(table: Buffer): NameRecord[] {
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const records: NameRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    if (table.readUInt16BE(at) !== WINDOWS || table.readUInt16BE(at + 2) !== UNICODE_BMP || table.readUInt16BE(at + 4) !== EN_US) continue;
    const start = strings + table.readUInt16BE(at + 10);
    const text = Buffer.from(table.subarray(start, start + table.readUInt16BE(at + 8))).swap16().toString('utf16le');
    records.push({ id: table.readUInt16BE(at + 6), text });
  }
  return records;
}

/** A `name` table (format 0) of `records`, each on the Windows platform in UTF-16BE, US English. */
export function nameTable(records: NameRecord[]): Buffer {
  const sorted = [...records].sort((a, b) => a.id - b.id);
  const strings = sorted.map(({ text }) => Buffer.from(text, 'utf16le').swap16());
  const head = 6 + 12 * sorted.length;
  const out = Buffer.alloc(head + strings.reduce((sum, b) => sum + b.length, 0));
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(sorted.length, 2);
  out.writeUInt16BE(head, 4);
  let offset = 0;
  sorted.forEach(({ id }, i) => {
    const at = 6 + 12 * i;
    out.writeUInt16BE(WINDOWS, at);
    out.writeUInt16BE(UNICODE_BMP, at + 2);
    out.writeUInt16BE(EN_US, at + 4);
    out.writeUInt16BE(id, at + 6);
    out.writeUInt16BE(strings[i]!.length, at + 8);
    out.writeUInt16BE(offset, at + 10);
    strings[i]!.copy(out, head + offset);
    offset += strings[i]!.length;
  });
  return out;
}

/** A face's PostScript name (ID 6): printable ASCII without spaces or brackets, style after a hyphen. */
export const postScriptName = (family: string, style?: string): string =>
  [family, style].filter(Boolean).map((part) => part!.replace(/[^A-Za-z0-9]/g, '')).join('-');

/** `font` with its `name` table replaced. */
export function withNames(font: Sfnt, records: NameRecord[]): Sfnt {
  return { ...font, tables: font.tables.map((t) => (t.tag === 'name' ? { tag: 'name', data: nameTable(records) } : t)) };
}
