// The validation result contract of DESIGN.md ("Validation result"), shared by the submission
// page, the CLI and the receiver. Changing a code is a contract change.
import type { RegionOutline } from '../schema/context';
import type { MunicipalityRef } from './property-aliases';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export const ISSUE_CODES = [
  'file_too_large',
  'unreadable_encoding',
  'encoding_converted',
  'invalid_json',
  'not_geojson',
  'empty',
  'geometry_missing',
  'unsupported_geometry',
  'invalid_coordinates',
  'coordinates_out_of_range',
  'projected_coordinates',
  'swapped_coordinates',
  'crs_not_wgs84',
  'ring_not_closed',
  'ring_too_short',
  'self_intersection',
  'invalid_polygon',
  'winding_order',
  'outside_region',
  'overlaps_existing_site',
  'area_implausible',
  'area_mismatch',
  'missing_property',
  'invalid_property',
  'unknown_municipality',
  'duplicate_id',
  'property_mapped',
  'unknown_property',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type Severity = 'error' | 'warning';

/** Warnings do not make a proposal invalid; every other code does. */
export const WARNING_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'winding_order',
  'area_mismatch',
  'encoding_converted',
  'property_mapped',
  'unknown_property',
]);

export type IssueParams = Record<string, string | number>;

export interface ValidationIssue {
  code: IssueCode;
  severity: Severity;
  /**
   * Where in the proposal, relative to the returned FeatureCollection (a single Feature or a bare
   * geometry is wrapped as `features[0]`): `features[2].geometry.coordinates[0][5]`,
   * `features[0].properties.email`, or '' for the whole file.
   */
  path: string;
  /** Where on the map, for geometric problems (only when the coordinates are real lon/lat). */
  location?: [lon: number, lat: number];
  bbox?: [number, number, number, number];
  params?: IssueParams;
}

export interface FeatureMetrics {
  areaHa: number;
  centroid: [number, number];
  /** The declared municipality, when it is one of the region's. */
  municipalityId?: string;
}

export interface ValidationResult {
  /** No errors (warnings allowed). */
  ok: boolean;
  issues: ValidationIssue[];
  /**
   * The proposal as it will be sent: parsed, wrapped as a FeatureCollection, rings rewound per
   * RFC 7946, positions rounded to 6 decimals (altitude dropped). Feature indices match the
   * issue paths. Undefined when the input could not be read as GeoJSON at all.
   */
  proposal?: FeatureCollection;
  /** Per feature, index for index; null where the geometry is unusable (not measurable). */
  metrics?: (FeatureMetrics | null)[];
}

export interface ExistingSite {
  id: string;
  name: { ru: string; en?: string | undefined };
  geometry: Polygon | MultiPolygon | Point;
}

export interface ValidationContext {
  /** [west, south, east, north] in degrees. */
  regionBbox: [number, number, number, number];
  regionName: { ru: string; en?: string | undefined };
  municipalityIds: readonly string[];
  /** Names and OKTMO codes, so a file may name its municipality instead of giving the id. */
  municipalities?: readonly MunicipalityRef[] | undefined;
  /** Point sites have no boundary and are ignored for overlaps. */
  existingSites: readonly ExistingSite[];
  /** The region's real outline, where imported: `outside_region` checks it, with a tolerance. */
  regionOutline?: RegionOutline | undefined;
  /** Default `DEFAULT_MAX_BYTES` (50 MiB). */
  maxBytes?: number;
  /** Default true; false when the page checks a geometry before its form is filled. */
  requireProperties?: boolean;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Limits that keep one call bounded whatever the input (see PITFALLS.md "Geometry and validation"). */
export const LIMITS = {
  /** Vertices of one feature; beyond it the feature is rejected unchecked ("simplify it"). */
  verticesPerFeature: 200_000,
  /** Vertices of one file (50 MB of GeoJSON holds ~2.3 M); beyond it the rest is rejected. */
  verticesTotal: 3_000_000,
  /** Segment pairs tested for crossings in one file (~40 ns each); a boundary needing more is rejected. */
  segmentTests: 100_000_000,
  /** Issues reported; a broken 50 MB file must not produce a million of them. */
  issues: 1_000,
  minAreaHa: 0.1,
  maxAreaHa: 50_000,
  /** Overlaps smaller than this are drawing noise along a shared border. */
  minOverlapHa: 0.01,
  /** Declared vs drawn area. */
  areaMismatchRatio: 0.1,
} as const;
