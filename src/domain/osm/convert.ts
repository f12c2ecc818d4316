// Overpass JSON -> infrastructure features and municipal boundaries. osmtogeojson builds the
// geometries (it joins the ways of multipolygon and boundary relations into rings, outer and
// inner); this module decides what each object is and cleans its geometry.
import osmtogeojson from 'osmtogeojson';
import type { Geometry } from 'geojson';
import { InfraFeature, type InfraKind } from '../schema/infrastructure';
import type { OsmBoundary } from './boundaries';
import { countPositions, DEFAULT_TOLERANCE_DEG, prepareGeometry, type Bbox, type SimplifyReport } from './geometry';
import { LINE_KINDS } from '../schema/vocabulary';
import { classifyElement, isBoundaryElement } from './layers';
import { osmBaseDate, osmRef, type OsmType, type OverpassElement, type OverpassJson } from './osm-types';
import { DEFAULT_ADMIN_LEVELS } from './queries';
import { completeness, indexElements, isComplete } from './relation-completeness';
import { infraProperties } from './tag-map';

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
  /** Boundary relations of the admin levels, and how many of them were complete. */
  boundaries: number;
  boundariesComplete: number;
  /** Features whose geometry simplification shortened; features too small to simplify, kept as they were. */
  simplified: number;
  keptWhole: number;
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

type Relation = Extract<OverpassElement, { type: 'relation' }>;

/**
 * A place OSM maps as a closed way whose key osmtogeojson does not know as an area (a gas
 * distribution station, `pipeline=substation`) comes out as a closed line; it is an area.
 */
function asPlace(kind: InfraKind, g: Geometry): Geometry {
  if (LINE_KINDS.has(kind) || g.type !== 'LineString') return g;
  const c = g.coordinates;
  const closed = c.length >= 4 && c[0]![0] === c[c.length - 1]![0] && c[0]![1] === c[c.length - 1]![1];
  return closed ? { type: 'Polygon', coordinates: [c] } : g;
}

export function convertOverpass(doc: OverpassJson, options: ConvertOptions): ConvertResult {
  const tolerance = options.toleranceDeg ?? DEFAULT_TOLERANCE_DEG;
  const adminLevels = options.adminLevels ?? DEFAULT_ADMIN_LEVELS;
  const asOf = osmBaseDate(doc) ?? options.importDate;
  const geo = osmtogeojson(doc);
  const total = geo.features.length;
  const report: SimplifyReport = { keptWhole: 0 };
  const stats: ConvertStats = {
    osmFeatures: total,
    byKind: {},
    boundaries: 0,
    boundariesComplete: 0,
    simplified: 0,
    keptWhole: 0,
    ignored: 0,
    outsideBbox: 0,
    invalid: [],
    positionsIn: 0,
    positionsOut: 0,
  };
  const infrastructure: InfraFeature[] = [];
  const every = Math.max(1, Math.floor(total / 100));

  /** The geometry as the data build wants it, counting what simplification did. */
  const prepare = (g: Geometry) => {
    const kept = report.keptWhole;
    const out = prepareGeometry(g, options.bbox, tolerance, report);
    if (!out) return undefined;
    const before = countPositions(g);
    const after = countPositions(out);
    stats.positionsIn += before;
    stats.positionsOut += after;
    if (report.keptWhole > kept) stats.keptWhole++;
    else if (after < before) stats.simplified++;
    return out;
  };

  // Boundaries come from the relations themselves: osmtogeojson leaves out a relation with no
  // member left at all, and a cut one must still be reported.
  const boundaryGeometry = new Map<number, Geometry | null>();
  geo.features.forEach((f, i) => {
    if (i % every === 0) options.onProgress?.(i, total);
    const { type, id, tags } = f.properties;
    const ref = osmRef(type as OsmType, Number(id));
    if (ref && isBoundaryElement(type as OsmType, tags, adminLevels)) {
      // A tainted polygon is a fragment: it is never drawn, whatever the member count says.
      boundaryGeometry.set(Number(id), f.properties.tainted ? null : f.geometry);
      return;
    }
    const classified = classifyElement(type as OsmType, tags);
    if (!ref || !classified || !f.geometry) {
      stats.ignored++;
      return;
    }
    const geometry = prepare(asPlace(classified.kind, f.geometry));
    if (!geometry) {
      stats.outsideBbox++;
      return;
    }
    const properties = infraProperties(classified.kind, tags, { osmId: ref.id, url: ref.url, accessed: options.importDate, asOf });
    const parsed = InfraFeature.safeParse({ type: 'Feature', geometry, properties });
    if (!parsed.success) {
      stats.invalid.push(`${type}/${id}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
      return;
    }
    infrastructure.push(parsed.data);
    stats.byKind[classified.kind] = (stats.byKind[classified.kind] ?? 0) + 1;
  });

  const index = indexElements(doc);
  const boundaries: OsmBoundary[] = [];
  for (const el of doc.elements) {
    if (el.type !== 'relation' || !isBoundaryElement('relation', el.tags, adminLevels)) continue;
    const ref = osmRef('relation', el.id)!;
    stats.boundaries++;
    const whole = completeness(el as Relation, index);
    const base = { osmId: `relation/${el.id}`, url: ref.url, tags: el.tags ?? {}, completeness: whole };
    const raw = boundaryGeometry.get(el.id);
    if (!isComplete(whole) || !raw) {
      boundaries.push(base);
      continue;
    }
    const geometry = prepare(raw);
    if (!geometry) {
      stats.outsideBbox++;
      continue;
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      stats.invalid.push(`relation/${el.id}: boundary is not a polygon`);
      continue;
    }
    stats.boundariesComplete++;
    boundaries.push({ ...base, geometry });
  }
  options.onProgress?.(total, total);
  return { infrastructure, boundaries, asOf, stats };
}
