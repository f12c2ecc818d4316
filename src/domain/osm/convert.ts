// Overpass JSON -> infrastructure features and municipal boundaries. osmtogeojson builds the
// geometries (it joins the ways of multipolygon and boundary relations into rings, outer and
// inner); this module decides what each object is and cleans its geometry.
import osmtogeojson from 'osmtogeojson';
import type { MultiPolygon, Polygon } from 'geojson';
import { InfraFeature, type InfraKind } from '../schema/infrastructure';
import type { OsmBoundary } from './boundaries';
import { countPositions, DEFAULT_TOLERANCE_DEG, prepareGeometry, type Bbox } from './geometry';
import { osmBaseDate, osmRef, type OsmType, type OverpassJson } from './osm-types';
import { DEFAULT_ADMIN_LEVELS } from './queries';
import { classifyTags, infraProperties } from './tag-map';

export interface ConvertOptions {
  bbox: Bbox;
  /** The import date (YYYY-MM-DD): every source's `accessed`. */
  importDate: string;
  toleranceDeg?: number;
  adminLevels?: readonly string[];
  /** Called now and then with (features done, features total). */
  onProgress?: (done: number, total: number) => void;
}

export interface ConvertStats {
  osmFeatures: number;
  byKind: Partial<Record<InfraKind, number>>;
  boundaries: number;
  /** Objects of no layer the import takes (tower nodes, untagged parts, other boundaries). */
  ignored: number;
  outsideBbox: number;
  invalid: string[];
  positionsIn: number;
  positionsOut: number;
}

export interface ConvertResult {
  infrastructure: InfraFeature[];
  boundaries: OsmBoundary[];
  /** The date the data describes: the OSM base timestamp of the document, else the import date. */
  asOf: string;
  stats: ConvertStats;
}

export function isBoundary(tags: Record<string, string>, adminLevels: readonly string[] = DEFAULT_ADMIN_LEVELS): boolean {
  return tags.boundary === 'administrative' && adminLevels.includes(tags.admin_level ?? '');
}

export function convertOverpass(doc: OverpassJson, options: ConvertOptions): ConvertResult {
  const tolerance = options.toleranceDeg ?? DEFAULT_TOLERANCE_DEG;
  const adminLevels = options.adminLevels ?? DEFAULT_ADMIN_LEVELS;
  const asOf = osmBaseDate(doc) ?? options.importDate;
  const geo = osmtogeojson(doc);
  const total = geo.features.length;
  const stats: ConvertStats = {
    osmFeatures: total,
    byKind: {},
    boundaries: 0,
    ignored: 0,
    outsideBbox: 0,
    invalid: [],
    positionsIn: 0,
    positionsOut: 0,
  };
  const infrastructure: InfraFeature[] = [];
  const boundaries: OsmBoundary[] = [];
  const every = Math.max(1, Math.floor(total / 100));

  geo.features.forEach((f, i) => {
    if (i % every === 0) options.onProgress?.(i, total);
    const { type, id, tags } = f.properties;
    const ref = osmRef(type as OsmType, Number(id));
    const boundary = type === 'relation' && isBoundary(tags, adminLevels);
    const classified = boundary ? undefined : classifyTags(tags);
    if (!ref || !f.geometry || (!boundary && !classified)) {
      stats.ignored++;
      return;
    }
    stats.positionsIn += countPositions(f.geometry);
    const geometry = prepareGeometry(f.geometry, options.bbox, tolerance);
    if (!geometry) {
      stats.outsideBbox++;
      return;
    }
    stats.positionsOut += countPositions(geometry);
    if (boundary) {
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return void stats.invalid.push(`${type}/${id}: boundary is not a polygon`);
      boundaries.push({ osmId: `${type}/${id}`, url: ref.url, tags, geometry: geometry as Polygon | MultiPolygon });
      stats.boundaries++;
      return;
    }
    const kind = classified!.kind;
    const properties = infraProperties(kind, tags, { osmId: ref.id, url: ref.url, accessed: options.importDate, asOf });
    const parsed = InfraFeature.safeParse({ type: 'Feature', geometry, properties });
    if (!parsed.success) {
      stats.invalid.push(`${type}/${id}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
      return;
    }
    infrastructure.push(parsed.data);
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
  });
  options.onProgress?.(total, total);
  return { infrastructure, boundaries, asOf, stats };
}

/** Whether an element belongs to any layer group: the pre-filter for whole-file (.pbf) reads. */
export function isWantedTags(tags: Record<string, string> | undefined, adminLevels: readonly string[] = DEFAULT_ADMIN_LEVELS): boolean {
  return !!tags && (isBoundary(tags, adminLevels) || classifyTags(tags) !== undefined);
}
