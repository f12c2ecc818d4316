// The shape of what the data build writes to public/data/<region>/ and the app reads.
// Derived values are computed by scripts/build-data.ts, never typed by hand.
import * as z from 'zod';
import { NEAR_TARGETS } from './vocabulary';
import { LocalizedText, Position, featureCollection } from './common';
import { SiteFeature, SiteProperties } from './site';
import { Bbox } from './region';

export const NearestHitSchema = z.strictObject({
  id: z.string(),
  name: LocalizedText,
  km: z.number().nonnegative(),
  /** True when either end is placed only approximately (e.g. at a town centre). */
  approximate: z.literal(true).optional(),
  /**
   * At 0 km from a site with a boundary: how the feature meets it. A line passes through the site
   * ("crosses": across it or inside it); anything else is on it ("on_site").
   */
  contact: z.enum(['crosses', 'on_site']).optional(),
});

/** Keyed by what was measured to: each infrastructure kind, and power lines by voltage class. */
const NearestRecord = z.partialRecord(z.enum(NEAR_TARGETS), NearestHitSchema);

export const SiteDerived = z.strictObject({
  /** Area of the boundary in hectares; absent for Point sites (no boundary, no area). */
  areaHa: z.number().nonnegative().optional(),
  centroid: Position,
  bbox: Bbox.or(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  /** Where the marker is drawn; co-located town-centre points are fanned out around the centre. */
  displayPoint: Position,
  municipalityId: z.string(),
  municipalitySource: z.enum(['declared', 'point_in_polygon']),
  /** Where distances are measured from: the boundary of a site that has one, else its point. */
  distancesFrom: z.enum(['boundary', 'point']).optional(),
  nearest: NearestRecord,
});
export type SiteDerived = z.infer<typeof SiteDerived>;

export const BuiltSiteFeature = z.strictObject({
  type: z.literal('Feature'),
  geometry: SiteFeature.shape.geometry,
  properties: z.strictObject({ ...SiteProperties.shape, derived: SiteDerived }),
});
export type BuiltSiteFeature = z.infer<typeof BuiltSiteFeature>;
export type BuiltSiteProperties = BuiltSiteFeature['properties'];

export const BuiltSiteCollection = featureCollection(BuiltSiteFeature);
export type BuiltSiteCollection = z.infer<typeof BuiltSiteCollection>;
