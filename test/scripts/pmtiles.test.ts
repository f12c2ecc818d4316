// The .pmtiles files the data build writes, read back with the same reader the map uses.
import { gzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate';
import { writePmtiles, type EncodedTile } from '../../scripts/tiles/pmtiles-writer';
import { tileLayer } from '../../scripts/tiles/tile-layer';

/** The archive as the map sees it over HTTP range requests, without a server. */
class BytesSource implements Source {
  requests = 0;
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'memory';
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.requests++;
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) };
  }
}

const options = { minZoom: 0, bounds: [84.4, 52.1, 89.5, 56.9], center: [86.8, 54.6, 6], metadata: { name: 'test' } } as const;

describe('PMTiles archive', () => {
  it('serves every tile of a tiled line layer, with its properties, at the right address', async () => {
    const line = {
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates: [[85, 53], [86.5, 54.2], [88, 55.5]] },
      properties: { id: 'l1', kind: 'power_line', voltage: 110, nameRu: 'ЛЭП', nameEn: 'Line' },
    };
    const tiles = tileLayer({ type: 'FeatureCollection', features: [line] }, { layer: 'infrastructure', maxZoom: 8 });
    expect(tiles.length).toBeGreaterThan(9); // at least one per zoom, several at z8
    const archive = new PMTiles(new BytesSource(writePmtiles(tiles, { ...options, maxZoom: 8 })));
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom, header.numAddressedTiles]).toEqual([0, 8, tiles.length]);
    expect(header.minLon).toBeCloseTo(84.4, 5);
    for (const t of tiles) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      const layer = new VectorTile(new PbfReader(new Uint8Array(got!.data))).layers.infrastructure!;
      expect(layer.length).toBe(1);
      expect(layer.feature(0).properties).toMatchObject({ kind: 'power_line', voltage: 110, nameRu: 'ЛЭП' });
    }
    // A tile the line never crosses is absent, not an error.
    expect(await archive.getZxy(8, 0, 0)).toBeUndefined();
    expect(await archive.getMetadata()).toEqual({ name: 'test' });
  });

  it('splits a large directory into leaf directories and still finds every tile', async () => {
    const rnd = mulberry32(5);
    const seen = new Set<string>();
    const tiles: EncodedTile[] = [];
    while (tiles.length < 40_000) {
      const z = 10 + Math.floor(rnd() * 3);
      const x = Math.floor(rnd() * 2 ** z);
      const y = Math.floor(rnd() * 2 ** z);
      if (seen.has(`${z}/${x}/${y}`)) continue;
      seen.add(`${z}/${x}/${y}`);
      // gzip of distinct bytes: the reader decompresses tiles as the header says.
      tiles.push({ z, x, y, data: gzipSync(Buffer.from(`${z}/${x}/${y}`)) });
    }
    const bytes = writePmtiles(tiles, { ...options, minZoom: 10, maxZoom: 12 });
    const source = new BytesSource(bytes);
    const archive = new PMTiles(source);
    const header = await archive.getHeader();
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    for (const t of tiles.filter((_, i) => i % 97 === 0)) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(Buffer.from(got!.data).toString()).toBe(`${t.z}/${t.x}/${t.y}`);
    }
    // 40,000 tiles take ~4 s alone, five times that on a busy 2-core machine: the limit only
    // catches a hang (speed is not this test's question).
  }, 120_000);
});
