// Writes the .pmtiles files the data build planned (region.json `tiles`), or removes stale ones.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { BuildResult } from '../../src/domain/data/build-region';
import { TILE_FILES } from '../../src/domain/data/plan-tiles';
import type { RegionConfig } from '../../src/domain/schema/region';
import { infraMapFeatures, municipalityMapFeatures } from '../../src/map/map-features';
import { writePmtiles } from './pmtiles-writer';
import { tileLayer } from './tile-layer';

export interface TilesWritten {
  file: string;
  tiles: number;
  bytes: number;
  ms: number;
}

export function writeTiles(outDir: string, region: RegionConfig, tiled: NonNullable<BuildResult['tiled']>): TilesWritten[] {
  const written: TilesWritten[] = [];
  const layers: [keyof typeof TILE_FILES, FeatureCollection | undefined][] = [
    ['infrastructure', tiled.infrastructure && infraMapFeatures(tiled.infrastructure)],
    ['municipalities', tiled.municipalities && polygonsOnly(municipalityMapFeatures(tiled.municipalities))],
  ];
  for (const [layer, features] of layers) {
    const entry = region.tiles?.[layer];
    const path = join(outDir, TILE_FILES[layer]);
    if (!features || !entry) {
      rmSync(path, { force: true });
      continue;
    }
    const started = performance.now();
    // The source-layer name is the layer's name: src/map/layers.ts reads the same constant.
    const tiles = tileLayer(features, { layer, maxZoom: entry.maxzoom });
    const archive = writePmtiles(tiles, {
      minZoom: 0,
      maxZoom: entry.maxzoom,
      bounds: region.bbox,
      center: [region.defaultView.center[0], region.defaultView.center[1], Math.round(region.defaultView.zoom)],
      metadata: { name: `${region.id} ${layer}`, attribution: region.attribution.join('; '), vector_layers: [{ id: layer, minzoom: 0, maxzoom: entry.maxzoom, fields: {} }] },
    });
    writeFileSync(path, archive);
    written.push({ file: TILE_FILES[layer], tiles: tiles.length, bytes: archive.length, ms: performance.now() - started });
  }
  return written;
}

const polygonsOnly = (fc: FeatureCollection): FeatureCollection => ({
  ...fc,
  features: fc.features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
});
