// Distances from a site's edge against the naive Turf loop (test/helpers/reference-edge.ts):
// random sites (with holes, multipolygons) among random points, lines and polygons, including
// lines crossing sites, lines inside sites, sites inside polygons and points in holes.
import fc from 'fast-check';
import type { LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nearestByKindFromEdge, type SiteShape } from '../../../src/domain/geo/edge-nearest';
import { buildInfraIndex, type InfraItem } from '../../../src/domain/geo/nearest';
import { naiveEdgeKm, naiveEdgeNearestByKind } from '../../helpers/reference-edge';
import { boxGapKm, pointKm } from '../../../src/domain/geo/segment-distance';

const ring = (cx: number, cy: number, r: number, n: number, wobble: number[]): Position[] => {
  const pts = Array.from({ length: n }, (_, i): Position => {
    const a = (2 * Math.PI * i) / n;
    const k = r * (0.6 + 0.4 * (wobble[i % wobble.length] ?? 0.5));
    return [+(cx + (k * Math.cos(a)) / Math.cos((cy * Math.PI) / 180)).toFixed(6), +(cy + k * Math.sin(a)).toFixed(6)];
  });
  return [...pts, pts[0]!];
};
const unit = fc.double({ min: 0, max: 1, noNaN: true });

const siteArb: fc.Arbitrary<SiteShape> = fc
  .record({
    cx: fc.double({ min: 86, max: 86.4, noNaN: true }),
    // Kuzbass's latitudes and the far north, where the flat pre-filter is least exact.
    cy: fc.oneof(fc.double({ min: 55, max: 55.3, noNaN: true }), fc.double({ min: 68, max: 72, noNaN: true })),
    r: fc.double({ min: 0.003, max: 0.03, noNaN: true }),
    n: fc.integer({ min: 3, max: 24 }),
    wobble: fc.array(unit, { minLength: 1, maxLength: 8 }),
    hole: fc.boolean(),
    second: fc.boolean(),
  })
  .map(({ cx, cy, r, n, wobble, hole, second }): SiteShape => {
    const outer = ring(cx, cy, r, n, wobble);
    const polygon: Position[][] = hole ? [outer, ring(cx, cy, r * 0.3, 6, [0.5]).reverse()] : [outer];
    if (!second) return { type: 'Polygon', coordinates: polygon };
    return { type: 'MultiPolygon', coordinates: [polygon, [ring(cx + r * 4, cy + r * 2, r * 0.5, 5, wobble)]] };
  });

/** Features near the site: points, lines through or beside it, short lines inside, polygons. */
function itemsAround(site: SiteShape, seed: number[]): InfraItem[] {
  const outer = site.type === 'Polygon' ? site.coordinates[0]! : site.coordinates[0]![0]!;
  const cx = outer.reduce((sum, p) => sum + p[0]! / outer.length, 0);
  const cy = outer.reduce((sum, p) => sum + p[1]! / outer.length, 0);
  const s = (i: number) => seed[i % seed.length]!;
  const items: InfraItem[] = [];
  let id = 0;
  const add = (kind: InfraItem['kind'], geometry: InfraItem['geometry']) => items.push({ id: `f${id++}`, kind, name: { ru: `f${id}` }, geometry });
  for (let i = 0; i < 12; i++) {
    const dx = (s(i) - 0.5) * 0.2, dy = (s(i + 3) - 0.5) * 0.12;
    add('substation', { type: 'Point', coordinates: [+(cx + dx).toFixed(6), +(cy + dy).toFixed(6)] });
    const line: LineString = { type: 'LineString', coordinates: [[cx + dx, cy - 0.08], [cx + dx * 0.5, cy + dy], [cx - dx, cy + 0.08]] };
    add(i % 2 ? 'power_line' : 'rail_line', line);
  }
  add('gas_pipeline', { type: 'LineString', coordinates: [[cx - 0.0005, cy], [cx + 0.0005, cy + 0.0002]] }); // inside (or in a hole)
  add('road', { type: 'LineString', coordinates: [[cx - 0.3, cy + s(1) * 0.01], [cx + 0.3, cy + s(2) * 0.01]] }); // across
  const fence: Polygon = { type: 'Polygon', coordinates: [ring(cx + (s(5) - 0.5) * 0.05, cy, 0.05 * s(6) + 0.005, 8, [0.5])] };
  add('water_treatment', fence); // around the site, overlapping it, or beside it
  add('airport', { type: 'Point', coordinates: [+(cx + 0.5).toFixed(6), +(cy + 0.3).toFixed(6)] });
  return items;
}

describe('nearest infrastructure from a site edge', () => {
  it('equals the naive Turf loop within 1 m, feature for feature, on random sites and features', () => {
    fc.assert(
      fc.property(siteArb, fc.array(unit, { minLength: 8, maxLength: 16 }), (site, seed) => {
        const items = itemsAround(site, seed);
        const fast = nearestByKindFromEdge(buildInfraIndex(items), site);
        const slow = naiveEdgeNearestByKind(items, site);
        expect(Object.keys(fast).sort()).toEqual(Object.keys(slow).sort());
        for (const [kind, hit] of Object.entries(slow)) {
          const mine = fast[kind as keyof typeof fast]!;
          expect(Math.abs(mine.km - hit!.km)).toBeLessThan(0.001);
          // A different feature only at the same distance (a tie within 1 m).
          if (mine.id !== hit!.id) expect(Math.abs(naiveEdgeKm(site, items.find((i) => i.id === mine.id)!.geometry) - hit!.km)).toBeLessThan(0.001);
        }
      }),
      { numRuns: 300 },
    );
  });

  const square: Polygon = { type: 'Polygon', coordinates: [[[86, 55], [86.02, 55], [86.02, 55.01], [86, 55.01], [86, 55]]] };
  const item = (id: string, kind: InfraItem['kind'], geometry: InfraItem['geometry']): InfraItem => ({ id, kind, name: { ru: id }, geometry });

  it('reads 0 km for a line across the site and one inside it, and says it crosses; a point inside is on site', () => {
    const items = [
      item('across', 'power_line', { type: 'LineString', coordinates: [[85.9, 55.005], [86.1, 55.005]] }),
      item('inside', 'gas_pipeline', { type: 'LineString', coordinates: [[86.005, 55.004], [86.006, 55.006]] }),
      item('sub', 'substation', { type: 'Point', coordinates: [86.01, 55.005] }),
    ];
    const hits = nearestByKindFromEdge(buildInfraIndex(items), square);
    expect(hits.power_line).toMatchObject({ id: 'across', km: 0, contact: 'crosses' });
    expect(hits.gas_pipeline).toMatchObject({ id: 'inside', km: 0, contact: 'crosses' });
    expect(hits.substation).toMatchObject({ id: 'sub', km: 0, contact: 'on_site' });
  });

  it('measures a track along the fence from the fence, not from the centre (the 564 ha case)', () => {
    // A line 100 m north of the site's north edge: ~0.1 km, where the centre would say ~0.66 km.
    const track = item('track', 'rail_line', { type: 'LineString', coordinates: [[85.99, 55.0109], [86.03, 55.0109]] });
    const hit = nearestByKindFromEdge(buildInfraIndex([track]), square).rail_line!;
    expect(hit.km).toBeCloseTo(0.1001, 2);
    expect(hit.contact).toBeUndefined();
  });

  it('measures a long line passing close by along its great-circle arc, not its flat chord', () => {
    // Found by the randomized test: a 38 km road 19 m from a small site, where the arc bulges
    // ~70 m off the straight lon/lat line a flat shortcut would measure (it read 20 m).
    const site: SiteShape = {
      type: 'MultiPolygon',
      coordinates: [
        [[[86.003138, 55], [85.998431, 55.001559], [85.998431, 54.998441], [86.003138, 55]]],
        [[[86.013569, 55.006], [86.012485, 55.006856], [86.01073, 55.006529], [86.01073, 55.005471], [86.012485, 55.005144], [86.013569, 55.006]]],
      ],
    };
    const road = item('road', 'road', { type: 'LineString', coordinates: [[85.70078450000001, 55], [86.3007845, 55.00954161528246]] });
    const hit = nearestByKindFromEdge(buildInfraIndex([road]), site).road!;
    expect(Math.abs(hit.km - naiveEdgeKm(site, road.geometry))).toBeLessThan(0.0001);
  });

  it('counts a point in a hole as outside the site, at its distance to the hole ring', () => {
    const holed: Polygon = { type: 'Polygon', coordinates: [square.coordinates[0]!, [[86.008, 55.004], [86.008, 55.006], [86.012, 55.006], [86.012, 55.004], [86.008, 55.004]]] };
    const hit = nearestByKindFromEdge(buildInfraIndex([item('p', 'substation', { type: 'Point', coordinates: [86.01, 55.005] })]), holed).substation!;
    expect(hit.km).toBeGreaterThan(0.1);
    expect(hit.km).toBeCloseTo(naiveEdgeKm(holed, { type: 'Point', coordinates: [86.01, 55.005] }), 6);
  });
});

describe('the box-gap bound that prunes candidates', () => {
  it('is never more than the distance between any two points of the boxes, anywhere on the globe', () => {
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -89.9, max: 89.9, noNaN: true });
    const box = fc.tuple(lon, lat, lon, lat).map(([a, b, c, d]): [number, number, number, number] => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]);
    fc.assert(
      fc.property(box, box, unit, unit, unit, unit, (a, b, t1, t2, t3, t4) => {
        const p: [number, number] = [a[0] + t1 * (a[2] - a[0]), a[1] + t2 * (a[3] - a[1])];
        const q: [number, number] = [b[0] + t3 * (b[2] - b[0]), b[1] + t4 * (b[3] - b[1])];
        expect(boxGapKm(...a, ...b)).toBeLessThanOrEqual(pointKm(p[0], p[1], q[0], q[1]) + 1e-9);
      }),
      { numRuns: 5000 },
    );
    // And it is a real bound, not 0: two boxes a degree of latitude apart are ~111 km apart.
    expect(boxGapKm(86, 55, 86.1, 55.1, 86, 56.1, 86.1, 56.2)).toBeCloseTo(111.19, 1);
  });
});
