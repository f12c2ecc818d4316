// Geometry clean-up for imported OSM objects: clip to the region bbox (the data build rejects any
// position outside it), simplify lines and rings, round to 6 decimals (~0.11 m), drop repeated
// positions, and wind polygons the RFC 7946 way.
import { bboxClip, rewind, simplify } from '@turf/turf';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

/**
 * Default simplification tolerance, in degrees: 0.0005° is ~55 m north-south and ~30 m east-west
 * at 55°N. Nearest-infrastructure distances are reported to 0.1 km, so this changes none of them
 * by more than ~0.05 km, and it removes most vertices of long lines.
 */
export const DEFAULT_TOLERANCE_DEG = 0.0005;

export type Bbox = readonly [number, number, number, number];
export type OsmGeometry = Point | LineString | MultiLineString | Polygon | MultiPolygon;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Rounds to 6 decimals and drops consecutive repeated positions. */
export function cleanPositions(coords: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const c of coords) {
    const p = [round6(c[0]!), round6(c[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function inside([lon, lat]: Position, [w, s, e, n]: Bbox): boolean {
  return lon! >= w && lon! <= e && lat! >= s && lat! <= n;
}

function allInside(coords: readonly Position[], bbox: Bbox): boolean {
  return coords.every((c) => inside(c, bbox));
}

/** Counts features too small to simplify, which are kept as they were rather than dropped. */
export interface SimplifyReport {
  keptWhole: number;
}

const isClosed = (c: readonly Position[]) => c.length > 1 && c[0]![0] === c[c.length - 1]![0] && c[0]![1] === c[c.length - 1]![1];

/**
 * A line simplified, or the line as it was when simplifying would leave nothing of it: a closed
 * way (a roundabout) shrinks to its start point, since Douglas–Peucker keeps only the two ends.
 */
function simplifyLine(coords: Position[], tolerance: number, report?: SimplifyReport): Position[] {
  if (tolerance <= 0 || coords.length < 3) return coords;
  const simple = cleanPositions(simplify({ type: 'LineString', coordinates: coords } as LineString, { tolerance }).coordinates);
  if (simple.length >= (isClosed(coords) ? 4 : 2)) return simple;
  if (report) report.keptWhole++;
  return coords;
}

function lineParts(parts: Position[][], bbox: Bbox, tolerance: number, report?: SimplifyReport): LineString | MultiLineString | undefined {
  const clipped = parts.flatMap((p) => {
    if (allInside(p, bbox)) return [p];
    // bboxClip answers a LineString when one piece is left, a MultiLineString otherwise.
    const g = bboxClip({ type: 'LineString', coordinates: p }, [...bbox]).geometry as LineString | MultiLineString;
    return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  });
  const kept = clipped.map((p) => cleanPositions(simplifyLine(p, tolerance, report))).filter((p) => p.length >= 2);
  if (!kept.length) return undefined;
  return kept.length === 1 ? { type: 'LineString', coordinates: kept[0]! } : { type: 'MultiLineString', coordinates: kept };
}

/** One polygon's rings: clipped, simplified, cleaned and closed; undefined when the outer ring vanishes. */
function polygonRings(rings: Position[][], bbox: Bbox, tolerance: number): Position[][] | undefined {
  let parts = rings;
  if (!rings.every((r) => allInside(r, bbox))) {
    try {
      parts = bboxClip({ type: 'Polygon', coordinates: rings }, [...bbox]).geometry.coordinates as Position[][];
    } catch {
      return undefined; // Turf's polygon() refuses what is left (a sliver along the edge)
    }
  }
  if (!parts.length || parts[0]!.length < 4) return undefined;
  let simple = parts;
  if (tolerance > 0) {
    try {
      simple = simplify({ type: 'Polygon', coordinates: parts } as Polygon, { tolerance }).coordinates;
    } catch {
      simple = parts; // Turf throws on a ring under 4 positions; keep the clipped rings as they are.
    }
  }
  const closeRing = (ring: Position[]) => {
    const c = cleanPositions(ring);
    if (c.length && !isClosed(c)) c.push([...c[0]!]);
    return c;
  };
  // Turf's polygon simplify lowers its tolerance until every ring keeps 4 positions.
  const out: Position[][] = [];
  for (const [i, ring] of simple.entries()) {
    const c = closeRing(ring);
    if (c.length >= 4) out.push(c);
    else if (i === 0) return undefined;
  }
  return out;
}

/**
 * The geometry as the data build wants it, or undefined when nothing of it lies in the bbox.
 * Lines cut by the bbox become MultiLineStrings of their inside parts.
 */
export function prepareGeometry(g: Geometry, bbox: Bbox, tolerance = DEFAULT_TOLERANCE_DEG, report?: SimplifyReport): OsmGeometry | undefined {
  switch (g.type) {
    case 'Point': {
      const [lon, lat] = g.coordinates;
      return inside(g.coordinates, bbox) ? { type: 'Point', coordinates: [round6(lon!), round6(lat!)] } : undefined;
    }
    case 'LineString':
      return lineParts([g.coordinates], bbox, tolerance, report);
    case 'MultiLineString':
      return lineParts(g.coordinates, bbox, tolerance, report);
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
        .map((rings) => polygonRings(rings, bbox, tolerance))
        .filter((r): r is Position[][] => !!r);
      if (!polys.length) return undefined;
      const out: Polygon | MultiPolygon =
        polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
      return rewind(out) as Polygon | MultiPolygon;
    }
    default:
      return undefined;
  }
}

/** Number of positions: the import's summary (how much simplification saved) and the tiling threshold. */
export function countPositions(g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return 1;
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((n, p) => n + p.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((n, poly) => n + poly.reduce((m, r) => m + r.length, 0), 0);
    default:
      return 0;
  }
}
