// A PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md) from tiles
// already encoded: one static file any web server or object store can serve with range requests.
// Layout: header | root directory | metadata | leaf directories | tile data, all gzip-compressed.
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface EncodedTile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes as served (here: gzip-compressed MVT). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  bounds: readonly [number, number, number, number];
  center: readonly [number, number, number];
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
// Header and root directory must fit in the first 16 KiB: a client reads them in one request.
const ROOT_LIMIT = 16_384 - HEADER_BYTES;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

function varint(out: number[], n: number): void {
  // Tile ids pass 2^31 at zoom 16: plain arithmetic, no bit operators (those are 32-bit).
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry": tiles written in id order cost one byte here.
    if (prev && e.offset === prev.offset + prev.length) out.push(0);
    else varint(out, e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

/** The root directory, and leaf directories when the entries do not fit in the root. */
function buildDirectories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const single = serializeDirectory(entries);
  if (single.length <= ROOT_LIMIT) return { root: single, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const root = serializeDirectory(rootEntries);
    if (root.length <= ROOT_LIMIT) return { root, leaves: Buffer.concat(leafParts) };
  }
}

function header(fields: {
  rootOffset: number; rootLength: number; metadataOffset: number; metadataLength: number;
  leavesOffset: number; leavesLength: number; dataOffset: number; dataLength: number; tiles: number;
} & ArchiveOptions): Uint8Array {
  const buf = new ArrayBuffer(HEADER_BYTES);
  const view = new DataView(buf);
  new Uint8Array(buf).set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, n: number) => view.setBigUint64(at, BigInt(n), true);
  u64(8, fields.rootOffset);
  u64(16, fields.rootLength);
  u64(24, fields.metadataOffset);
  u64(32, fields.metadataLength);
  u64(40, fields.leavesOffset);
  u64(48, fields.leavesLength);
  u64(56, fields.dataOffset);
  u64(64, fields.dataLength);
  u64(72, fields.tiles); // addressed tiles
  u64(80, fields.tiles); // tile entries
  u64(88, fields.tiles); // tile contents
  view.setUint8(96, 1); // clustered: tile data is in tile-id order
  view.setUint8(97, COMPRESSION_GZIP); // directories and metadata
  view.setUint8(98, COMPRESSION_GZIP); // tiles
  view.setUint8(99, TILE_TYPE_MVT);
  view.setUint8(100, fields.minZoom);
  view.setUint8(101, fields.maxZoom);
  const e7 = (v: number) => Math.round(v * 1e7);
  const [w, s, e, n] = fields.bounds;
  view.setInt32(102, e7(w), true);
  view.setInt32(106, e7(s), true);
  view.setInt32(110, e7(e), true);
  view.setInt32(114, e7(n), true);
  view.setUint8(118, fields.center[2]);
  view.setInt32(119, e7(fields.center[0]), true);
  view.setInt32(123, e7(fields.center[1]), true);
  return new Uint8Array(buf);
}

export function writePmtiles(tiles: readonly EncodedTile[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  const { root, leaves } = buildDirectories(entries);
  const metadata = gzipSync(JSON.stringify(options.metadata));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const head = header({
    ...options,
    rootOffset,
    rootLength: root.length,
    metadataOffset,
    metadataLength: metadata.length,
    leavesOffset,
    leavesLength: leaves.length,
    dataOffset,
    dataLength: offset,
    tiles: entries.length,
  });
  return Buffer.concat([head, root, metadata, leaves, ...sorted.map((t) => t.data)]);
}
