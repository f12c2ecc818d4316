// Which layers a region serves as vector tiles, and what stays GeoJSON for the app to read.
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../../src/domain/data/build-region';
import { DEFAULT_TILE_MAX_ZOOM } from '../../../src/domain/data/plan-tiles';
import { countPositions } from '../../../src/domain/osm/geometry';
import { RegionConfig } from '../../../src/domain/schema/region';
import { fixtureRegionFiles, reader, type Loose } from '../../helpers/region-files';

/** Kuzbass plus one power line and one municipal boundary (Kemerovo's), tiled above `threshold` vertices. */
function withLineAndBoundary(threshold?: number) {
  const files = fixtureRegionFiles();
  const region = files['region.json'] as Loose;
  if (threshold !== undefined) region.tiling = { thresholdVertices: threshold };
  const line = structuredClone((files['infrastructure.geojson'] as Loose).features[11]);
  Object.assign(line.properties, { id: 'vl-110-test', kind: 'power_line', voltageKv: [110, 10] });
  line.geometry = { type: 'LineString', coordinates: [[86.0, 55.3], [86.2, 55.4], [86.4, 55.5]] };
  (files['infrastructure.geojson'] as Loose).features.push(line);
  const kemerovo = (files['municipalities.geojson'] as Loose).features[0];
  kemerovo.geometry = { type: 'Polygon', coordinates: [[[85.9, 55.3], [86.2, 55.3], [86.2, 55.5], [85.9, 55.5], [85.9, 55.3]]] };
  return buildRegion(reader(files));
}

describe('tiling plan of the data build', () => {
  it('keeps a region under the threshold all GeoJSON, with no tiles in region.json', () => {
    const result = withLineAndBoundary();
    const region = RegionConfig.parse(result.outputs!['region.json']);
    expect(region.tiles).toBeUndefined();
    expect(region.summary?.voltagesKv).toEqual([110]);
    expect(result.map?.mapInfrastructure).toHaveLength(26);
    expect((result.outputs!['municipalities.geojson'] as Loose).features[0].geometry.type).toBe('Polygon');
    expect(result.map?.tiled).toEqual({});
  });

  it('moves lines and boundaries above the threshold into tiles and keeps points and centres as GeoJSON', () => {
    const result = withLineAndBoundary(2);
    expect(result.problems).toEqual([]);
    const region = RegionConfig.parse(result.outputs!['region.json']);
    expect(region.tiles).toEqual({
      infrastructure: { file: 'infrastructure.pmtiles', maxzoom: DEFAULT_TILE_MAX_ZOOM.infrastructure },
      municipalities: { file: 'municipalities.pmtiles', maxzoom: DEFAULT_TILE_MAX_ZOOM.municipalities },
    });
    // The legend and filters learn of the tiled line from the summary.
    expect(region.summary?.infrastructureKinds).toContain('power_line');
    expect(region.summary?.voltagesKv).toEqual([110]);
    // The map's GeoJSON keeps the points; infrastructure.geojson keeps everything (the proposal page reads it).
    const mapInfra = result.map!.mapInfrastructure;
    expect(mapInfra).toHaveLength(25);
    expect(mapInfra.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect((result.outputs!['infrastructure.geojson'] as Loose).features).toHaveLength(26);
    expect(result.map?.tiled.infrastructure?.map((f) => f.properties.id)).toEqual(['vl-110-test']);
    // Kemerovo is drawn from the tiles; the GeoJSON keeps it as its centre, with its name.
    const kemerovo = (result.outputs!['municipalities.geojson'] as Loose).features[0];
    expect(kemerovo.geometry).toEqual({ type: 'Point', coordinates: kemerovo.properties.centre });
    expect(result.map?.tiled.municipalities?.map((m) => m.properties.id)).toEqual(['kemerovo-go']);
  });

  it('still derives distances from the tiled lines: tiling changes delivery, not the data', () => {
    const near = (r: ReturnType<typeof withLineAndBoundary>) =>
      (r.outputs!['sites.geojson'] as Loose).features.map((s: Loose) => s.properties.derived.nearest.power_line?.km);
    expect(near(withLineAndBoundary(2))).toEqual(near(withLineAndBoundary()));
    expect(near(withLineAndBoundary(2)).some((km: number | undefined) => km !== undefined)).toBe(true);
  });

  it('counts the vertices the threshold applies to, for every geometry type', () => {
    expect(countPositions({ type: 'Point', coordinates: [1, 2] })).toBe(1);
    expect(countPositions({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 4]]] })).toBe(5);
    expect(countPositions({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] })).toBe(8);
  });
});
