// Indexed nearest-infrastructure search: one Flatbush per kind over point features and over the
// lon/lat boxes of every segment (lines, polygon rings), then Turf-exact distances on the
// candidates. The result equals the naive Turf loop (same feature, same km, ties to the earlier
// item), at a tiny fraction of its cost (PITFALLS.md, "Nearest-infrastructure").
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { NearTarget } from '../schema/vocabulary';
import { targetsOfItem, type InfraItem, type NearestByKind } from './nearest-types';
import {
  EARTH_RADIUS_KM,
  SEG_STRIDE,
  pointKm,
  segmentKm,
  segmentLatRange,
  toVector,
  writeSegment,
} from './segment-distance';

export interface KindIndex {
  readonly kind: NearTarget;
  /** Entries: points (degenerate boxes) and segments. */
  readonly tree: Flatbush;
  readonly entryItem: Uint32Array;
  readonly entryIsPoint: Uint8Array;
  /** SEG_STRIDE numbers per entry (a point uses the first two: lon, lat). */
  readonly seg: Float64Array;
  /** Each entry's box as the tree has it (west, south, east, north), for lower bounds without a search. */
  readonly box: Float64Array;
  /** Boxes of Polygon/MultiPolygon items, for the "inside = 0 km" test. */
  readonly polygons: { tree: Flatbush; item: Uint32Array } | undefined;
  /** First search radius: about the mean spacing of the kind's entries. */
  readonly startKm: number;
}

/** Opaque: build with `buildInfraIndex`, query with `nearestByKind`. */
export interface InfraIndex {
  readonly items: readonly InfraItem[];
  readonly kinds: readonly KindIndex[];
}

/** Each segment of the feature (lines and every polygon ring), as [a, b] position pairs. */
function eachSegment(item: InfraItem, visit: (a: Position, b: Position) => void): void {
  const g = item.geometry;
  const lines: Position[][] =
    g.type === 'LineString' ? [g.coordinates]
    : g.type === 'MultiLineString' || g.type === 'Polygon' ? g.coordinates
    : g.type === 'MultiPolygon' ? g.coordinates.flat()
    : [];
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) visit(line[i]!, line[i + 1]!);
  }
}

function buildKind(kind: NearTarget, items: readonly InfraItem[], members: readonly number[]): KindIndex {
  let entries = 0;
  let polygonCount = 0;
  for (const i of members) {
    const item = items[i]!;
    if (item.geometry.type === 'Point') entries++;
    else eachSegment(item, () => entries++);
    if (item.geometry.type === 'Polygon' || item.geometry.type === 'MultiPolygon') polygonCount++;
  }
  const tree = new Flatbush(Math.max(entries, 1));
  const entryItem = new Uint32Array(entries);
  const entryIsPoint = new Uint8Array(entries);
  const seg = new Float64Array(entries * SEG_STRIDE);
  const box = new Float64Array(entries * 4);
  // Written number by number: no array per entry (a million segments at all-Russia scale).
  const addEntry = (w: number, south: number, east: number, north: number) => {
    const o = e * 4;
    box[o] = w;
    box[o + 1] = south;
    box[o + 2] = east;
    box[o + 3] = north;
    tree.add(w, south, east, north);
  };
  const polyTree = polygonCount > 0 ? new Flatbush(polygonCount) : undefined;
  const polyItem = new Uint32Array(polygonCount);
  let e = 0;
  let p = 0;
  for (const i of members) {
    const g = items[i]!.geometry;
    if (g.type === 'Point') {
      const lon = g.coordinates[0] ?? NaN;
      const lat = g.coordinates[1] ?? NaN;
      seg[e * SEG_STRIDE] = lon;
      seg[e * SEG_STRIDE + 1] = lat;
      entryIsPoint[e] = 1;
      addEntry(lon, lat, lon, lat);
      entryItem[e++] = i;
      continue;
    }
    eachSegment(items[i]!, (a, b) => {
      const o = e * SEG_STRIDE;
      writeSegment(seg, o, a, b);
      const lonA = seg[o]!, lonB = seg[o + 2]!;
      const [minLat, maxLat] = segmentLatRange(seg, o);
      // A segment across the antimeridian spans every longitude as far as the box knows
      // (finite bounds: an infinite box would break Flatbush's Hilbert sort).
      const wraps = Math.abs(lonB - lonA) > 180;
      const pad = 1e-9; // degrees (~0.1 mm): covers rounding in the projected point
      addEntry(wraps ? -180 : Math.min(lonA, lonB) - pad, minLat - pad, wraps ? 180 : Math.max(lonA, lonB) + pad, maxLat + pad);
      entryItem[e++] = i;
    });
    if (polyTree && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
      const ring = g.type === 'Polygon' ? [g.coordinates[0] ?? []] : g.coordinates.map((c) => c[0] ?? []);
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const pos of ring.flat()) {
        const x = pos[0] ?? NaN, y = pos[1] ?? NaN;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      polyTree.add(minX, minY, maxX, maxY);
      polyItem[p++] = i;
    }
  }
  if (entries === 0) tree.add(NaN, NaN, NaN, NaN); // never a candidate (NaN compares false)
  tree.finish();
  polyTree?.finish();
  return {
    kind,
    tree,
    entryItem,
    entryIsPoint,
    seg,
    box,
    polygons: polyTree ? { tree: polyTree, item: polyItem } : undefined,
    startKm: startRadiusKm(tree, entries),
  };
}

function startRadiusKm(tree: Flatbush, entries: number): number {
  const kmPerDeg = (EARTH_RADIUS_KM * Math.PI) / 180;
  const midLat = ((tree.minY + tree.maxY) / 2) * (Math.PI / 180);
  const w = Math.max(0, tree.maxX - tree.minX) * kmPerDeg * Math.cos(midLat);
  const h = Math.max(0, tree.maxY - tree.minY) * kmPerDeg;
  const spacing = Math.sqrt((w * h) / Math.max(entries, 1));
  return Number.isFinite(spacing) ? Math.max(1, spacing) : 1;
}

export function buildInfraIndex(items: readonly InfraItem[]): InfraIndex {
  const byKind = new Map<NearTarget, number[]>();
  items.forEach((item, i) => {
    for (const target of targetsOfItem(item)) {
      const list = byKind.get(target);
      if (list) list.push(i);
      else byKind.set(target, [i]);
    }
  });
  const kinds = [...byKind].map(([kind, members]) => buildKind(kind, items, members));
  return { items, kinds };
}

/**
 * Lon/lat box holding every point within `km` (haversine) of (lon, lat). The longitude half-width
 * is asin(sin δ / cos φ), slightly more than the flat δ / cos φ: the flat correction is the one
 * that lets a wrong segment win now and then. Poles or the antimeridian inside: all longitudes.
 */
export function searchBox(lon: number, lat: number, km: number): [number, number, number, number] {
  if (!(km < Infinity)) return [-Infinity, -Infinity, Infinity, Infinity];
  const delta = (km / EARTH_RADIUS_KM) * (1 + 1e-9) + 1e-12;
  const phi = (lat * Math.PI) / 180;
  const dLat = (delta * 180) / Math.PI + 1e-9;
  const s = Math.sin(delta) / Math.cos(phi);
  if (phi + delta >= Math.PI / 2 || phi - delta <= -Math.PI / 2 || !(s < 1)) {
    return [-Infinity, lat - dLat, Infinity, lat + dLat];
  }
  const dLon = (Math.asin(s) * 180) / Math.PI + 1e-9;
  if (lon - dLon < -180 || lon + dLon > 180) return [-Infinity, lat - dLat, Infinity, lat + dLat];
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

function nearestInKind(
  index: InfraIndex,
  k: KindIndex,
  lon: number,
  lat: number,
  cv: Float64Array,
  maxKm: number,
): { item: number; km: number } | undefined {
  let bestKm = Infinity;
  let bestItem = -1;
  // Ties go to the earlier item, as in the naive loop (strict `<` while scanning in order).
  const offer = (item: number, km: number): void => {
    if (km < bestKm || (km === bestKm && item < bestItem)) {
      bestKm = km;
      bestItem = item;
    }
  };
  if (k.polygons) {
    const { tree, item } = k.polygons;
    tree.search(lon, lat, lon, lat, (i) => {
      const it = item[i]!;
      const g = index.items[it]!.geometry as Polygon | MultiPolygon;
      if (booleanPointInPolygon([lon, lat], g)) offer(it, 0);
      return false;
    });
  }
  const { tree, seg, entryItem, entryIsPoint } = k;
  const cx = cv[0]!, cy = cv[1]!, cz = cv[2]!;
  const visit = (e: number): boolean => {
    const o = e * SEG_STRIDE;
    const km = entryIsPoint[e]
      ? pointKm(lon, lat, seg[o]!, seg[o + 1]!)
      : segmentKm(seg, o, lon, lat, cx, cy, cz);
    offer(entryItem[e]!, km);
    return false; // evaluated here; nothing to collect
  };
  let r = Math.min(bestKm === 0 ? 0 : k.startKm, maxKm);
  for (;;) {
    const [x0, y0, x1, y1] = searchBox(lon, lat, r);
    tree.search(x0, y0, x1, y1, visit);
    // Every feature within r km has a segment box inside this search box: done once best <= r.
    if (bestKm <= r || r >= maxKm) break;
    if (x0 <= tree.minX && y0 <= tree.minY && x1 >= tree.maxX && y1 >= tree.maxY) break;
    r = Math.min(bestKm < Infinity ? bestKm : r * 4, maxKm);
  }
  return bestItem >= 0 && bestKm <= maxKm ? { item: bestItem, km: bestKm } : undefined;
}

export function nearestByKind(
  index: InfraIndex,
  point: [lon: number, lat: number],
  maxKm: number = Infinity,
): NearestByKind {
  const [lon, lat] = point;
  const cv = new Float64Array(3);
  toVector(lon, lat, cv, 0);
  const out: NearestByKind = {};
  for (const k of index.kinds) {
    const hit = nearestInKind(index, k, lon, lat, cv, maxKm);
    if (!hit) continue;
    const item = index.items[hit.item]!;
    out[k.kind] = { id: item.id, name: item.name, km: hit.km };
  }
  return out;
}
