// Reading one feature's geometry into rings of numeric positions, reporting what makes it
// unusable (missing, not a polygon, coordinates that are not numbers, out of range, in metres).
import { describeValue, joinPath, round6, type IssueList } from './issues';
import { isObject, type Json } from './structure';

export type Pos = [number, number];
export interface Ring {
  coords: Pos[];
  /** `features[0].geometry.coordinates[1]` */
  path: string;
}
export interface PolygonRings {
  rings: Ring[];
  path: string;
}
export interface ReadGeometry {
  type: 'Polygon' | 'MultiPolygon';
  polygons: PolygonRings[];
  vertices: number;
  /** Every position is within ±180/±90 (it may still be swapped or far from the region). */
  inRange: boolean;
  /** Every position is within ±1e8 (degrees or metres): planar maths stays exact enough. */
  sane: boolean;
}

/** `features[0].geometry` from a geometry's rings. */
export const geometryPathOf = (g: ReadGeometry) => g.polygons[0]?.path.replace(/\.coordinates.*$/, '') ?? '';

const NOT_POLYGONS = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'GeometryCollection'];

/** Rounded to 6 decimals (~0.1 m), as the proposal is sent; huge numbers stay as they are. */
const toPos = (v: unknown): Pos | undefined => {
  if (!Array.isArray(v) || v.length < 2) return undefined;
  const [x, y] = v as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return [Math.abs(x) < 1e9 ? round6(x) : x, Math.abs(y) < 1e9 ? round6(y) : y];
};

/** Undefined when the feature has no usable polygon geometry (the issue is already reported). */
export function readGeometry(feature: Json, featurePath: string, issues: IssueList): ReadGeometry | undefined {
  const path = joinPath(featurePath, 'geometry');
  const g = feature.geometry;
  if (g === null || g === undefined) {
    issues.add('geometry_missing', path);
    return undefined;
  }
  if (!isObject(g) || typeof g.type !== 'string') {
    issues.add('not_geojson', path, { what: 'geometry_not_object' });
    return undefined;
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    const type = NOT_POLYGONS.includes(g.type) ? g.type : describeValue(g.type);
    issues.add('unsupported_geometry', joinPath(path, 'type'), { type });
    return undefined;
  }
  const coordsPath = joinPath(path, 'coordinates');
  const raw = g.coordinates;
  const polygonsRaw: [unknown, string][] =
    g.type === 'Polygon'
      ? [[raw, coordsPath]]
      : Array.isArray(raw)
        ? raw.map((p: unknown, i): [unknown, string] => [p, joinPath(coordsPath, i)])
        : [[raw, coordsPath]];

  let bad = 0;
  let firstBad = '';
  const markBad = (at: string) => {
    if (bad++ === 0) firstBad = at;
  };
  const polygons: PolygonRings[] = [];
  let vertices = 0;
  if (Array.isArray(raw) && raw.length === 0) {
    issues.add('invalid_polygon', coordsPath, { reason: 'no_rings' });
    return undefined;
  }
  for (const [p, pPath] of polygonsRaw) {
    if (!Array.isArray(p)) {
      markBad(pPath);
      continue;
    }
    if (p.length === 0) {
      issues.add('invalid_polygon', pPath, { reason: 'no_rings' });
      return undefined;
    }
    const rings: Ring[] = [];
    p.forEach((r: unknown, ri) => {
      const rPath = joinPath(pPath, ri);
      if (!Array.isArray(r)) return markBad(rPath);
      const coords: Pos[] = [];
      r.forEach((v: unknown, vi) => {
        const pos = toPos(v);
        if (pos) coords.push(pos);
        else markBad(joinPath(rPath, vi));
      });
      vertices += coords.length;
      rings.push({ coords, path: rPath });
    });
    polygons.push({ rings, path: pPath });
  }
  if (bad > 0) {
    issues.add('invalid_coordinates', firstBad, { count: bad });
    return undefined;
  }
  const type = g.type;
  const sane = polygons.every((p) => p.rings.every((r) => r.coords.every(([x, y]) => Math.abs(x) <= 1e8 && Math.abs(y) <= 1e8)));
  return { type, polygons, vertices, inRange: checkRanges(polygons, issues), sane };
}

/**
 * Degrees or not: positions beyond ±180/±90 are metres of a projected CRS when they are large
 * (EPSG:3857 and MSK zones give 1e5–2e7), else plainly out of range.
 */
function checkRanges(polygons: PolygonRings[], issues: IssueList): boolean {
  let out = 0;
  let first: { pos: Pos; path: string } | undefined;
  let metres = 0;
  for (const { rings } of polygons) {
    for (const ring of rings) {
      ring.coords.forEach((pos, i) => {
        const [x, y] = pos;
        if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return;
        out++;
        first ??= { pos, path: joinPath(ring.path, i) };
        const big = Math.max(Math.abs(x), Math.abs(y));
        if (big >= 1_000 && big <= 1e8) metres++;
      });
    }
  }
  if (!first) return true;
  const [x, y] = first.pos;
  if (metres * 2 >= out) issues.add('projected_coordinates', first.path, { x, y, count: out });
  else issues.add('coordinates_out_of_range', first.path, { x, y, count: out });
  return false;
}
