// GeoJSON features -> gzip-compressed MVT tiles for every tile that holds data, zoom 0..maxZoom.
// geojson-vt and vt-pbf are the tiler and encoder MapLibre itself uses for GeoJSON sources, so
// tiles cut here draw exactly as the same features would from a GeoJSON source.
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { EncodedTile } from './pmtiles-writer';

export interface TileLayerOptions {
  layer: string;
  maxZoom: number;
}

export function tileLayer(features: FeatureCollection, { layer, maxZoom }: TileLayerOptions): EncodedTile[] {
  const index = new GeoJSONVT(features, { maxZoom, indexMaxZoom: Math.min(5, maxZoom), tolerance: 3, extent: 4096, buffer: 64 });
  const out: EncodedTile[] = [];
  // Depth first from the world tile: a tile with no features has no children with any.
  const visit = (z: number, x: number, y: number) => {
    const tile = index.getTile(z, x, y);
    if (!tile || tile.features.length === 0) return;
    out.push({ z, x, y, data: gzipSync(fromGeojsonVt({ [layer]: tile }, { version: 2, extent: 4096 })) });
    if (z === maxZoom) return;
    for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) visit(z + 1, 2 * x + dx, 2 * y + dy);
  };
  visit(0, 0, 0);
  return out;
}
