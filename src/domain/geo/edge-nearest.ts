// Nearest infrastructure of each kind measured from a site's boundary, not its centre: 0 when a
// feature touches, crosses or lies inside the site (or the site lies inside it), else the
// shortest distance between the site's rings and the feature. Two segments that do not meet are
// closest at an end of one of them, so that distance is the least of: every site vertex to the
// feature, every feature vertex to the site's rings (Turf-exact point-to-segment, as the centre
// search uses). The same index as nearestByKind; candidates come from the site's box grown by a
// radius that widens until the best distance lies within it.
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { InfraIndex, KindIndex } from './nearest-index';
import { searchBox } from './nearest-index';
import type { NearestByKind } from './nearest-types';
import { SEG_STRIDE, boxGapKm, toVector } from './segment-distance';
import { isNear, pointToShapeKm, prepare, segmentToShapeKm, type Shape, type SiteShape } from './site-shape';

export type { SiteShape } from './site-shape';

/** How a feature at 0 km meets the site: a line passes through it, anything else is on it. */
export type Contact = 'crosses' | 'on_site';
export type EdgeNearest = Partial<Record<keyof NearestByKind, NonNullable<NearestByKind[keyof NearestByKind]> & { contact?: Contact }>>;

const scratch = new Float64Array(3);
/** One query's candidates: entry numbers and their lower bounds, reused across queries. */
let candidateEntry = new Int32Array(1024);
let candidateGap = new Float64Array(1024);
function growCandidates(): void {
  const entries = new Int32Array(candidateEntry.length * 2);
  entries.set(candidateEntry);
  const gaps = new Float64Array(candidateGap.length * 2);
  gaps.set(candidateGap);
  candidateEntry = entries;
  candidateGap = gaps;
}
const seenStamps = new WeakMap<KindIndex, Uint32Array>();
let queryNumber = 0;

/**
 * The query in progress. Module state rather than closures: one query of one kind runs at a
 * time (synchronously), and a closure per query and kind cost more than the search it served.
 */
const q = {
  k: undefined as unknown as KindIndex,
  shape: undefined as unknown as Shape,
  seen: new Uint32Array(0) as Uint32Array<ArrayBufferLike>,
  stamp: 0,
  count: 0,
  bestKm: Infinity,
  bestItem: -1,
};

function offer(item: number, km: number): void {
  if (km < q.bestKm || (km === q.bestKm && item < q.bestItem)) {
    q.bestKm = km;
    q.bestItem = item;
  }
}

/**
 * A search hit: kept once per query with a lower bound, the gap between its box and the site's
 * box (no trigonometry of the segment itself). Entries already collected in this query are
 * stamped with the query's number (no Set per query).
 */
function collect(e: number): boolean {
  if (q.seen[e] === q.stamp) return false;
  q.seen[e] = q.stamp;
  const b = q.k.box, o = e * 4;
  const [w, s, east, n] = q.shape.box;
  if (q.count === candidateEntry.length) growCandidates();
  candidateEntry[q.count] = e;
  candidateGap[q.count++] = boxGapKm(w, s, east, n, b[o]!, b[o + 1]!, b[o + 2]!, b[o + 3]!);
  return false;
}

function measureOne(e: number): void {
  const { k, shape } = q;
  const o = e * SEG_STRIDE;
  if (k.entryIsPoint[e]) {
    const lon = k.seg[o]!, lat = k.seg[o + 1]!;
    toVector(lon, lat, scratch, 0);
    offer(k.entryItem[e]!, pointToShapeKm(shape, lon, lat, scratch, isNear(shape, lon, lat, lon, lat)));
  } else offer(k.entryItem[e]!, segmentToShapeKm(shape, k, o, q.bestKm, isNear(shape, k.seg[o]!, k.seg[o + 1]!, k.seg[o + 2]!, k.seg[o + 3]!)));
}

/**
 * The candidate of the least bound is measured first, which makes the best small at once; after
 * it, every candidate whose bound lies beyond the best is skipped unmeasured. No sort.
 */
function measureCandidates(): void {
  const count = q.count;
  if (count === 0) return;
  let first = 0;
  for (let i = 1; i < count; i++) if (candidateGap[i]! < candidateGap[first]!) first = i;
  if (candidateGap[first]! <= q.bestKm) measureOne(candidateEntry[first]!);
  for (let i = 0; i < count; i++) {
    if (i !== first && candidateGap[i]! <= q.bestKm) measureOne(candidateEntry[i]!);
  }
  q.count = 0;
}

function insidePolygonFeature(i: number): boolean {
  const { k, shape } = q;
  const it = k.polygons!.item[i]!;
  if (booleanPointInPolygon([shape.vtx[0]!, shape.vtx[1]!], indexItems[it]!.geometry as Polygon | MultiPolygon)) offer(it, 0);
  return false;
}
let indexItems: InfraIndex['items'] = [];

/** Distance (km) from the kind's nearest entry to the shape: 0 when it meets or lies inside it. */
function nearestInKind(index: InfraIndex, k: KindIndex, shape: Shape, maxKm: number): { item: number; km: number } | undefined {
  q.k = k;
  q.shape = shape;
  q.bestKm = Infinity;
  q.bestItem = -1;
  q.count = 0;
  indexItems = index.items;
  // The site inside a polygon feature (a substation's fence around it): 0.
  if (k.polygons) {
    const [w, s, e, n] = shape.box;
    k.polygons.tree.search(w, s, e, n, insidePolygonFeature);
  }
  let stamps = seenStamps.get(k);
  if (!stamps) seenStamps.set(k, (stamps = new Uint32Array(k.entryItem.length)));
  // A new number per query; past 2^32 - 1 the stamps start over (cleared, so none is mistaken).
  if (queryNumber >= 0xfffffffe) {
    queryNumber = 0;
    stamps.fill(0);
  }
  q.stamp = ++queryNumber;
  q.seen = stamps;
  const [w, s, e, n] = shape.box;
  const edgeLat = Math.abs(s) > Math.abs(n) ? s : n;
  let r = Math.min(q.bestKm === 0 ? 0 : k.startKm, maxKm);
  for (;;) {
    // The box grown by r km on every side (the longitude margin as wide as at its poleward edge).
    const around = searchBox(w, edgeLat, r);
    const dLon = Number.isFinite(around[0]) ? w - around[0] : Infinity;
    const dLat = edgeLat - around[1];
    const x0 = w - dLon, x1 = e + dLon, y0 = s - dLat, y1 = n + dLat;
    k.tree.search(x0, y0, x1, y1, collect);
    measureCandidates();
    // Every feature within r km of the boundary has an entry box inside this search box.
    if (q.bestKm <= r || r >= maxKm) break;
    if (x0 <= k.tree.minX && y0 <= k.tree.minY && x1 >= k.tree.maxX && y1 >= k.tree.maxY) break;
    r = Math.min(q.bestKm < Infinity ? q.bestKm : r * 4, maxKm);
  }
  const { bestItem, bestKm } = q;
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
