// The shape of the file: a FeatureCollection, a single Feature or a bare geometry (wrapped), its
// declared CRS, and feature ids. Paths are relative to the wrapped FeatureCollection.
import { describeValue, joinPath, type IssueList } from './issues';

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

export type Json = Record<string, unknown>;

export interface RawFeature {
  index: number;
  /** `features[i]` */
  path: string;
  /** The Feature object, or undefined when the item is not one (reported as not_geojson). */
  feature?: Json;
  /** The item as found in the file. */
  item: unknown;
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The features to check, or undefined when the input is not GeoJSON at all. */
export function readStructure(json: unknown, issues: IssueList): RawFeature[] | undefined {
  if (!isObject(json)) {
    issues.add('not_geojson', '', { what: 'not_object', type: describeValue(json) });
    return undefined;
  }
  checkCrs(json, issues);
  checkBbox(json, '', issues);
  const type = json.type;
  if (typeof type !== 'string') {
    issues.add('not_geojson', '', { what: 'no_type' });
    return undefined;
  }
  if (type === 'Feature') return [{ index: 0, path: 'features[0]', feature: json, item: json }];
  if (GEOMETRY_TYPES.includes(type)) {
    const feature = { type: 'Feature', geometry: json, properties: {} };
    return [{ index: 0, path: 'features[0]', feature, item: feature }];
  }
  if (type === 'Topology') {
    issues.add('not_geojson', 'type', { what: 'topojson' });
    return undefined;
  }
  if (type !== 'FeatureCollection') {
    issues.add('not_geojson', 'type', { what: 'unknown_type', type: describeValue(type) });
    return undefined;
  }
  const items = json.features;
  if (!Array.isArray(items)) {
    issues.add('not_geojson', 'features', { what: 'features_not_array' });
    return undefined;
  }
  if (items.length === 0) issues.add('empty', 'features');
  return items.map((item: unknown, index) => {
    const path = joinPath('features', index);
    if (isObject(item) && item.type === 'Feature') {
      checkBbox(item, path, issues);
      return { index, path, feature: item, item };
    }
    issues.add('not_geojson', path, { what: 'feature_not_object' });
    return { index, path, item };
  });
}

const WGS84 = /CRS84|EPSG:+4326|WGS[\s_-]*84/i;

/**
 * RFC 7946 §5: an optional `bbox` is an array of 2n finite numbers (4, or 6 with heights), south
 * before north. Anything else ("bbox": "string") is not GeoJSON, and is said where it stands.
 */
function checkBbox(obj: Json, base: string, issues: IssueList): void {
  if (!('bbox' in obj)) return;
  const b = obj.bbox;
  const n = Array.isArray(b) ? b.length : 0;
  const numbers = Array.isArray(b) && b.every((v) => typeof v === 'number' && Number.isFinite(v));
  const ordered = numbers && (n === 4 ? (b[1] as number) <= (b[3] as number) : n === 6 ? (b[1] as number) <= (b[4] as number) : false);
  if (!ordered) issues.add('not_geojson', joinPath(base, 'bbox'), { what: 'bad_bbox', type: describeValue(b) });
}

/** The 2008 GeoJSON `crs` member; RFC 7946 removed it, and only WGS 84 is acceptable. */
function checkCrs(root: Json, issues: IssueList): void {
  const crs = root.crs;
  if (crs === undefined || crs === null) return;
  const props = isObject(crs) && isObject(crs.properties) ? crs.properties : {};
  const named = [props.name, props.href, props.code].find((v) => typeof v === 'string' || typeof v === 'number');
  const text = named === undefined ? describeValue(crs) : String(named);
  if (!WGS84.test(text)) issues.add('crs_not_wgs84', 'crs', { crs: text.slice(0, 80) });
}

/** Feature ids (`id` or `properties.id`) used more than once. */
export function checkDuplicateIds(features: readonly RawFeature[], issues: IssueList): void {
  const seen = new Map<string, string>();
  for (const { feature, path } of features) {
    if (!feature) continue;
    const props = isObject(feature.properties) ? feature.properties : {};
    const candidates: [unknown, string][] = [
      [feature.id, joinPath(path, 'id')],
      [props.id, joinPath(path, 'properties', 'id')],
    ];
    const own = new Set<string>();
    for (const [value, at] of candidates) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      const key = String(value);
      if (own.has(key)) continue; // the same id in both places of one feature is fine
      own.add(key);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, at);
      else issues.add('duplicate_id', at, { id: key.slice(0, 80), first });
    }
  }
}
