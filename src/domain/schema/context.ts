// The region's context layers as the import writes them (src/domain/data/context-files.ts).
import * as z from 'zod';
import { LineStringGeometry, MultiLineStringGeometry, MultiPolygonGeometry, PolygonGeometry, featureCollection } from './common';

const ContextFeature = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.union([PolygonGeometry, MultiPolygonGeometry, LineStringGeometry, MultiLineStringGeometry]),
});
export const ContextCollection = featureCollection(ContextFeature);

/** The outline: one feature, the region's (multi)polygon. */
export const OutlineCollection = featureCollection(
  z.object({ type: z.literal('Feature'), properties: z.record(z.string(), z.unknown()).nullable(), geometry: z.union([PolygonGeometry, MultiPolygonGeometry]) }),
).refine((fc) => fc.features.length === 1, 'the outline is one feature');
export type RegionOutline = z.infer<typeof OutlineCollection>['features'][number]['geometry'];
