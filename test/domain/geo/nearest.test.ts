import { describe, it, expect } from 'vitest';
import type { InfraKind } from '../../../src/domain/schema/infrastructure';
import {
  buildInfraIndex,
  naiveNearestByKind,
  nearestByKind,
  type InfraGeometry,
  type InfraItem,
  type NearestByKind,
} from '../../../src/domain/geo/nearest';
import { generateInfra, generateSites, mulberry32, type BBox } from '../../../bench/generate';

const R = 6371.0088; // Turf's earth radius, km
const rad = (deg: number): number => (deg * Math.PI) / 180;
/** Distance from a point to the meridian great circle through a lon/lat segment on it. */
const toMeridianKm = (dLonDeg: number, latDeg: number): number =>
  Math.asin(Math.cos(rad(latDeg)) * Math.sin(rad(dLonDeg))) * R;

const item = (id: string, kind: InfraKind, geometry: InfraGeometry): InfraItem => ({
  id,
  kind,
  name: { ru: id },
  geometry,
});
const both = (items: InfraItem[], p: [number, number], maxKm?: number): NearestByKind => {
  const indexed = nearestByKind(buildInfraIndex(items), p, maxKm);
  if (maxKm === undefined) expect(indexed).toEqual(naiveNearestByKind(items, p));
  return indexed;
};

describe('nearestByKind: hand-computed cases', () => {
  it('a point one degree of latitude north of a substation is ~111.195 km away', () => {
    const r = both([item('ps-1', 'substation', { type: 'Point', coordinates: [86, 54] })], [86, 55]);
    expect(r.substation?.id).toBe('ps-1');
    expect(r.substation?.km).toBeCloseTo((R * Math.PI) / 180, 9); // 111.19508…
    expect(r.substation?.km).toBeCloseTo(111.195, 3);
  });

  it('beside a line segment: the perpendicular; beyond its end: the endpoint', () => {
    const line = item('rw-1', 'rail_line', { type: 'LineString', coordinates: [[86, 54], [86, 55]] });
    const beside = both([line], [86.1, 54.5]);
    expect(beside.rail_line?.km).toBeCloseTo(toMeridianKm(0.1, 54.5), 9); // ≈ 6.457 km
    expect(beside.rail_line?.km).toBeCloseTo(6.457, 3);
    expect(both([line], [86, 56]).rail_line?.km).toBeCloseTo(111.195, 3);
  });

  it('polygon: inside is 0, in a hole or outside is the distance to the nearest ring', () => {
    const outer = [[86, 54], [87, 54], [87, 55], [86, 55], [86, 54]];
    const hole = [[86.4, 54.4], [86.4, 54.6], [86.6, 54.6], [86.6, 54.4], [86.4, 54.4]];
    const items = [item('wt-1', 'water_treatment', { type: 'Polygon', coordinates: [outer, hole] })];
    expect(both(items, [86.2, 54.2]).water_treatment?.km).toBe(0);
    expect(both(items, [86.5, 54.5]).water_treatment?.km).toBeCloseTo(toMeridianKm(0.1, 54.5), 6);
    expect(both(items, [87.1, 54.5]).water_treatment?.km).toBeCloseTo(toMeridianKm(0.1, 54.5), 6);
  });

  it('kinds without features are absent; maxKm drops farther hits', () => {
    const items = [
      item('ps-1', 'substation', { type: 'Point', coordinates: [86, 54] }),
      item('rd-1', 'road', { type: 'LineString', coordinates: [[86.2, 55], [86.3, 55.1]] }),
    ];
    const r = both(items, [86.2, 55.01]);
    expect(Object.keys(r).sort()).toEqual(['road', 'substation']);
    expect(r.airport).toBeUndefined();
    const near = nearestByKind(buildInfraIndex(items), [86.2, 55.01], 50);
    expect(Object.keys(near)).toEqual(['road']);
    expect(nearestByKind(buildInfraIndex([]), [86, 54])).toEqual({});
  });

  it('far from everything, near a pole and across the antimeridian: still the naive answer', () => {
    const items = [
      item('ps-1', 'substation', { type: 'Point', coordinates: [86, 54] }),
      item('ps-2', 'substation', { type: 'Point', coordinates: [179.9, 65] }),
      item('rd-1', 'road', { type: 'LineString', coordinates: [[179.5, 66], [-179.5, 66.2]] }),
      item('rd-2', 'road', { type: 'LineString', coordinates: [[10, 89.5], [-170, 89.5]] }),
    ];
    for (const p of [[37.6, 55.75], [-179.9, 66.1], [179.99, 65.01], [100, 89.9], [-60, -30]] as [number, number][]) {
      both(items, p);
    }
    expect(both(items, [-179.9, 66.1]).road?.id).toBe('rd-1');
  });

  it('ties go to the earlier feature, as in the naive loop', () => {
    const a = item('a', 'substation', { type: 'Point', coordinates: [86, 54] });
    const b = item('b', 'substation', { type: 'Point', coordinates: [86, 54] });
    expect(both([a, b], [86.5, 54.5]).substation?.id).toBe('a');
    expect(both([b, a], [86.5, 54.5]).substation?.id).toBe('b');
  });

  it('finds a long east-west arc through its poleward bulge, not a nearer-boxed decoy', () => {
    // The great circle (84.5,56)-(89.5,56) peaks at ~56.0253°N, 0.59 km north of the site,
    // while a box from its endpoints stops at 56°N, 2.2 km south. A row of decoy points at
    // 56.028°N (the nearest 0.89 km away) keeps the first search radius below 2.2 km.
    const decoys = Array.from({ length: 401 }, (_, i) =>
      item(`decoy-${i}`, 'power_line', { type: 'Point', coordinates: [84.5 + (i * 5) / 400, 56.028] }),
    );
    const arc = item('arc', 'power_line', { type: 'LineString', coordinates: [[84.5, 56], [89.5, 56]] });
    const r = both([...decoys, arc], [87, 56.02]);
    expect(r.power_line?.id).toBe('arc');
    expect(r.power_line?.km).toBeCloseTo(0.588, 3);
  });
});

interface Case {
  items: InfraItem[];
  sites: [number, number][];
}
function makeCase(seed: number, bbox: BBox, segments: number, sites: number): Case {
  const items = generateInfra({ segments, polygons: 40, seed, bbox });
  const pts = generateSites(sites, seed + 1, bbox);
  // Sites on vertices and on point features: zero distances and exact ties.
  const rnd = mulberry32(seed + 2);
  for (let i = 0; i < 20; i++) {
    const g = items[Math.floor(rnd() * items.length)]!.geometry;
    const v = g.type === 'Point' ? g.coordinates : g.type === 'LineString' ? g.coordinates[0] : g.type === 'Polygon' ? g.coordinates[0]?.[1] : undefined;
    if (v) pts.push([v[0]!, v[1]!]);
  }
  return { items, sites: pts };
}

describe.each([
  { name: 'Kuzbass', seed: 20240601, bbox: [84.4, 52.1, 89.5, 56.9] as BBox, segments: 1200, sites: 140 },
  { name: 'Arctic (cos φ ≈ 0.2–0.4)', seed: 77, bbox: [60, 66, 80, 78] as BBox, segments: 800, sites: 60 },
])('nearestByKind equals the naive Turf loop: $name', ({ seed, bbox, segments, sites }) => {
  const c = makeCase(seed, bbox, segments, sites);
  const index = buildInfraIndex(c.items);
  const pairs = c.sites.map((p) => ({ p, fast: nearestByKind(index, p), slow: naiveNearestByKind(c.items, p) }));

  it('same kinds, same feature (or a tie within 1 m), km within 1 m', () => {
    let compared = 0;
    for (const { p, fast, slow } of pairs) {
      expect(Object.keys(fast).sort()).toEqual(Object.keys(slow).sort());
      for (const kind of Object.keys(slow) as InfraKind[]) {
        const f = fast[kind]!;
        const s = slow[kind]!;
        expect(Math.abs(f.km - s.km)).toBeLessThanOrEqual(0.001);
        if (f.id !== s.id) {
          // A different feature is fine only as a tie: Turf puts it as close as the naive pick.
          const other = c.items.find((it) => it.id === f.id)!;
          const km = naiveNearestByKind([other], p)[kind]!.km;
          expect(Math.abs(km - s.km)).toBeLessThanOrEqual(0.001);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(pairs.length * 5);
  });

  it('is bit-identical to Turf 7.4 (same operations in the same order)', () => {
    for (const { fast, slow } of pairs) expect(fast).toEqual(slow);
  });
});
