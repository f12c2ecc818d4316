// Nearest infrastructure of each kind measured from a site's boundary, not its centre: 0 when a
// feature touches, crosses or lies inside the site (or the site lies inside it), else the
// shortest distance between the site's rings and the feature. Two segments that do not meet are
// closest at an end of one of them, so that distance is the least of: every site vertex to the
// feature, every feature vertex to the site's rings (Turf-exact point-to-segment, as the centre
// search uses). The same index as nearestByKind; candidates come from the site's box grown by a
// radius that widens until the best distance lies within it.
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { InfraIndex, KindIndex } from './nearest-index';
import { searchBox } from './nearest-index';
import type { NearestByKind } from './nearest-types';
import { EARTH_RADIUS_KM, SEG_STRIDE, segmentKm, segmentLatRange, toVector, writeSegment } from './segment-distance';

export type SiteShape = Polygon | MultiPolygon;

/** How a feature at 0 km meets the site: a line passes through it, anything else is on it. */
export type Contact = 'crosses' | 'on_site';
export type EdgeNearest = Partial<Record<keyof NearestByKind, NonNullable<NearestByKind[keyof NearestByKind]> & { contact?: Contact }>>;

interface Shape {
  geometry: SiteShape;
  /** The rings' segments, SEG_STRIDE numbers each. */
  seg: Float64Array;
  segs: number;
  /** Vertices as lon, lat, and unit vector x, y, z. */
  vtx: Float64Array;
  vertices: number;
  box: [number, number, number, number];
}

function prepare(geometry: SiteShape): Shape {
  const rings: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const segs = rings.reduce((n, r) => n + Math.max(0, r.length - 1), 0);
  const seg = new Float64Array(segs * SEG_STRIDE);
  const vtx = new Float64Array(segs * 5);
  const box: Shape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  let s = 0;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      writeSegment(seg, s * SEG_STRIDE, a, ring[i + 1]!);
      const [lo, hi] = segmentLatRange(seg, s * SEG_STRIDE);
      const lon = a[0]!, lat = a[1]!;
      vtx[s * 5] = lon;
      vtx[s * 5 + 1] = lat;
      toVector(lon, lat, vtx, s * 5 + 2);
      box[0] = Math.min(box[0], lon);
      box[2] = Math.max(box[2], lon);
      box[1] = Math.min(box[1], lo);
      box[3] = Math.max(box[3], hi);
      s++;
    }
  }
  return { geometry, seg, segs, vtx, vertices: segs, box };
}

/** Segments AB and CD meet (cross, touch or overlap), in lon/lat as Turf's planar tests see it. */
function segmentsMeet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const within = (p: number, q: number, r: number) => Math.min(p, q) <= r && r <= Math.max(p, q);
  const o1 = o(ax, ay, bx, by, cx, cy), o2 = o(ax, ay, bx, by, dx, dy);
  const o3 = o(cx, cy, dx, dy, ax, ay), o4 = o(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(ax, bx, cx) && within(ay, by, cy)) ||
    (o2 === 0 && within(ax, bx, dx) && within(ay, by, dy)) ||
    (o3 === 0 && within(cx, dx, ax) && within(cy, dy, ay)) ||
    (o4 === 0 && within(cx, dx, bx) && within(cy, dy, by))
  );
}

/**
 * Inside the site (holes excluded), by even-odd ray casting over every ring in lon/lat, the
 * plane Turf's booleanPointInPolygon also works in. A point on a ring may fall either way: its
 * distance to that ring is 0 all the same.
 */
function insideShape(shape: Shape, lon: number, lat: number): boolean {
  let inside = false;
  const s = shape.seg;
  for (let i = 0; i < shape.segs; i++) {
    const o = i * SEG_STRIDE;
    const xa = s[o]!, ya = s[o + 1]!, xb = s[o + 2]!, yb = s[o + 3]!;
    if (ya > lat !== yb > lat && lon < ((xb - xa) * (lat - ya)) / (yb - ya) + xa) inside = !inside;
  }
  return inside;
}

/** Distance (km) from a point (with its unit vector) to the shape's rings; 0 inside it. */
function pointToShapeKm(shape: Shape, lon: number, lat: number, v: Float64Array): number {
  if (insideShape(shape, lon, lat)) return 0;
  let best = Infinity;
  for (let i = 0; i < shape.segs; i++) best = Math.min(best, segmentKm(shape.seg, i * SEG_STRIDE, lon, lat, v[0]!, v[1]!, v[2]!));
  return best;
}

const scratch = new Float64Array(3);

/** Distance (km) from index segment `o` of `k` to the shape: 0 when it meets or lies inside it. */
function segmentToShapeKm(shape: Shape, k: KindIndex, o: number): number {
  const s = k.seg;
  const ax = s[o]!, ay = s[o + 1]!, bx = s[o + 2]!, by = s[o + 3]!;
  for (let i = 0; i < shape.segs; i++) {
    const p = i * SEG_STRIDE;
    if (segmentsMeet(ax, ay, bx, by, shape.seg[p]!, shape.seg[p + 1]!, shape.seg[p + 2]!, shape.seg[p + 3]!)) return 0;
  }
  scratch[0] = s[o + 4]!; scratch[1] = s[o + 5]!; scratch[2] = s[o + 6]!;
  let best = pointToShapeKm(shape, ax, ay, scratch); // 0 when the segment lies inside the site
  if (best === 0) return 0;
  scratch[0] = s[o + 7]!; scratch[1] = s[o + 8]!; scratch[2] = s[o + 9]!;
  best = Math.min(best, pointToShapeKm(shape, bx, by, scratch));
  for (let i = 0; i < shape.vertices; i++) {
    const q = i * 5;
    best = Math.min(best, segmentKm(s, o, shape.vtx[q]!, shape.vtx[q + 1]!, shape.vtx[q + 2]!, shape.vtx[q + 3]!, shape.vtx[q + 4]!));
  }
  return best;
}

/**
 * A lower bound (km) of the distance between any two points of two lon/lat boxes, from the
 * haversine: sin²(d/2R) ≥ sin²(Δφ/2) + cos²φmax·sin²(Δλ/2) for latitudes within ±φmax.
 */
function boxGapKm(a: readonly number[], b: readonly number[]): number {
  const dLat = Math.max(0, b[1]! - a[3]!, a[1]! - b[3]!);
  const dLon = Math.max(0, b[0]! - a[2]!, a[0]! - b[2]!);
  if (dLat === 0 && dLon === 0) return 0;
  const maxLat = Math.max(Math.abs(a[1]!), Math.abs(a[3]!), Math.abs(b[1]!), Math.abs(b[3]!));
  const rad = Math.PI / 180;
  const h = Math.sin((dLat * rad) / 2) ** 2 + Math.cos(maxLat * rad) ** 2 * Math.sin((Math.min(dLon, 180) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) * (1 - 1e-9);
}

function nearestInKind(index: InfraIndex, k: KindIndex, shape: Shape, maxKm: number): { item: number; km: number } | undefined {
  let bestKm = Infinity;
  let bestItem = -1;
  const offer = (item: number, km: number) => {
    if (km < bestKm || (km === bestKm && item < bestItem)) {
      bestKm = km;
      bestItem = item;
    }
  };
  // The site inside a polygon feature (a substation's fence around it): 0.
  if (k.polygons) {
    const { tree, item } = k.polygons;
    const [w, s, e, n] = shape.box;
    const lon = shape.vtx[0]!, lat = shape.vtx[1]!;
    tree.search(w, s, e, n, (i) => {
      const it = item[i]!;
      if (booleanPointInPolygon([lon, lat], index.items[it]!.geometry as Polygon | MultiPolygon)) offer(it, 0);
      return false;
    });
  }
  const seen = new Set<number>();
  const entryBox = [0, 0, 0, 0];
  // Candidates of one search, nearest box first: the first exact distances make the best small
  // at once, and every candidate whose box lies farther than it is skipped unmeasured.
  let found: { e: number; gap: number }[] = [];
  const collect = (e: number): boolean => {
    if (seen.has(e)) return false;
    seen.add(e);
    const o = e * SEG_STRIDE;
    if (k.entryIsPoint[e]) {
      entryBox[0] = entryBox[2] = k.seg[o]!;
      entryBox[1] = entryBox[3] = k.seg[o + 1]!;
    } else {
      const [lo, hi] = segmentLatRange(k.seg, o);
      entryBox[0] = Math.min(k.seg[o]!, k.seg[o + 2]!);
      entryBox[2] = Math.max(k.seg[o]!, k.seg[o + 2]!);
      entryBox[1] = lo;
      entryBox[3] = hi;
    }
    found.push({ e, gap: boxGapKm(entryBox, shape.box) });
    return false;
  };
  const measure = () => {
    found.sort((a, b) => a.gap - b.gap);
    for (const { e, gap } of found) {
      if (gap > bestKm) break; // farther than the best whatever it holds
      const o = e * SEG_STRIDE;
      if (k.entryIsPoint[e]) {
        const lon = k.seg[o]!, lat = k.seg[o + 1]!;
        toVector(lon, lat, scratch, 0);
        offer(k.entryItem[e]!, pointToShapeKm(shape, lon, lat, scratch));
      } else offer(k.entryItem[e]!, segmentToShapeKm(shape, k, o));
    }
    found = [];
  };
  const [w, s, e, n] = shape.box;
  const edgeLat = Math.abs(s) > Math.abs(n) ? s : n;
  let r = Math.min(bestKm === 0 ? 0 : k.startKm, maxKm);
  for (;;) {
    // The box grown by r km on every side (the longitude margin as wide as at its poleward edge).
    const around = searchBox(w, edgeLat, r);
    const dLon = Number.isFinite(around[0]) ? w - around[0] : Infinity;
    const dLat = edgeLat - around[1];
    const x0 = w - dLon, x1 = e + dLon, y0 = s - dLat, y1 = n + dLat;
    k.tree.search(x0, y0, x1, y1, collect);
    measure();
    // Every feature within r km of the boundary has an entry box inside this search box.
    if (bestKm <= r || r >= maxKm) break;
    if (x0 <= k.tree.minX && y0 <= k.tree.minY && x1 >= k.tree.maxX && y1 >= k.tree.maxY) break;
    r = Math.min(bestKm < Infinity ? bestKm : r * 4, maxKm);
  }
  return bestItem >= 0 && bestKm <= maxKm ? { item: bestItem, km: bestKm } : undefined;
}

const isLine = (type: string) => type === 'LineString' || type === 'MultiLineString';

/** Nearest feature of each kind from the site's boundary; `contact` says how a 0 km feature meets it. */
export function nearestByKindFromEdge(index: InfraIndex, geometry: SiteShape, maxKm: number = Infinity): EdgeNearest {
  const shape = prepare(geometry);
  const out: EdgeNearest = {};
  if (shape.segs === 0) return out;
  for (const k of index.kinds) {
    const hit = nearestInKind(index, k, shape, maxKm);
    if (!hit) continue;
    const item = index.items[hit.item]!;
    out[k.kind] = { id: item.id, name: item.name, km: hit.km, ...(hit.km === 0 ? { contact: isLine(item.geometry.type) ? 'crosses' : 'on_site' } : {}) };
  }
  return out;
}
