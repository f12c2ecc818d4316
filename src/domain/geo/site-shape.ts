// A site's boundary made ready for distances (src/domain/geo/edge-nearest.ts): its rings as
// Turf-exact segments, its vertices with their unit vectors, a centre and radius for bounds, and a
// local flat projection for a pre-filter near the site. Then the distance from one infrastructure
// point or segment to the site: 0 when it meets or lies inside it.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { KindIndex } from './nearest-index';
import { SEG_STRIDE, pointKm, segmentKm, segmentLatRange, toVector, writeSegment } from './segment-distance';

export type SiteShape = Polygon | MultiPolygon;

export interface Shape {
  geometry: SiteShape;
  /** The rings' segments, SEG_STRIDE numbers each. */
  seg: Float64Array;
  segs: number;
  /** Vertices as lon, lat, and unit vector x, y, z. */
  vtx: Float64Array;
  vertices: number;
  box: [number, number, number, number];
  /** A centre (the vertices' mean) with its unit vector, and a radius holding every vertex. */
  centre: [number, number];
  centreVec: Float64Array;
  radiusKm: number;
  /** Segment starts (px, py) and ends (qx, qy) in a local plane around the centre (km), for the near pre-filter. */
  px: Float64Array;
  py: Float64Array;
  qx: Float64Array;
  qy: Float64Array;
  kmPerLon: number;
  /** Every ring segment is short enough for the flat pre-filter. */
  flatRings: boolean;
}

/**
 * Within this distance of the centre, a local flat projection (equirectangular at the centre's
 * latitude) is within PLANAR_SLACK of the geodesic distance, up to ~80° of latitude: it picks the
 * few vertices or rings worth an exact distance, and the exact one decides. Farther, all are exact.
 */
const NEAR_KM = 30;
const PLANAR_SLACK = 0.05;
/**
 * Segments longer than this bulge off the flat line by more than the slack: a great-circle arc of
 * L km lies up to ~L²/8R·(1 + tan φ) from its chord (38 km at 55°N: ~70 m; 5 km: ~1-4 m).
 * Longer ones, on either side, are measured exactly, vertex by vertex.
 */
const FLAT_SEGMENT_KM = 5;
const KM_PER_DEGREE = 111.195;

/**
 * Buffers of the shape being measured, reused from site to site (grown when a site needs more):
 * a shape lives for one synchronous search, and allocating eight arrays per site cost more, in
 * garbage collection, than measuring the small ones.
 */
const pool = { size: 0, seg: new Float64Array(0), vtx: new Float64Array(0), px: new Float64Array(0), py: new Float64Array(0), qx: new Float64Array(0), qy: new Float64Array(0) };
function buffers(segs: number): typeof pool {
  if (segs > pool.size) {
    const size = Math.max(segs, pool.size * 2, 64);
    Object.assign(pool, {
      size,
      seg: new Float64Array(size * SEG_STRIDE),
      vtx: new Float64Array(size * 5),
      px: new Float64Array(size),
      py: new Float64Array(size),
      qx: new Float64Array(size),
      qy: new Float64Array(size),
    });
  }
  return pool;
}

/** The site made ready; its arrays are shared buffers, valid until the next `prepare`. */
export function prepare(geometry: SiteShape): Shape {
  const rings: Position[][] = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const segs = rings.reduce((n, r) => n + Math.max(0, r.length - 1), 0);
  const { seg, vtx, px, py, qx, qy } = buffers(segs);
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
  let cLon = 0, cLat = 0;
  for (let i = 0; i < segs; i++) {
    cLon += vtx[i * 5]! / segs;
    cLat += vtx[i * 5 + 1]! / segs;
  }
  let radiusKm = 0;
  for (let i = 0; i < segs; i++) radiusKm = Math.max(radiusKm, pointKm(cLon, cLat, vtx[i * 5]!, vtx[i * 5 + 1]!));
  const centreVec = new Float64Array(3);
  toVector(cLon, cLat, centreVec, 0);
  const kmPerLon = KM_PER_DEGREE * Math.cos((cLat * Math.PI) / 180);
  for (let i = 0; i < segs; i++) {
    px[i] = (seg[i * SEG_STRIDE]! - cLon) * kmPerLon;
    py[i] = (seg[i * SEG_STRIDE + 1]! - cLat) * KM_PER_DEGREE;
    qx[i] = (seg[i * SEG_STRIDE + 2]! - cLon) * kmPerLon;
    qy[i] = (seg[i * SEG_STRIDE + 3]! - cLat) * KM_PER_DEGREE;
  }
  let flatRings = true;
  for (let i = 0; i < segs; i++) if (Math.hypot(qx[i]! - px[i]!, qy[i]! - py[i]!) > FLAT_SEGMENT_KM) flatRings = false;
  // The farthest point of a polygon from any point is one of its vertices; the margin covers rounding.
  return { geometry, seg, segs, vtx, vertices: segs, box, centre: [cLon, cLat], centreVec, radiusKm: radiusKm * 1.001 + 1e-6, px, py, qx, qy, kmPerLon, flatRings };
}

function orient(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  return Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
}
function within(p: number, q: number, r: number): boolean {
  return Math.min(p, q) <= r && r <= Math.max(p, q);
}

/** Segments AB and CD meet (cross, touch or overlap), in lon/lat as Turf's planar tests see it. */
function segmentsMeet(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx) || Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return false;
  const o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
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
export function pointToShapeKm(shape: Shape, lon: number, lat: number, v: Float64Array, near: boolean): number {
  if (insideShape(shape, lon, lat)) return 0;
  return ringsKm(shape, lon, lat, v[0]!, v[1]!, v[2]!, near);
}

/**
 * The flat pre-filter holds: both ends within NEAR_KM of the centre (north-south and east-west),
 * the entry and the site's ring segments short enough not to bulge off their flat lines.
 */
export function isNear(shape: Shape, lon1: number, lat1: number, lon2: number, lat2: number): boolean {
  if (!shape.flatRings) return false;
  if (farFromCentre(shape, lon1, lat1) || farFromCentre(shape, lon2, lat2)) return false;
  return Math.hypot((lon2 - lon1) * shape.kmPerLon, (lat2 - lat1) * KM_PER_DEGREE) <= FLAT_SEGMENT_KM;
}

function farFromCentre(shape: Shape, lon: number, lat: number): boolean {
  return Math.abs(lat - shape.centre[1]) * KM_PER_DEGREE > NEAR_KM || Math.abs(lon - shape.centre[0]) * shape.kmPerLon > NEAR_KM;
}

/** Planar distance (km) from (x, y) to segment (x1, y1)-(x2, y2). */
function planarKm(x: number, y: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1, dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2)) : 0;
  return Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
}

const planarD = new Float64Array(64);
/** Planar distances into a reused buffer (grown as needed); returns it. */
function planarBuffer(n: number): Float64Array {
  return n <= planarD.length ? planarD : new Float64Array(n);
}

/** Exact distance (km) from an outside point to the rings; near the site only the plausible rings. */
function ringsKm(shape: Shape, lon: number, lat: number, vx: number, vy: number, vz: number, near: boolean): number {
  let best = Infinity;
  if (!near) {
    for (let i = 0; i < shape.segs; i++) best = Math.min(best, segmentKm(shape.seg, i * SEG_STRIDE, lon, lat, vx, vy, vz));
    return best;
  }
  const x = (lon - shape.centre[0]) * shape.kmPerLon, y = (lat - shape.centre[1]) * KM_PER_DEGREE;
  const d = planarBuffer(shape.segs);
  let min = Infinity;
  for (let i = 0; i < shape.segs; i++) {
    d[i] = planarKm(x, y, shape.px[i]!, shape.py[i]!, shape.qx[i]!, shape.qy[i]!);
    if (d[i]! < min) min = d[i]!;
  }
  const limit = min * (1 + PLANAR_SLACK) + 0.01;
  for (let i = 0; i < shape.segs; i++) if (d[i]! <= limit) best = Math.min(best, segmentKm(shape.seg, i * SEG_STRIDE, lon, lat, vx, vy, vz));
  return best;
}

export function segmentToShapeKm(shape: Shape, k: KindIndex, o: number, bound: number, near: boolean): number {
  const s = k.seg;
  const ax = s[o]!, ay = s[o + 1]!, bx = s[o + 2]!, by = s[o + 3]!;
  for (let i = 0; i < shape.segs; i++) {
    const p = i * SEG_STRIDE;
    if (segmentsMeet(ax, ay, bx, by, shape.seg[p]!, shape.seg[p + 1]!, shape.seg[p + 2]!, shape.seg[p + 3]!)) return 0;
  }
  // Not crossing: inside the site whole, or outside it whole.
  if (insideShape(shape, ax, ay)) return 0;
  let best = Infinity;
  // Every site vertex to the segment: near the site, only the vertices the plane says may be nearest.
  if (near) {
    const cLon = shape.centre[0], cLat = shape.centre[1];
    const x1 = (ax - cLon) * shape.kmPerLon, y1 = (ay - cLat) * KM_PER_DEGREE, x2 = (bx - cLon) * shape.kmPerLon, y2 = (by - cLat) * KM_PER_DEGREE;
    const d = planarBuffer(shape.vertices);
    let min = Infinity;
    for (let i = 0; i < shape.vertices; i++) {
      d[i] = planarKm(shape.px[i]!, shape.py[i]!, x1, y1, x2, y2);
      if (d[i]! < min) min = d[i]!;
    }
    const limit = min * (1 + PLANAR_SLACK) + 0.01;
    for (let i = 0; i < shape.vertices; i++) {
      if (d[i]! > limit) continue;
      const q = i * 5;
      best = Math.min(best, segmentKm(s, o, shape.vtx[q]!, shape.vtx[q + 1]!, shape.vtx[q + 2]!, shape.vtx[q + 3]!, shape.vtx[q + 4]!));
    }
  } else {
    for (let i = 0; i < shape.vertices; i++) {
      const q = i * 5;
      best = Math.min(best, segmentKm(s, o, shape.vtx[q]!, shape.vtx[q + 1]!, shape.vtx[q + 2]!, shape.vtx[q + 3]!, shape.vtx[q + 4]!));
    }
  }
  // An end of the segment to the rings, unless it is too far from the centre to do better.
  best = Math.min(best, endToRingsKm(shape, s, ax, ay, o + 4, Math.min(best, bound), near));
  return Math.min(best, endToRingsKm(shape, s, bx, by, o + 7, Math.min(best, bound), near));
}

/** A segment's end (its unit vector at `v` in `s`) to the rings, or Infinity when it cannot beat `bound`. */
function endToRingsKm(shape: Shape, s: Float64Array, lon: number, lat: number, v: number, bound: number, near: boolean): number {
  if (pointKm(shape.centre[0], shape.centre[1], lon, lat) - shape.radiusKm >= bound) return Infinity;
  return ringsKm(shape, lon, lat, s[v]!, s[v + 1]!, s[v + 2]!, near);
}

