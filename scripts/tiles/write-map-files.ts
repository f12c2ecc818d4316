// Writes the map-ready files of a build: infrastructure.map.geojson (read by the map's worker)
// and the .pmtiles files the plan asks for (region.json `tiles`); removes stale ones.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { BuildResult } from '../../src/domain/data/build-region';
import { MAP_FILES } from '../../src/domain/data/output-files';
import { TILE_FILES } from '../../src/domain/data/plan-tiles';
import type { RegionConfig } from '../../src/domain/schema/region';
import { TILE_SOURCE_LAYERS } from '../../src/map/layers';
import { infraMapFeatures, municipalityMapFeatures } from '../../src/map/map-features';
import { writePmtiles } from './pmtiles-writer';
import { tileLayer } from './tile-layer';

export interface FileWritten {
  file: string;
  tiles?: number;
  bytes: number;
  ms: number;
}

export function writeMapFiles(outDir: string, region: RegionConfig, map: NonNullable<BuildResult['map']>): FileWritten[] {
  const written: FileWritten[] = [];
  const started = performance.now();
  const infra = JSON.stringify(infraMapFeatures(map.mapInfrastructure));
  writeFileSync(join(outDir, MAP_FILES.infrastructure), infra);
  written.push({ file: MAP_FILES.infrastructure, bytes: Buffer.byteLength(infra), ms: performance.now() - started });

  const layers: [keyof typeof TILE_FILES, FeatureCollection | undefined][] = [
    ['infrastructure', map.tiled.infrastructure && infraMapFeatures(map.tiled.infrastructure)],
    ['municipalities', map.tiled.municipalities && polygonsOnly(municipalityMapFeatures(map.tiled.municipalities))],
  ];
  for (const [layer, features] of layers) {
    const entry = region.tiles?.[layer];
    const path = join(outDir, TILE_FILES[layer]);
    if (!features || !entry) {
      rmSync(path, { force: true });
      continue;
    }
    const t0 = performance.now();
    const tiles = tileLayer(features, { layer: TILE_SOURCE_LAYERS[layer], maxZoom: entry.maxzoom });
    const archive = writePmtiles(tiles, {
      minZoom: 0,
      maxZoom: entry.maxzoom,
      bounds: region.bbox,
      center: [region.defaultView.center[0], region.defaultView.center[1], Math.round(region.defaultView.zoom)],
      metadata: { name: `${region.id} ${layer}`, attribution: region.attribution.join('; '), vector_layers: [{ id: TILE_SOURCE_LAYERS[layer], minzoom: 0, maxzoom: entry.maxzoom, fields: {} }] },
    });
    writeFileSync(path, archive);
    written.push({ file: TILE_FILES[layer], tiles: tiles.length, bytes: archive.length, ms: performance.now() - t0 });
  }
  return written;
}

const polygonsOnly = (fc: FeatureCollection): FeatureCollection => ({
  ...fc,
  features: fc.features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
});
