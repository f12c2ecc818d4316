import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { areaHa, municipalityAt, siteBbox, siteCentroid } from '../../../src/domain/geo/site-metrics';
import { fanOutColocated } from '../../../src/domain/geo/spread';
import { buildRegion } from '../../../src/domain/data/build-region';
import { fixtureRegionFiles, reader, sitesOf } from '../../helpers/region-files';

// A square of 0.01° x 0.01° at 55°N. By hand on a sphere of radius 6378137 m (Turf's):
// north-south 0.01° = 1113.195 m; east-west 0.01° * cos(55°) = 638.50 m -> ~71.08 ha.
const square: Polygon = {
  type: 'Polygon',
  coordinates: [[[86, 55], [86.01, 55], [86.01, 55.01], [86, 55.01], [86, 55]]],
};

describe('site metrics', () => {
  it('computes the area of a boundary in hectares', () => {
    const byHand = (1113.195 * 1113.195 * Math.cos((55.005 * Math.PI) / 180)) / 10_000;
    expect(areaHa(square)).toBeCloseTo(byHand, 0);
  });

  it('gives no area for a point: no boundary, no number', () => {
    expect(areaHa({ type: 'Point', coordinates: [86, 55] })).toBeUndefined();
  });

  it('computes centroid and bbox', () => {
    expect(siteCentroid(square)).toEqual([86.005, 55.005]);
    expect(siteBbox(square)).toEqual([86, 55, 86.01, 55.01]);
  });

  it('finds the municipality by point in polygon, ignoring centre points', () => {
    const municipalities = [
      { id: 'centre-only', geometry: { type: 'Point' as const, coordinates: [86.005, 55.005] } },
      { id: 'square', geometry: square },
    ];
    expect(municipalityAt([86.005, 55.005], municipalities)).toBe('square');
    expect(municipalityAt([87, 55], municipalities)).toBeUndefined();
  });

  it('fans out markers that share a town centre, and leaves lone ones alone', () => {
    const out = fanOutColocated([[86, 55], [86, 55], [86, 55], [87, 54]], 2.5);
    expect(new Set(out.slice(0, 3).map((p) => p.join()))).toHaveProperty('size', 3);
    for (const p of out.slice(0, 3)) {
      const km = Math.hypot((p[0] - 86) * 111.32 * Math.cos((55 * Math.PI) / 180), (p[1] - 55) * 111.32);
      expect(km).toBeCloseTo(2.5, 1);
    }
    expect(out[3]).toEqual([87, 54]);
  });
});

describe('derived site data of the build', () => {
  const built = buildRegion(reader(fixtureRegionFiles())).outputs!['sites.geojson'] as { features: { properties: Record<string, never> & { id: string; derived: { nearest: Record<string, { id: string; km: number; approximate?: true }>; centroid: number[]; areaHa?: number; municipalityId: string } } }[] };
  const byId = new Map(built.features.map((f) => [f.properties.id, f.properties.derived]));

  it('measures the nearest airport of the Kemerovo technopark from the town centre (by hand: 13.986 km)', () => {
    // Kemerovo centre 55.3911, 86.0468 -> KEJ 55.2701, 86.1072: haversine (R 6371.0088 km) gives 13.986 km.
    const hit = byId.get('kuzbass-technopark')?.nearest.airport;
    expect(hit?.id).toMatch(/kemerovo/);
    expect(hit?.km).toBeCloseTo(13.986, 2);
    expect(hit?.approximate).toBe(true);
  });

  it('keeps each site\'s declared municipality when no boundary polygons exist', () => {
    for (const site of sitesOf(fixtureRegionFiles())) {
      expect(byId.get(site.properties.id)?.municipalityId).toBe(site.properties.municipalityId);
      expect(byId.get(site.properties.id)?.areaHa).toBeUndefined();
    }
  });
});
